import type { Me } from '../../../domain/api/auth.ts'
import type { Role } from '../../../domain/roles.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'

/** The columns a person is presented from; select them from `users` left-joined to `organisations`. */
export const PERSON_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.locale',
  'users.audience',
  'users.is_demo',
  'users.disabled_at',
  'users.organisation_confirmed_at',
  'organisations.id as orgId',
  'organisations.name as orgName',
  'organisations.is_demo as orgIsDemo',
] as const

interface PersonRow {
  id: string
  email: string
  name: string
  locale: string
  audience: string | null
  is_demo: number
  organisation_confirmed_at: string | null
  orgId: string | null
  orgName: string | null
  orgIsDemo: number | null
}

/** A person as the web app sees them, from a row of `PERSON_COLUMNS` and their roles. */
export function toPerson(row: PersonRow, roles: Role[]): Me {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles,
    locale: row.locale === 'en' ? 'en' : 'nl',
    audience: row.audience as Me['audience'],
    organisation:
      row.orgId && row.orgName
        ? {
            id: row.orgId,
            name: row.orgName,
            isDemo: toNumber(row.orgIsDemo) === 1,
            pending: row.organisation_confirmed_at === null,
          }
        : null,
    isDemo: toNumber(row.is_demo) === 1,
  }
}

/** The signed-in person as the web app sees them. */
export async function findMe(db: Db, userId: string): Promise<Me> {
  const row = await db.kysely
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(PERSON_COLUMNS)
    .where('users.id', '=', userId)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return toPerson(row, await rolesOf(db, userId))
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
