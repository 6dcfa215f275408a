import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { authErrors, jsonResponse } from './common.ts'

const mapRef = z.object({ slug: z.string(), title: z.string() })
const roundState = z.enum(['open', 'closed'])

/** The programme team: rounds with comments to answer, maps being worked on, stale offerings. */
export const programmeWorkSchema = z.object({
  /** Open rounds, and closed ones that still have comments to answer; open first. */
  reviewRounds: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      map: mapRef,
      deadline: z.string(),
      state: roundState,
      /** Comments and proposals nobody has answered yet. */
      toAnswer: z.number().int(),
    }),
  ),
  /** Maps with a version being worked on: a first concept, or a new version of a published map. */
  conceptMaps: z.array(
    mapRef.extend({ state: z.enum(['draft', 'in_review']), published: z.boolean() }),
  ),
  /** Current offerings not reviewed for a year; null without `catalogue.manage`. */
  staleOfferings: z.number().int().nullable(),
})

/** A provider account: per provider it keeps, its current offerings and the possibly outdated. */
export const providerWorkSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      offerings: z.number().int(),
      staleOfferings: z.number().int(),
    }),
  ),
})

/** A meedenker: the rounds they were invited to, open ones first, with their own comments. */
export const reviewerWorkSchema = z.object({
  rounds: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      map: mapRef,
      deadline: z.string(),
      state: roundState,
      myComments: z.number().int(),
    }),
  ),
})

/** Each section is null for a person it is not for. */
export const homeWorkSchema = z.object({
  programme: programmeWorkSchema.nullable(),
  provider: providerWorkSchema.nullable(),
  reviewer: reviewerWorkSchema.nullable(),
})
export type HomeWork = z.infer<typeof homeWorkSchema>

export const getHomeWork = createRoute({
  method: 'get',
  path: '/api/home/work',
  tags: ['home'],
  summary:
    "The signed-in person's work besides their route, by role: review rounds, maps, offerings",
  responses: {
    200: jsonResponse(homeWorkSchema, 'Work per role'),
    ...authErrors,
  },
})
