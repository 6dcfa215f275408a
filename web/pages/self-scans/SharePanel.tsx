import { useQuery, useQueryClient } from '@tanstack/react-query'
import { revokeShare, shareScan } from '../../../domain/api/self-scans.ts'
import { shareInput } from '../../../domain/schemas/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { SharingPanel } from '../sharing/SharingPanel.tsx'
import { refreshScans, sharesQuery } from './queries.ts'

/**
 * For the owner: share the summary or the full report with their manager or a coach, see
 * with whom it is shared (and stop), and who looked at it. Nothing is shared by default.
 */
export function SharePanel({ scanId }: { scanId: string }) {
  const queryClient = useQueryClient()
  const shares = useQuery(sharesQuery(scanId))
  return (
    <SharingPanel
      texts="selfScans"
      scopeTexts="selfScans"
      idPrefix=""
      noPrint
      schema={shareInput}
      shares={shares}
      share={async (input) => {
        const share = await callApi(shareScan, { params: { scanId }, body: input })
        await refreshScans(queryClient)
        return share
      }}
      revoke={async (share) => {
        await callApi(revokeShare, { params: { scanId, shareId: share.id } })
        await refreshScans(queryClient)
      }}
    />
  )
}
