import { useQuery, useQueryClient } from '@tanstack/react-query'
import {
  revokeRouteShare,
  routeShareInput,
  shareRoute,
} from '../../../domain/api/learning-routes.ts'
import { callApi } from '../../api/client.ts'
import { SharingPanel } from '../sharing/SharingPanel.tsx'
import { refreshRoute, routeSharesQuery } from './queries.ts'

/**
 * For the owner: share the goals and route with their own manager or a coach (the people the
 * zelfscan offers too), with whom it is shared (and stop), and every view. Nothing is shared
 * by default.
 */
export function RouteSharePanel() {
  const queryClient = useQueryClient()
  const shares = useQuery(routeSharesQuery)
  return (
    <SharingPanel
      texts="learningRoute"
      idPrefix="route-"
      schema={routeShareInput}
      shares={shares}
      share={async (input) => {
        const share = await callApi(shareRoute, { body: input })
        await refreshRoute(queryClient)
        return share
      }}
      revoke={async (share) => {
        await callApi(revokeRouteShare, { params: { shareId: share.id } })
        await refreshRoute(queryClient)
      }}
    />
  )
}
