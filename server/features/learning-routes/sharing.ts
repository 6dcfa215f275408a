import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { findPerson, granteeRole, isOwnManager } from '../self-scans/shares.ts'

/**
 * Sharing one's leerroute (goals and activities) follows the zelfscan's rules: with one's own
 * manager or a coach, explicitly, revocably, every view logged for the owner.
 */
export async function shareRoute(
  db: Db,
  user: CurrentUser,
  input: { granteeId?: string; email?: string },
) {
  const person = await findPerson(
    db,
    input.granteeId ? { id: input.granteeId } : { email: input.email! },
  )
  const role = person ? granteeRole(person, user) : null
  if (!person || !role) throw new AppError('share_not_allowed')
  const id = newId()
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('route_shares')
      .set({ revoked_at: now() })
      .where('owner_user_id', '=', user.id)
      .where('grantee_user_id', '=', person.id)
      .where('revoked_at', 'is', null)
      .execute()
    await trx
      .insertInto('route_shares')
      .values({
        id,
        owner_user_id: user.id,
        grantee_user_id: person.id,
        grantee_role: role,
        created_at: now(),
        revoked_at: null,
      })
      .execute()
  })
  return (await listRouteShares(db, user.id)).find((s) => s.id === id)!
}

export async function revokeRouteShare(db: Db, user: CurrentUser, shareId: string) {
  await db.kysely
    .updateTable('route_shares')
    .set({ revoked_at: now() })
    .where('id', '=', shareId)
    .where('owner_user_id', '=', user.id)
    .where('revoked_at', 'is', null)
    .execute()
  const share = (await listRouteShares(db, user.id)).find((s) => s.id === shareId)
  if (!share) throw new AppError('not_found')
  return share
}

export async function listRouteShares(db: Db, ownerId: string) {
  const rows = await db.kysely
    .selectFrom('route_shares')
    .innerJoin('users', 'users.id', 'route_shares.grantee_user_id')
    .selectAll('route_shares')
    .select(['users.name', 'users.email'])
    .where('owner_user_id', '=', ownerId)
    .orderBy('route_shares.created_at', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    grantee: { id: row.grantee_user_id, name: row.name, email: row.email },
    granteeRole: row.grantee_role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }))
}

export async function listRouteViews(db: Db, ownerId: string) {
  const rows = await db.kysely
    .selectFrom('route_views')
    .leftJoin('users', 'users.id', 'route_views.viewer_user_id')
    .select(['users.name', 'route_views.viewed_at'])
    .where('owner_user_id', '=', ownerId)
    .orderBy('route_views.viewed_at', 'desc')
    .execute()
  return rows.map((row) => ({ viewer: row.name, viewedAt: row.viewed_at }))
}

/** Routes shared with `viewer` that they may still see (a manager only while in the organisation). */
export async function routesSharedWith(db: Db, viewer: CurrentUser) {
  const rows = await db.kysely
    .selectFrom('route_shares')
    .innerJoin('users', 'users.id', 'route_shares.owner_user_id')
    .select([
      'route_shares.owner_user_id as ownerId',
      'route_shares.grantee_role',
      'route_shares.created_at as sharedAt',
      'users.name as owner',
      'users.organisation_id',
      'users.organisation_confirmed_at',
    ])
    .where('grantee_user_id', '=', viewer.id)
    .where('revoked_at', 'is', null)
    .orderBy('users.name')
    .execute()
  return rows.filter((row) =>
    row.grantee_role === 'coach'
      ? viewer.roles.includes('coach')
      : isOwnManager(
          {
            roles: viewer.roles,
            organisation_id: viewer.organisationId,
            organisation_confirmed_at: viewer.organisationId ? 'confirmed' : null,
          },
          row.organisation_confirmed_at ? row.organisation_id : null,
        ),
  )
}

export async function logRouteView(db: Db, ownerId: string, viewerId: string) {
  await db.kysely
    .insertInto('route_views')
    .values({ id: newId(), owner_user_id: ownerId, viewer_user_id: viewerId, viewed_at: now() })
    .execute()
}
