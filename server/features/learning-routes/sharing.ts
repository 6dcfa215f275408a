import type { CurrentUser, Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { notifyShareReceived } from '../../notifications/shares.ts'
import { newId, now, toNumber } from '../../util.ts'
import { mayStillSee, resolveGrantee } from '../sharing/grantees.ts'
import {
  listShareRows,
  listViewRows,
  presentShare,
  revokeEarlierShares,
  revokeShareRow,
} from '../sharing/share-rows.ts'
import { presentGoals } from './goals.ts'

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

/** Active goals and their open activities per owner, in two grouped queries for the whole list. */
async function routeCounts(db: Db, ownerIds: readonly string[]) {
  if (ownerIds.length === 0)
    return { goals: new Map<string, number>(), activities: new Map<string, number>() }
  const goals = await db.kysely
    .selectFrom('learning_goals')
    .select(['user_id', (eb) => eb.fn.countAll().as('n')])
    .where('user_id', 'in', [...ownerIds])
    .where('status', '=', 'active')
    .groupBy('user_id')
    .execute()
  const activities = await db.kysely
    .selectFrom('route_activities as a')
    .innerJoin('learning_goals as g', 'g.id', 'a.goal_id')
    .select(['a.user_id', (eb) => eb.fn.countAll().as('n')])
    .where('a.user_id', 'in', [...ownerIds])
    .where('g.status', '=', 'active')
    .where('a.status', 'in', ['planned', 'in_progress'])
    .groupBy('a.user_id')
    .execute()
  return {
    goals: new Map(goals.map((r) => [r.user_id, toNumber(r.n)])),
    activities: new Map(activities.map((r) => [r.user_id, toNumber(r.n)])),
  }
}

/**
 * The routes shared with `viewer` that they may still see, each with how many active goals
 * and open activities it has (no query per row). Caller has authorised `route.shared.read`.
 */
export async function listRoutesSharedWith(db: Db, viewer: CurrentUser) {
  const shared = await routesSharedWith(db, viewer)
  const counts = await routeCounts(
    db,
    shared.map((row) => row.ownerId),
  )
  return shared.map((row) => ({
    ownerId: row.ownerId,
    owner: row.owner,
    sharedAt: row.sharedAt,
    activeGoals: counts.goals.get(row.ownerId) ?? 0,
    openActivities: counts.activities.get(row.ownerId) ?? 0,
  }))
}

/**
 * Someone else's route, only while it is shared with `viewer` and they may still see it; the
 * view is logged for the owner. Caller has authorised `route.shared.read`; else a 404.
 */
export async function readSharedRoute(db: Db, viewer: CurrentUser, ownerId: string) {
  const shared = (await routesSharedWith(db, viewer)).find((row) => row.ownerId === ownerId)
  if (!shared) throw new AppError('not_found')
  const goals = await presentGoals(db, ownerId)
  await logRouteView(db, ownerId, viewer.id)
  return { owner: { id: ownerId, name: shared.owner }, goals }
}
