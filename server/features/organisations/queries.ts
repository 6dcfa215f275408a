import type { MembershipRequest } from '../../../domain/api/organisations.ts'
import type { Audience, OrganisationKind } from '../../../domain/roles.ts'
import { rolesByUser } from '../../auth/roles.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'

/** Every organisation, for the sign-up form's choice (public: names only, no people). */
export async function listPublicOrganisations(db: Db) {
  const rows = await db.kysely
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'city', 'is_demo'])
    .orderBy('name')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    city: row.city,
    isDemo: toNumber(row.is_demo) === 1,
  }))
}

/** @throws AppError('not_found') when there is no such organisation */
export async function requireOrganisation(db: Db, organisationId: string) {
  const row = await db.kysely
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return row
}

/**
 * The organisation's members (confirmed) and the requests to join it (chosen at sign-up, not
 * yet answered; disabled accounts left out), each with their roles, in two queries. A request
 * says what the person told about themselves: their career stage. The caller has authorised
 * a manager of the organisation or an administrator.
 */
export async function listMembersAndRequests(db: Db, organisationId: string) {
  const rows = await db.kysely
    .selectFrom('users')
    .select([
      'id',
      'name',
      'email',
      'audience',
      'created_at',
      'email_confirmed_at',
      'organisation_confirmed_at',
      'disabled_at',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('id')
    .execute()
  const roles = await rolesByUser(
    db,
    rows.map((row) => row.id),
  )
  const member = (row: (typeof rows)[number]) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    roles: roles.get(row.id) ?? [],
  })
  return {
    members: rows.filter((row) => row.organisation_confirmed_at !== null).map(member),
    requests: rows
      .filter((row) => row.organisation_confirmed_at === null && row.disabled_at === null)
      .map(
        (row): MembershipRequest => ({
          ...member(row),
          audience: row.audience as Audience | null,
          requestedAt: row.created_at,
          emailConfirmed: row.email_confirmed_at !== null,
        }),
      ),
  }
}
