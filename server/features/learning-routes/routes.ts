import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/learning-routes.ts'
import { authorise } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import { addRouteActivity, deleteRouteActivity, updateRouteActivity } from './activities.ts'
import {
  createLearningGoal,
  deleteLearningGoal,
  findOwnGoal,
  presentGoals,
  setLearningGoalStatus,
  updateLearningGoal,
} from './goals.ts'
import {
  listRouteShares,
  listRoutesSharedWith,
  listRouteViews,
  readSharedRoute,
  revokeRouteShare,
  shareRoute,
} from './sharing.ts'
import { suggestForGoal } from './suggestions.ts'
import { trainingNeeds } from './training-needs.ts'

/** Leerdoelen and leerroute: one's own (goals.own), shared ones (route.shared.read). */
export function registerLearningRouteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.listGoals, async (c) => {
    const user = authorise(c, 'goals.own')
    return c.json({ goals: await presentGoals(c.var.services.db, user.id) }, 200)
  })

  app.openapi(api.createGoal, async (c) => {
    const user = authorise(c, 'goals.own')
    const { db } = c.var.services
    const goalId = await createLearningGoal(db, user, c.req.valid('json'))
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 201)
  })

  app.openapi(api.getGoal, async (c) => {
    const user = authorise(c, 'goals.own')
    const { db } = c.var.services
    const goal = await findOwnGoal(db, user, c.req.valid('param').goalId)
    const [presented] = await presentGoals(db, user.id, { goalId: goal.id })
    return c.json(presented!, 200)
  })

  app.openapi(api.updateGoal, async (c) => {
    const user = authorise(c, 'goals.own')
    const { db } = c.var.services
    const { goalId } = c.req.valid('param')
    await updateLearningGoal(db, user, goalId, c.req.valid('json'))
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 200)
  })

  app.openapi(api.setGoalStatus, async (c) => {
    const user = authorise(c, 'goals.own')
    const { db } = c.var.services
    const { goalId } = c.req.valid('param')
    await setLearningGoalStatus(db, user, goalId, c.req.valid('json').status)
    const [goal] = await presentGoals(db, user.id, { goalId })
    return c.json(goal!, 200)
  })

  app.openapi(api.deleteGoal, async (c) => {
    const user = authorise(c, 'goals.own')
    await deleteLearningGoal(c.var.services.db, user, c.req.valid('param').goalId)
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.suggestForGoal, async (c) => {
    const user = authorise(c, 'goals.own')
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
    const user = authorise(c, 'goals.own')
    const activity = await addRouteActivity(
      c.var.services.db,
      user,
      c.req.valid('param').goalId,
      c.req.valid('json'),
    )
    return c.json(activity, 201)
  })

  app.openapi(api.updateActivity, async (c) => {
    const user = authorise(c, 'goals.own')
    const activity = await updateRouteActivity(
      c.var.services.db,
      user,
      c.req.valid('param').activityId,
      c.req.valid('json'),
    )
    return c.json(activity, 200)
  })

  app.openapi(api.deleteActivity, async (c) => {
    const user = authorise(c, 'goals.own')
    await deleteRouteActivity(c.var.services.db, user, c.req.valid('param').activityId)
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.listRouteShares, async (c) => {
    const user = authorise(c, 'goals.own')
    const { db } = c.var.services
    return c.json(
      { shares: await listRouteShares(db, user.id), views: await listRouteViews(db, user.id) },
      200,
    )
  })

  app.openapi(api.shareRoute, async (c) => {
    const user = authorise(c, 'goals.own')
    return c.json(await shareRoute(c.var.services, user, c.req.valid('json')), 201)
  })

  app.openapi(api.revokeRouteShare, async (c) => {
    const user = authorise(c, 'goals.own')
    return c.json(
      await revokeRouteShare(c.var.services.db, user, c.req.valid('param').shareId),
      200,
    )
  })

  app.openapi(api.listRoutesSharedWithMe, async (c) => {
    const user = authorise(c, 'route.shared.read')
    return c.json({ routes: await listRoutesSharedWith(c.var.services.db, user) }, 200)
  })

  app.openapi(api.getSharedRoute, async (c) => {
    const user = authorise(c, 'route.shared.read')
    const { ownerId } = c.req.valid('param')
    return c.json(await readSharedRoute(c.var.services.db, user, ownerId), 200)
  })

  app.openapi(api.getTrainingNeeds, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'route.team.read', organisationId)
    const { db, config } = c.var.services
    return c.json(await trainingNeeds(db, organisationId, config.minGroupSize), 200)
  })
}
