import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'

/**
 * Who may receive a zelfscan or a leerroute (DESIGN.md, privacy rules): a manager of the
 * owner's own confirmed organisation, or a coach; never the owner, never a disabled account.
 * A manager who leaves the organisation stops seeing what was shared with them.
 */

export interface Person {
  id: string
  name: string
  email: string
  organisation_id: string | null
  organisation_confirmed_at: string | null
  disabled_at: string | null
  roles: string[]
}

export type GranteeRole = 'manager' | 'coach'

export async function findPerson(
  db: Db,
  by: { id: string } | { email: string },
): Promise<Person | null> {
  let query = db.kysely
    .selectFrom('users')
    .select(['id', 'name', 'email', 'organisation_id', 'organisation_confirmed_at', 'disabled_at'])
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('email', '=', by.email)
  const user = await query.executeTakeFirst()
  if (!user) return null
  const roles = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', user.id)
    .execute()
  return { ...user, roles: roles.map((r) => r.role) }
}

/** A manager of the owner's own (confirmed) organisation. */
export function isOwnManager(
  person: Pick<Person, 'roles' | 'organisation_id' | 'organisation_confirmed_at'>,
  ownerOrganisationId: string | null,
) {
  return (
    person.roles.includes('manager') &&
    ownerOrganisationId !== null &&
    person.organisation_confirmed_at !== null &&
    person.organisation_id === ownerOrganisationId
  )
}

/** The role in which `person` may receive the owner's scan or route, or null when they may not. */
export function granteeRole(
  person: Person,
  owner: Pick<CurrentUser, 'id' | 'organisationId'>,
): GranteeRole | null {
  if (person.id === owner.id || person.disabled_at !== null) return null
  if (isOwnManager(person, owner.organisationId)) return 'manager'
  if (person.roles.includes('coach')) return 'coach'
  return null
}

/**
 * The person the owner asked to share with (by id from the share targets, or a coach by
 * address) and the role they receive it in.
 *
 * @throws AppError('share_not_allowed') alike for "no such account" and "not allowed", so
 *   sharing reveals nothing about others.
 * @example const { person, role } = await resolveGrantee(db, user, { email: 'coach@example.nl' })
 */
export async function resolveGrantee(
  db: Db,
  owner: Pick<CurrentUser, 'id' | 'organisationId'>,
  input: { granteeId?: string | undefined; email?: string | undefined },
): Promise<{ person: Person; role: GranteeRole }> {
  const person = await findPerson(
    db,
    input.granteeId ? { id: input.granteeId } : { email: input.email! },
  )
  const role = person ? granteeRole(person, owner) : null
  if (!person || !role) throw new AppError('share_not_allowed')
  return { person, role }
}

/**
 * Whether `viewer` still holds the role an active share was given for: a coach while a
 * coach, a manager while a manager of the owner's organisation.
 *
 * @param ownerOrganisationId the owner's organisation, null while it is not confirmed
 */
export function mayStillSee(
  viewer: Pick<CurrentUser, 'roles' | 'organisationId'>,
  share: { granteeRole: string; ownerOrganisationId: string | null },
) {
  if (share.granteeRole === 'coach') return viewer.roles.includes('coach')
  return (
    viewer.roles.includes('manager') &&
    viewer.organisationId !== null &&
    viewer.organisationId === share.ownerOrganisationId
  )
}
