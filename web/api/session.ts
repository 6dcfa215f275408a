import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import type { Me, Session } from '../../domain/api/auth.ts'
import { getSession } from '../../domain/api/auth.ts'
import { type Action, can } from '../../domain/permissions.ts'
import { callApi, setCsrfToken } from './client.ts'

/** The session: who is signed in. Every screen reads it under the key `['session']`. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session> => {
    const session = await callApi(getSession, {})
    setCsrfToken(session.csrfToken)
    return session
  },
  staleTime: 60_000,
})

export function useSession() {
  return useQuery(sessionQuery)
}

/** The signed-in person, or null (also while the session is still loading). */
export function useUser(): Me | null {
  return useSession().data?.user ?? null
}

/** After sign-in, accept or join: the response is the new session, so use it right away. */
export function storeSession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken)
  queryClient.setQueryData(sessionQuery.queryKey, session)
}

/** After sign-out or erasure: forget everything cached about the person. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null)
  queryClient.clear()
  queryClient.setQueryData(sessionQuery.queryKey, { user: null, csrfToken: null })
}

/** Updates the person inside the cached session after a change to the account. */
export function storeUser(queryClient: QueryClient, user: Me): void {
  queryClient.setQueryData(sessionQuery.queryKey, (session) =>
    session ? { ...session, user } : session,
  )
}

/**
 * True when the signed-in person may do `action` (domain/permissions.ts), e.g. to show the
 * editing tools of a page. The server checks again on every request.
 */
export function useCan(action: Action, organisationId?: string): boolean {
  const user = useUser()
  if (!user) return false
  return can(
    { roles: user.roles, organisationId: user.organisation?.id ?? null },
    action,
    organisationId,
  )
}
