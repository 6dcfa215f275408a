import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { authErrors, jsonResponse } from './common.ts'

export const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Health: the database answers a trivial query; with the kind of database in use',
  responses: {
    200: jsonResponse(
      z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
      'Healthy',
    ),
    503: jsonResponse(
      z.object({ status: z.literal('unavailable'), database: z.enum(['sqlite', 'postgres']) }),
      'The database does not answer (in time)',
    ),
  },
})

export const roadmapStepSchema = z.object({
  number: z.number().int(),
  key: z.string(),
  /** Code name of the part that serves this step (DESIGN.md glossary). */
  part: z.string(),
  /** Path in the web app, or null while the part is not built yet. */
  href: z.string().nullable(),
  status: z.enum(['done', 'current', 'todo', 'not_available']),
})
export const roadmapSchema = z.object({
  route: z.enum(['professional', 'organisation']),
  steps: z.array(roadmapStepSchema),
})
export type Roadmap = z.infer<typeof roadmapSchema>

export const getRoadmaps = createRoute({
  method: 'get',
  path: '/api/roadmap',
  tags: ['roadmap'],
  summary: "The signed-in person's routes: professional, and the organisation's for managers",
  responses: {
    200: jsonResponse(z.object({ routes: z.array(roadmapSchema) }), 'Routes'),
    ...authErrors,
  },
})
