import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { findOwnScan } from './queries.ts'

/**
 * Deletes one of the person's own scans, draft or submitted, with its theme scores, shares and
 * view log (cascading foreign keys). Someone else's scan is "not found".
 */
export async function deleteSelfScan(options: { db: Db; user: CurrentUser; scanId: string }) {
  const scan = await findOwnScan(options.db, options.scanId, options.user)
  await options.db.kysely.deleteFrom('self_scans').where('id', '=', scan.id).execute()
}
