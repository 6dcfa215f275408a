import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/learning-routes.ts'
import { can } from '../../../domain/permissions.ts'
import { authorise, requireUser } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'
import { addRouteActivity, findActivity, updateRouteActivity } from './activities.ts'
import {
  createLearningGoal,
  findOwnGoal,
  presentGoals,
  setLearningGoalStatus,
  updateLearningGoal,
} from './goals.ts'
import {
  listRouteShares,
  listRouteViews,
  logRouteView,
  revokeRouteShare,
  routesSharedWith,
  shareRoute,
} from './sharing.ts'
import { suggestForGoal } from './suggestions.ts'
import { trainingNeeds } from './training-needs.ts'

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

/** Leerdoelen and leerroute: the person's own (selfscan.take), shared ones (selfscan.shared.read). */
export function registerLearningRouteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.listGoals, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json({ goals: await presentGoals(c.var.services.db, user.id) }, 200)
  })

  app.openapi(api.createGoal, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const goalId = await createLearningGoal(db, user, c.req.valid('json'))
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 201)
  })

  app.openapi(api.getGoal, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const goal = await findOwnGoal(db, user, c.req.valid('param').goalId)
    const [presented] = await presentGoals(db, user.id, { goalId: goal.id })
    return c.json(presented!, 200)
  })

  app.openapi(api.updateGoal, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const { goalId } = c.req.valid('param')
    await updateLearningGoal(db, user, goalId, c.req.valid('json'))
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 200)
  })

  app.openapi(api.setGoalStatus, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const { goalId } = c.req.valid('param')
    await setLearningGoalStatus(db, user, goalId, c.req.valid('json').status)
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 200)
  })

  app.openapi(api.deleteGoal, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const goal = await findOwnGoal(db, user, c.req.valid('param').goalId)
    await db.kysely.deleteFrom('learning_goals').where('id', '=', goal.id).execute()
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.suggestForGoal, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const query = c.req.valid('query')
    const suggestions = await suggestForGoal(c.var.services.db, user, c.req.valid('param').goalId, {
      forms: query.forms,
      online: query.online === undefined ? undefined : query.online === 'true',
      maxCostCents: query.maxCostCents,
      maxStudyHours: query.maxStudyHours,
      level: query.level,
    })
    return c.json(suggestions, 200)
  })

  app.openapi(api.addActivity, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const activity = await addRouteActivity(
      c.var.services.db,
      user,
      c.req.valid('param').goalId,
      c.req.valid('json'),
    )
    return c.json(activity, 201)
  })

  app.openapi(api.updateActivity, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const activity = await updateRouteActivity(
      c.var.services.db,
      user,
      c.req.valid('param').activityId,
      c.req.valid('json'),
    )
    return c.json(activity, 200)
  })

  app.openapi(api.deleteActivity, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const activity = await findActivity(db, user, c.req.valid('param').activityId)
    await db.kysely.deleteFrom('route_activities').where('id', '=', activity.id).execute()
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.listRouteShares, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    return c.json(
      { shares: await listRouteShares(db, user.id), views: await listRouteViews(db, user.id) },
      200,
    )
  })

  app.openapi(api.shareRoute, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(await shareRoute(c.var.services, user, c.req.valid('json')), 201)
  })

  app.openapi(api.revokeRouteShare, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(
      await revokeRouteShare(c.var.services.db, user, c.req.valid('param').shareId),
      200,
    )
  })

  app.openapi(api.listRoutesSharedWithMe, async (c) => {
    const user = authorise(c, 'selfscan.shared.read')
    const { db } = c.var.services
    const shared = await routesSharedWith(db, user)
    const counts = await routeCounts(
      db,
      shared.map((row) => row.ownerId),
    )
    const routes = shared.map((row) => ({
      ownerId: row.ownerId,
      owner: row.owner,
      sharedAt: row.sharedAt,
      activeGoals: counts.goals.get(row.ownerId) ?? 0,
      openActivities: counts.activities.get(row.ownerId) ?? 0,
    }))
    return c.json({ routes }, 200)
  })

  app.openapi(api.getSharedRoute, async (c) => {
    const user = requireUser(c)
    const { db } = c.var.services
    const { ownerId } = c.req.valid('param')
    // Someone else's route: only when it is shared with this person and they still may see it.
    const shared = can(user, 'selfscan.shared.read')
      ? (await routesSharedWith(db, user)).find((r) => r.ownerId === ownerId)
      : undefined
    if (!shared) throw new AppError(can(user, 'selfscan.shared.read') ? 'not_found' : 'forbidden')
    const goals = await presentGoals(db, ownerId)
    await logRouteView(db, ownerId, user.id)
    return c.json({ owner: { id: ownerId, name: shared.owner }, goals }, 200)
  })

  app.openapi(api.getTrainingNeeds, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'selfscan.team.read', organisationId)
    const { db, config } = c.var.services
    return c.json(await trainingNeeds(db, organisationId, config.minGroupSize), 200)
  })
}
