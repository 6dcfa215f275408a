import { type QueryClient, queryOptions } from '@tanstack/react-query'
import {
  compareMapVersions,
  getDraft,
  getKnowledgeMap,
  getMapVersion,
  listKnowledgeMaps,
  listMapVersions,
} from '../../../domain/api/knowledge-maps.ts'
import type { MapAudience, MapState } from '../../../domain/knowledge-maps/model.ts'
import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import { callApi } from '../../api/client.ts'

/**
 * Query keys: everything public about maps under `['knowledge-maps', …]`, the draft being
 * edited under `['knowledge-map-draft', slug]`. An edit answers with the new draft (stored
 * directly) and invalidates the rest, so lists, versions and comparisons catch up.
 */
export const mapsQuery = (filter: { audience?: MapAudience; state?: MapState }) =>
  queryOptions({
    queryKey: ['knowledge-maps', 'list', filter],
    queryFn: () => callApi(listKnowledgeMaps, { query: filter }),
  })

/** The current version of a map (its concept if it was never published), or a numbered one. */
export const mapTreeQuery = (slug: string, version?: number) =>
  queryOptions({
    queryKey: ['knowledge-maps', slug, 'tree', version ?? 'current'],
    queryFn: (): Promise<MapTree> =>
      version === undefined
        ? callApi(getKnowledgeMap, { params: { slug } })
        : callApi(getMapVersion, { params: { slug, number: version } }),
  })

export const versionsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['knowledge-maps', slug, 'versions'],
    queryFn: () => callApi(listMapVersions, { params: { slug } }),
  })

export type VersionRef = number | 'draft'

export const compareQuery = (slug: string, from: VersionRef, to: VersionRef) =>
  queryOptions({
    queryKey: ['knowledge-maps', slug, 'compare', from, to],
    queryFn: () => callApi(compareMapVersions, { params: { slug }, query: { from, to } }),
  })

export const draftKey = (slug: string) => ['knowledge-map-draft', slug] as const

export const draftQuery = (slug: string) =>
  queryOptions({
    queryKey: draftKey(slug),
    queryFn: (): Promise<MapTree> => callApi(getDraft, { params: { slug } }),
  })

/** After any change to a map: the new draft as answered, everything else fetched again. */
export async function storeDraft(queryClient: QueryClient, slug: string, draft: MapTree | null) {
  if (draft) queryClient.setQueryData(draftKey(slug), draft)
  else queryClient.removeQueries({ queryKey: draftKey(slug) })
  await queryClient.invalidateQueries({ queryKey: ['knowledge-maps'] })
}

/** Download addresses: the server sends the files; the browser saves them. */
export const downloads = {
  case: (slug: string, version?: number) =>
    version === undefined
      ? `/api/knowledge-maps/${slug}/case`
      : `/api/knowledge-maps/${slug}/versions/${version}/case`,
  csv: (slug: string, version?: number) =>
    version === undefined
      ? `/api/knowledge-maps/${slug}/csv`
      : `/api/knowledge-maps/${slug}/versions/${version}/csv`,
  draftCsv: (slug: string) => `/api/knowledge-maps/${slug}/draft/csv`,
  /** The repository's content format (`content/kenniskaarten/<slug>.json`): a numbered version, or the draft. */
  content: (slug: string, version: number | null) =>
    version === null
      ? `/api/knowledge-maps/${slug}/draft/content`
      : `/api/knowledge-maps/${slug}/versions/${version}/content`,
}
