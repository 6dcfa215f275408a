import { type QueryClient, queryOptions } from '@tanstack/react-query'
import {
  getReport,
  getScan,
  listMyScans,
  listScanMaps,
  listShares,
  listShareTargets,
} from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'

/**
 * Query keys: everything about one's own zelfscans under `['self-scans', …]`, so an action
 * (save, submit, share, delete) refreshes lists and reports with one invalidation.
 */
export const myScansQuery = queryOptions({
  queryKey: ['self-scans', 'mine'],
  queryFn: () => callApi(listMyScans, {}),
})

export const scanMapsQuery = queryOptions({
  queryKey: ['self-scans', 'maps'],
  queryFn: () => callApi(listScanMaps, {}),
})

/**
 * A scan being taken. Never refetched behind the person's back: the page keeps its own copy
 * of the answers while typing. Not kept in the cache either (`gcTime: 0`), so every visit
 * starts from the server's copy, which may have been changed on another device.
 */
export const scanQuery = (scanId: string) =>
  queryOptions({
    queryKey: ['self-scans', 'scan', scanId],
    queryFn: () => callApi(getScan, { params: { scanId } }),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })

/** Every read of someone else's report is logged for its owner: fetch once per visit. */
export const reportQuery = (scanId: string) =>
  queryOptions({
    queryKey: ['self-scans', 'report', scanId],
    queryFn: () => callApi(getReport, { params: { scanId } }),
    refetchOnWindowFocus: false,
  })

export const sharesQuery = (scanId: string) =>
  queryOptions({
    queryKey: ['self-scans', 'shares', scanId],
    queryFn: () => callApi(listShares, { params: { scanId } }),
  })

export const shareTargetsQuery = queryOptions({
  queryKey: ['self-scans', 'share-targets'],
  queryFn: () => callApi(listShareTargets, {}),
  staleTime: 60_000,
})

/** After anything changed a scan: lists, progress and reports catch up. */
export function refreshScans(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['self-scans'] })
}

/** The PDF of a report, in the language the person reads the page in. */
export const reportPdfHref = (scanId: string, lang: string) =>
  `/api/self-scans/${encodeURIComponent(scanId)}/report.pdf?lang=${lang === 'en' ? 'en' : 'nl'}`
