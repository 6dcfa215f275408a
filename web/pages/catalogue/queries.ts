import { type QueryClient, queryOptions } from '@tanstack/react-query'
import {
  getOffering,
  listManagedOfferings,
  listProviders,
  listStaleOfferings,
  searchOfferings,
} from '../../../domain/api/catalogue.ts'
import type { OfferingForm, OfferingLevel } from '../../../domain/catalogue/model.ts'
import { callApi } from '../../api/client.ts'

/** The catalogue's search in the address: Dutch names, as people see them. */
export interface CatalogueSearch {
  q?: string
  vorm?: OfferingForm
  niveau?: OfferingLevel
  kaart?: string
  thema?: string
  leerdoel?: string
  maxkosten?: number
  online?: 'ja' | 'nee'
  gearchiveerd?: 'ja'
  pagina?: number
}

/** Everything under `['catalogue', …]`: a change to an offering invalidates it all. */
export const searchQuery = (search: CatalogueSearch) =>
  queryOptions({
    queryKey: ['catalogue', 'search', search],
    queryFn: () =>
      callApi(searchOfferings, {
        query: {
          q: search.q,
          form: search.vorm,
          level: search.niveau,
          map: search.kaart,
          theme: search.thema,
          objective: search.leerdoel,
          maxCost: search.maxkosten,
          online:
            search.online === undefined ? undefined : search.online === 'ja' ? 'true' : 'false',
          archived: search.gearchiveerd === 'ja' ? 'true' : undefined,
          page: search.pagina,
        },
      }),
  })

export const offeringQuery = (offeringId: string) =>
  queryOptions({
    queryKey: ['catalogue', 'offering', offeringId],
    queryFn: () => callApi(getOffering, { params: { offeringId } }),
  })

export const managedQuery = (provider?: string) =>
  queryOptions({
    queryKey: ['catalogue', 'managed', provider ?? 'all'],
    queryFn: () => callApi(listManagedOfferings, { query: { provider } }),
  })

export const staleQuery = queryOptions({
  queryKey: ['catalogue', 'stale'],
  queryFn: () => callApi(listStaleOfferings, {}),
})

export const providersQuery = queryOptions({
  queryKey: ['catalogue', 'providers'],
  queryFn: () => callApi(listProviders, {}),
})

export const forgetCatalogue = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: ['catalogue'] })
