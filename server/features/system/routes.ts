import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/system.ts'
import { requireUser } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import { databaseAnswers } from './health.ts'
import { roadmapsFor } from './roadmap.ts'

export function registerSystemRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.health, async (c) => {
    const { db } = c.var.services
    if (await databaseAnswers(db)) return c.json({ status: 'ok' as const, database: db.kind }, 200)
    return c.json({ status: 'unavailable' as const, database: db.kind }, 503)
  })

  app.openapi(api.getRoadmaps, async (c) => {
    const user = requireUser(c)
    return c.json({ routes: await roadmapsFor(c.var.services.db, user) }, 200)
  })
}
