import { type QueryClient, queryOptions } from '@tanstack/react-query'
import {
  getSharedRoute,
  getTrainingNeeds,
  listGoals,
  listRouteShares,
  listRoutesSharedWithMe,
  suggestForGoal,
} from '../../../domain/api/learning-routes.ts'
import type { OfferingForm, OfferingLevel } from '../../../domain/catalogue/model.ts'
import { callApi } from '../../api/client.ts'

/**
 * Query keys: one's own goals, route and its shares under `['learning-routes', …]`, so any
 * change (a goal, an activity, a share) refreshes all of it with one invalidation.
 */
export const goalsQuery = queryOptions({
  queryKey: ['learning-routes', 'goals'],
  queryFn: () => callApi(listGoals, {}),
})

/** The person's preferences for suggestions, as the filter form keeps them. */
export interface Preferences {
  forms?: OfferingForm[]
  online?: 'true' | 'false'
  maxCostCents?: number
  maxStudyHours?: number
  level?: OfferingLevel
}

export const suggestionsQuery = (goalId: string, preferences: Preferences) =>
  queryOptions({
    queryKey: ['learning-routes', 'suggestions', goalId, preferences],
    queryFn: () => callApi(suggestForGoal, { params: { goalId }, query: preferences }),
  })

export const routeSharesQuery = queryOptions({
  queryKey: ['learning-routes', 'shares'],
  queryFn: () => callApi(listRouteShares, {}),
})

export const routesSharedWithMeQuery = queryOptions({
  queryKey: ['shared-routes', 'list'],
  queryFn: () => callApi(listRoutesSharedWithMe, {}),
})

/** Every read of someone else's route is logged for its owner: fetch once per visit. */
export const sharedRouteQuery = (ownerId: string) =>
  queryOptions({
    queryKey: ['shared-routes', 'route', ownerId],
    queryFn: () => callApi(getSharedRoute, { params: { ownerId } }),
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  })

export const trainingNeedsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['training-needs', organisationId],
    queryFn: () => callApi(getTrainingNeeds, { params: { organisationId } }),
  })

/** After anything changed one's goals, route or shares. */
export function refreshRoute(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['learning-routes'] })
}

/** Today in the person's own time zone, as `YYYY-MM-DD`: what "in the past" is measured by. */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
