import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/home.ts'
import { requireUser } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import { homeWorkFor } from './work.ts'

/** The home page's "my work": any signed-in person; what they see depends on their actions. */
export function registerHomeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.getHomeWork, async (c) => {
    const user = requireUser(c)
    return c.json(await homeWorkFor(c.var.services.db, user), 200)
  })
}
