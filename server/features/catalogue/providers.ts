import type { z } from 'zod'
import type { providerInput } from '../../../domain/schemas/catalogue.ts'
import { recordAudit } from '../../audit.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now, toNumber } from '../../util.ts'

/** Every provider with its number of offerings; members only when `withMembers`. */
export async function listProviders(db: Db, options: { withMembers: boolean; id?: string }) {
  let query = db.kysely
    .selectFrom('providers')
    .select((eb) => [
      'providers.id',
      'providers.slug',
      'providers.name',
      'providers.website',
      eb
        .selectFrom('offerings')
        .select(eb.fn.countAll<string | number>().as('n'))
        .whereRef('offerings.provider_id', '=', 'providers.id')
        .where('offerings.archived_at', 'is', null)
        .as('offering_count'),
    ])
    .orderBy('providers.name')
  if (options.id) query = query.where('providers.id', '=', options.id)
  const providers = await query.execute()
  const members = options.withMembers
    ? await db.kysely
        .selectFrom('provider_members')
        .innerJoin('users', 'users.id', 'provider_members.user_id')
        .select(['provider_members.provider_id', 'users.name', 'users.email'])
        .orderBy('users.name')
        .execute()
    : []
  return providers.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: p.name,
    website: p.website,
    offeringCount: toNumber(p.offering_count),
    members: options.withMembers
      ? members.filter((m) => m.provider_id === p.id).map((m) => ({ name: m.name, email: m.email }))
      : null,
  }))
}

/** Adds a provider; its short name (used in CSV files) must be free. */
export async function createProviderRecord(
  db: Db,
  input: z.output<typeof providerInput>,
  options: { isDemo?: boolean } = {},
) {
  const taken = await db.kysely
    .selectFrom('providers')
    .select('id')
    .where('slug', '=', input.slug)
    .executeTakeFirst()
  if (taken) throw new AppError('slug_taken', [{ field: 'slug', code: 'taken' }])
  const id = newId()
  await db.kysely
    .insertInto('providers')
    .values({
      id,
      slug: input.slug,
      name: input.name,
      website: input.website,
      is_demo: options.isDemo ? 1 : 0,
      created_at: now(),
    })
    .execute()
  return id
}

/**
 * Links an existing account to a provider, giving it the provider role if it lacks it. An
 * unknown address is a field error: the person signs up first.
 */
export async function addProviderMemberRecord(
  db: Db,
  providerId: string,
  email: string,
  actor: { userId: string; ip: string },
) {
  const provider = await db.kysely
    .selectFrom('providers')
    .select('id')
    .where('id', '=', providerId)
    .executeTakeFirst()
  if (!provider) throw new AppError('not_found')
  const user = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst()
  if (!user) throw new AppError('validation_failed', [{ field: 'email', code: 'no_account' }])
  const before = (
    await db.kysely.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()
  )
    .map((row) => row.role)
    .sort()
  await db.kysely.transaction().execute(async (trx) => {
    const linked = await trx
      .selectFrom('provider_members')
      .select('user_id')
      .where('provider_id', '=', providerId)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!linked)
      await trx
        .insertInto('provider_members')
        .values({ provider_id: providerId, user_id: user.id, created_at: now() })
        .execute()
    const role = await trx
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', user.id)
      .where('role', '=', 'provider')
      .executeTakeFirst()
    if (!role)
      await trx.insertInto('user_roles').values({ user_id: user.id, role: 'provider' }).execute()
  })
  // A new role is a security event, as when an administrator changes roles.
  if (!before.includes('provider'))
    await recordAudit(db, {
      action: 'roles_changed',
      actorUserId: actor.userId,
      subjectUserId: user.id,
      ip: actor.ip,
      detail: { from: before, to: [...before, 'provider'].sort(), provider: providerId },
    })
}
