import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from './client.ts'

let onSessionEnded: () => void = () => {}

/**
 * Called when the server says the session is gone (expired, ended elsewhere). The router
 * registers a handler that re-checks the session, which sends the person to sign in.
 */
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler
}

function handle(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated') {
    onSessionEnded()
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handle }),
  mutationCache: new MutationCache({ onError: handle }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
})
