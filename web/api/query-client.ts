import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './client.ts'

/** One cache for the whole app; the session lives in it under `['session']`. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
})
