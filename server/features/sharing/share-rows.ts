import type { Selectable } from 'kysely'
import type { Db } from '../../db/connection.ts'
import type { Database } from '../../db/schema.ts'
import { now } from '../../util.ts'

/**
 * The two share tables keep their own rows (a scan's shares carry a scope, a route's belong to
 * its owner); what they have in common is read and written here once.
 */

/** A scan's shares (by scan) or a person's route shares (by owner). */
export type ShareSubject =
  | { table: 'self_scan_shares'; scanId: string }
  | { table: 'route_shares'; ownerId: string }

/** A scan's views (by scan) or the views of a person's route (by owner). */
export type ViewSubject =
  | { table: 'self_scan_views'; scanId: string }
  | { table: 'route_views'; ownerId: string }

/** A share row with the grantee's name and address (all of the table's own columns). */
export type ShareRow<T extends ShareSubject['table']> = Selectable<Database[T]> & {
  name: string
  email: string
}

/** A view row with the viewer's name, null once their account is erased. */
export type ViewRow<T extends ViewSubject['table']> = Selectable<Database[T]> & {
  name: string | null
}

/**
 * The subject's shares, newest first, with the grantee's name and address: every column of
 * the share table, so a feature presents its own extras (a scan's scope).
 *
 * @example const rows = await listShareRows(db, { table: 'route_shares', ownerId: user.id })
 */
export async function listShareRows<S extends ShareSubject>(
  db: Db,
  subject: S,
): Promise<ShareRow<S['table']>[]> {
  const { table } = subject
  const query = db.kysely
    .selectFrom(table)
    .innerJoin('users', 'users.id', `${table}.grantee_user_id`)
    .selectAll(table)
    .select(['users.name', 'users.email'])
    .orderBy(`${table}.created_at`, 'desc')
  const rows = await ('scanId' in subject
    ? query.where('scan_id', '=', subject.scanId)
    : query.where('owner_user_id', '=', subject.ownerId)
  ).execute()
  // selectAll over either table types only their common columns; the rows hold all of them.
  return rows as ShareRow<S['table']>[]
}

/** A share as the API presents it, without a feature's extras. */
export function presentShare(row: {
  id: string
  grantee_user_id: string
  grantee_role: 'manager' | 'coach'
  created_at: string
  revoked_at: string | null
  name: string
  email: string
}) {
  return {
    id: row.id,
    grantee: { id: row.grantee_user_id, name: row.name, email: row.email },
    granteeRole: row.grantee_role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }
}

/**
 * Every view of the subject by someone else, newest first, with the viewer's name (null once
 * their account is erased): every column of the view table, so a feature presents its extras.
 */
export async function listViewRows<S extends ViewSubject>(
  db: Db,
  subject: S,
): Promise<ViewRow<S['table']>[]> {
  const { table } = subject
  const query = db.kysely
    .selectFrom(table)
    .leftJoin('users', 'users.id', `${table}.viewer_user_id`)
    .selectAll(table)
    .select('users.name')
    .orderBy(`${table}.viewed_at`, 'desc')
  const rows = await ('scanId' in subject
    ? query.where('scan_id', '=', subject.scanId)
    : query.where('owner_user_id', '=', subject.ownerId)
  ).execute()
  return rows as ViewRow<S['table']>[]
}

/**
 * Stops the subject's active shares with `granteeId`, so sharing again with the same person
 * replaces the earlier share while its history stays visible. Run it in the transaction that
 * inserts the new share. Returns whether there was one: if not, the share is new to the
 * grantee (and worth a notification).
 */
export async function revokeEarlierShares(
  db: Pick<Db['kysely'], 'updateTable'>,
  subject: ShareSubject,
  granteeId: string,
): Promise<boolean> {
  const query = db
    .updateTable(subject.table)
    .set({ revoked_at: now() })
    .where('grantee_user_id', '=', granteeId)
    .where('revoked_at', 'is', null)
  const result = await ('scanId' in subject
    ? query.where('scan_id', '=', subject.scanId)
    : query.where('owner_user_id', '=', subject.ownerId)
  ).executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Stops one of the subject's shares; a share of another subject is left alone. */
export async function revokeShareRow(db: Db, subject: ShareSubject, shareId: string) {
  const query = db.kysely
    .updateTable(subject.table)
    .set({ revoked_at: now() })
    .where('id', '=', shareId)
    .where('revoked_at', 'is', null)
  await ('scanId' in subject
    ? query.where('scan_id', '=', subject.scanId)
    : query.where('owner_user_id', '=', subject.ownerId)
  ).execute()
}
