import type { Me } from '../../../domain/api/auth.ts'
import type { Role } from '../../../domain/roles.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'

/** The signed-in person as the web app sees them. */
export async function findMe(db: Db, userId: string): Promise<Me> {
  const row = await db.kysely
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.locale',
      'users.audience',
      'users.is_demo',
      'organisations.id as orgId',
      'organisations.name as orgName',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: await rolesOf(db, userId),
    locale: row.locale === 'en' ? 'en' : 'nl',
    audience: row.audience as Me['audience'],
    organisation: row.orgId && row.orgName ? { id: row.orgId, name: row.orgName } : null,
    isDemo: Number(row.is_demo) === 1,
  }
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute()
  return rows.map((row) => row.role as Role)
}

export function findUserByEmail(db: Db, email: string) {
  return db.kysely.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}
