import type { CurrentUser, Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { notifyShareReceived } from '../../notifications/shares.ts'
import { newId, now } from '../../util.ts'
import { mayStillSee, resolveGrantee } from '../sharing/grantees.ts'
import {
  listShareRows,
  listViewRows,
  presentShare,
  revokeEarlierShares,
  revokeShareRow,
} from '../sharing/share-rows.ts'

/**
 * Sharing one's leerroute (goals and activities) follows the zelfscan's rules: with one's own
 * manager or a coach, explicitly, revocably, every view logged for the owner.
 */
export async function shareRoute(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  user: CurrentUser,
  input: { granteeId?: string; email?: string },
) {
  const { db } = services
  const { person, role } = await resolveGrantee(db, user, input)
  const id = newId()
  const replaced = await db.kysely.transaction().execute(async (trx) => {
    const earlier = await revokeEarlierShares(
      trx,
      { table: 'route_shares', ownerId: user.id },
      person.id,
    )
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
    return earlier
  })
  if (!replaced) {
    await notifyShareReceived({
      services,
      granteeId: person.id,
      ownerName: user.name,
      shared: { kind: 'route' },
    })
  }
  return (await listRouteShares(db, user.id)).find((s) => s.id === id)!
}

export async function revokeRouteShare(db: Db, user: CurrentUser, shareId: string) {
  await revokeShareRow(db, { table: 'route_shares', ownerId: user.id }, shareId)
  const share = (await listRouteShares(db, user.id)).find((s) => s.id === shareId)
  if (!share) throw new AppError('not_found')
  return share
}

export async function listRouteShares(db: Db, ownerId: string) {
  const rows = await listShareRows(db, { table: 'route_shares', ownerId })
  return rows.map(presentShare)
}

export async function listRouteViews(db: Db, ownerId: string) {
  const rows = await listViewRows(db, { table: 'route_views', ownerId })
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
    mayStillSee(viewer, {
      granteeRole: row.grantee_role,
      ownerOrganisationId: row.organisation_confirmed_at ? row.organisation_id : null,
    }),
  )
}

export async function logRouteView(db: Db, ownerId: string, viewerId: string) {
  await db.kysely
    .insertInto('route_views')
    .values({ id: newId(), owner_user_id: ownerId, viewer_user_id: viewerId, viewed_at: now() })
    .execute()
}
