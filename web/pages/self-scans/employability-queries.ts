import { queryOptions } from '@tanstack/react-query'
import {
  type EmployabilityCheck,
  getTeamOverview,
  listChecks,
  listSharedWithMe,
} from '../../../domain/api/self-scans.ts'
import type { EmployabilityContent } from '../../../domain/self-scans/employability.ts'
import { callApi } from '../../api/client.ts'

/**
 * The inzetbaarheidscheck lives under `['employability', …]`: its content and one's own
 * checks come in one answer. Not refetched on focus, so an answer being typed is never
 * overwritten by an older server copy.
 */
export const checksQuery = queryOptions({
  queryKey: ['employability', 'checks'],
  queryFn: () => callApi(listChecks, {}),
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
})

/** Scans shared with me: every change by their owners shows on the next visit. */
export const sharedWithMeQuery = queryOptions({
  queryKey: ['self-scans', 'shared-with-me'],
  queryFn: () => callApi(listSharedWithMe, {}),
})

export const teamOverviewQuery = (organisationId: string, map: string | undefined) =>
  queryOptions({
    queryKey: ['self-scans', 'team-overview', organisationId, map ?? null],
    queryFn: () => callApi(getTeamOverview, { params: { organisationId }, query: { map } }),
  })

export type TeamOverview = Awaited<ReturnType<typeof callApi<typeof getTeamOverview>>>
export type Dimension = EmployabilityContent['dimensions'][number]
export type { EmployabilityCheck, EmployabilityContent }

/** The dimension that links to the zelfscan on a kenniskaart. */
export const KNOWLEDGE_DIMENSION = 'kennis-vaardigheden'

/** Every statement id in page order, each with its dimension. */
export function statementsOf(content: EmployabilityContent) {
  return content.dimensions.flatMap((dimension) =>
    dimension.statements.map((statement) => ({ dimension, statement })),
  )
}

/** The field id of a statement's first answer: the target of "go to this statement" links. */
export const statementFieldId = (statementId: string) => `uitspraak-${statementId}`

/** Submitted checks, newest first. */
export const submittedChecks = (checks: readonly EmployabilityCheck[]) =>
  checks
    .filter((check) => check.status === 'submitted')
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
