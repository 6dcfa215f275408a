import type { OrganisationKind, Role } from '../../domain/roles.ts'
import { hashPassword } from '../auth/passwords.ts'
import { newId, now } from '../util.ts'
import type { Db } from './connection.ts'

/**
 * Builders for organisations and accounts, shared by the demo seed and the tests, so both
 * make data the way the application itself would.
 */
export async function createOrganisation(
  db: Db,
  values: { name?: string; kind?: OrganisationKind; city?: string | null; isDemo?: boolean } = {},
) {
  const row = {
    id: newId(),
    name: values.name ?? `Archief ${Math.random().toString(36).slice(2, 8)}`,
    kind: values.kind ?? 'gemeentearchief',
    city: values.city ?? null,
    is_demo: values.isDemo ? 1 : 0,
    created_at: now(),
  }
  await db.kysely.insertInto('organisations').values(row).execute()
  return row
}

const hashCache = new Map<string, Promise<string>>()

/** Hashing is slow on purpose; tests create many accounts with the same few passwords. */
function cachedHash(password: string): Promise<string> {
  let hashed = hashCache.get(password)
  if (!hashed) {
    hashed = hashPassword(password)
    hashCache.set(password, hashed)
  }
  return hashed
}

export const DEFAULT_TEST_PASSWORD = 'lange-zin-voor-het-archief'

export async function createUser(
  db: Db,
  values: {
    email?: string
    name?: string
    password?: string
    roles?: Role[]
    organisationId?: string | null
    /** Membership asked for at sign-up, not yet confirmed by a manager. */
    organisationPending?: boolean
    confirmed?: boolean
    locale?: 'nl' | 'en'
    audience?: 'zij-instromer' | 'beginner' | 'gevorderde' | null
    isDemo?: boolean
  } = {},
) {
  const id = newId()
  const row = {
    id,
    email: (values.email ?? `${id.slice(0, 8)}@voorbeeld.nl`).toLowerCase(),
    name: values.name ?? `Persoon ${id.slice(0, 4)}`,
    password_hash: await cachedHash(values.password ?? DEFAULT_TEST_PASSWORD),
    email_confirmed_at: values.confirmed === false ? null : now(),
    organisation_id: values.organisationId ?? null,
    organisation_confirmed_at: values.organisationId && !values.organisationPending ? now() : null,
    locale: values.locale ?? 'nl',
    audience: values.audience ?? null,
    disabled_at: null,
    is_demo: values.isDemo ? 1 : 0,
    created_at: now(),
  }
  await db.kysely.insertInto('users').values(row).execute()
  const roles = values.roles ?? ['professional']
  if (roles.length > 0) {
    await db.kysely
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute()
  }
  return { ...row, roles, password: values.password ?? DEFAULT_TEST_PASSWORD }
}
