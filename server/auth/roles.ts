import type { Role } from '../../domain/roles.ts'
import type { Db } from '../db/connection.ts'

/**
 * The roles of each of `userIds`, in one query, alphabetically per person; a person without
 * roles is absent from the map. For lists of people (members, accounts) that show roles.
 *
 * @example const roles = await rolesByUser(db, rows.map((r) => r.id)); roles.get(id) ?? []
 */
export async function rolesByUser(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>()
  if (userIds.length === 0) return byUser
  const rows = await db.kysely
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', [...userIds])
    .orderBy('role')
    .execute()
  for (const row of rows) {
    const roles = byUser.get(row.user_id) ?? []
    roles.push(row.role as Role)
    byUser.set(row.user_id, roles)
  }
  return byUser
}
