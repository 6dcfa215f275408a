import { scoreScan } from '../../../domain/self-scans/scoring.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { parseAnswers, scanTree } from './queries.ts'
import { listSharedWithMe } from './shares.ts'

/**
 * The scans shared with `viewer` that they may still see, each with its overall score —
 * scored from the row's own answers on its (cached, immutable) map version: no report, no
 * previous scan, no query per scan. Caller has authorised `selfscan.shared.read`.
 */
export async function listSharedScans(options: { db: Db; viewer: CurrentUser }) {
  const { db, viewer } = options
  const rows = await listSharedWithMe(db, viewer)
  return Promise.all(
    rows.map(async (row) => {
      const tree = await scanTree(db, row)
      const overall = scoreScan(tree, parseAnswers(row), row.target_level).overall
      return {
        scanId: row.scanId,
        owner: row.owner,
        map: { slug: row.slug, title: row.title },
        versionNumber: row.versionNumber,
        submittedAt: row.submitted_at!,
        scope: row.scope,
        sharedAt: row.sharedAt,
        overallMean: overall.mean,
      }
    }),
  )
}
