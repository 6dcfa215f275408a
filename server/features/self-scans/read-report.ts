import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { findScan } from './queries.ts'
import { buildReport } from './report.ts'
import { logView, sharedScopeFor } from './shares.ts'

/**
 * A scan's report for whoever may read it: its owner (full), or a manager or coach it is
 * shared with (their share's scope; the view is logged for the owner). Anyone else gets
 * "not found", so an id reveals nothing.
 */
export async function readReport(options: {
  db: Db
  user: CurrentUser
  scanId: string
  format: 'web' | 'pdf'
}) {
  const { db, user, scanId, format } = options
  const row = await findScan(db, scanId)
  if (row.user_id === user.id) {
    return buildReport(db, row, { scope: 'full', ownerName: user.name, mine: true })
  }
  const scope = user.roles.some((r) => r === 'manager' || r === 'coach')
    ? await sharedScopeFor(db, row, user)
    : null
  if (!scope) throw new AppError('not_found')
  const owner = await db.kysely
    .selectFrom('users')
    .select('name')
    .where('id', '=', row.user_id)
    .executeTakeFirstOrThrow()
  const report = await buildReport(db, row, { scope, ownerName: owner.name, mine: false })
  await logView(db, { scanId: row.id, viewerId: user.id, scope, format })
  return report
}
