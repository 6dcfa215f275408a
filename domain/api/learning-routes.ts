import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { OFFERING_FORMS } from '../catalogue/model.ts'
import {
  ACTIVITY_STATUSES,
  activityInput,
  activityUpdateInput,
  GOAL_STATUSES,
  goalInput,
  goalStatusInput,
  goalUpdateInput,
  suggestionQuery,
} from '../learning-routes/goals.ts'
import { idSchema } from '../schemas/account.ts'
import { offeringSummarySchema } from './catalogue.ts'
import {
  authErrors,
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'

const tags = ['learning-routes']
const errors = {
  ...authErrors,
  404: problemResponse('No such goal, activity or route'),
  409: problemResponse('Not possible in this state'),
  ...validationErrors,
}

/** An objective by identity, with where it stands in the newest version that has it. */
export const objectiveRefSchema = z.object({
  id: z.string(),
  /** Null when no published version of any map has this objective any more. */
  title: z.string().nullable(),
  themeTitle: z.string().nullable(),
  map: z.object({ slug: z.string(), title: z.string() }).nullable(),
})

export const activitySchema = z.object({
  id: z.string(),
  goalId: z.string(),
  offering: z
    .object({ id: z.string(), title: z.string(), provider: z.string(), url: z.string().nullable() })
    .nullable(),
  title: z.string(),
  form: z.enum(OFFERING_FORMS),
  note: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string().nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  completedAt: z.string().nullable(),
})
export type RouteActivity = z.infer<typeof activitySchema>

const goalFields = z.object({
  title: z.string(),
  why: z.string(),
  measure: z.string(),
  deadline: z.string(),
  objectiveIds: z.array(z.string()),
})
export const goalEventSchema = z.object({
  kind: z.enum(['created', 'edited', 'completed', 'dropped', 'reopened']),
  at: z.string(),
  /** The goal as it was before an edit. */
  before: goalFields.nullable(),
})

export const goalSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  measure: z.string(),
  deadline: z.string(),
  status: z.enum(GOAL_STATUSES),
  objectives: z.array(objectiveRefSchema),
  sourceScanId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  activities: z.array(activitySchema),
  history: z.array(goalEventSchema),
})
export type LearningGoal = z.infer<typeof goalSchema>

export const suggestionSchema = z.object({
  offering: offeringSummarySchema,
  served: z.number().int(),
  reasons: z.array(
    z.object({
      code: z.enum([
        'serves_objectives',
        'level_fits',
        'online',
        'free',
        'within_budget',
        'within_time',
        'starts_soon',
        'informal',
      ]),
      params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
    }),
  ),
})

const routeShareSchema = z.object({
  id: z.string(),
  grantee: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  granteeRole: z.enum(['manager', 'coach']),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
})

export const goalParam = z.object({ goalId: idSchema })
export const activityParam = z.object({ activityId: idSchema })
export const routeShareParam = z.object({ shareId: idSchema })
export const ownerParam = z.object({ ownerId: idSchema })
export const routeShareInput = z
  .strictObject({
    granteeId: idSchema.optional(),
    email: z.email({ error: 'invalid_email' }).trim().toLowerCase().max(254).optional(),
  })
  .refine((s) => (s.granteeId === undefined) !== (s.email === undefined), {
    error: 'required',
    path: ['granteeId'],
  })

export const listGoals = createRoute({
  method: 'get',
  path: '/api/learning-goals',
  tags,
  summary: 'My learning goals with their activities: the leerroute',
  responses: { 200: jsonResponse(z.object({ goals: z.array(goalSchema) }), 'Goals'), ...errors },
})

export const createGoal = createRoute({
  method: 'post',
  path: '/api/learning-goals',
  tags,
  summary: 'Write a SMART learning goal linked to one or more objectives',
  request: { body: jsonBody(goalInput) },
  responses: { 201: jsonResponse(goalSchema, 'The goal'), ...errors },
})

export const getGoal = createRoute({
  method: 'get',
  path: '/api/learning-goals/{goalId}',
  tags,
  summary: 'One of my goals, with its activities and history',
  request: { params: goalParam },
  responses: { 200: jsonResponse(goalSchema, 'The goal'), ...errors },
})

export const updateGoal = createRoute({
  method: 'put',
  path: '/api/learning-goals/{goalId}',
  tags,
  summary: 'Edit an active goal; what it was is kept in its history',
  request: { params: goalParam, body: jsonBody(goalUpdateInput) },
  responses: { 200: jsonResponse(goalSchema, 'The goal'), ...errors },
})

export const setGoalStatus = createRoute({
  method: 'post',
  path: '/api/learning-goals/{goalId}/status',
  tags,
  summary: 'Complete, drop or reopen a goal',
  request: { params: goalParam, body: jsonBody(goalStatusInput) },
  responses: { 200: jsonResponse(goalSchema, 'The goal'), ...errors },
})

export const deleteGoal = createRoute({
  method: 'delete',
  path: '/api/learning-goals/{goalId}',
  tags,
  summary: 'Delete a goal with its activities and history',
  request: { params: goalParam },
  responses: { 200: jsonResponse(messageSchema, 'Deleted'), ...errors },
})

export const suggestForGoal = createRoute({
  method: 'get',
  path: '/api/learning-goals/{goalId}/suggestions',
  tags,
  summary:
    'Offerings that serve the goal’s objectives and fit my level and preferences, formal and informal, each with its reasons',
  request: { params: goalParam, query: suggestionQuery },
  responses: {
    200: jsonResponse(
      z.object({
        personLevel: z.enum(['basis', 'gevorderd']).nullable(),
        formal: z.array(suggestionSchema),
        informal: z.array(suggestionSchema),
      }),
      'Suggestions',
    ),
    ...errors,
  },
})

export const addActivity = createRoute({
  method: 'post',
  path: '/api/learning-goals/{goalId}/activities',
  tags,
  summary: 'Plan an activity for a goal: an offering from the catalogue or my own',
  request: { params: goalParam, body: jsonBody(activityInput) },
  responses: { 201: jsonResponse(activitySchema, 'The activity'), ...errors },
})

export const updateActivity = createRoute({
  method: 'put',
  path: '/api/route-activities/{activityId}',
  tags,
  summary: 'Change an activity’s progress, dates or note',
  request: { params: activityParam, body: jsonBody(activityUpdateInput) },
  responses: { 200: jsonResponse(activitySchema, 'The activity'), ...errors },
})

export const deleteActivity = createRoute({
  method: 'delete',
  path: '/api/route-activities/{activityId}',
  tags,
  summary: 'Remove an activity from my route',
  request: { params: activityParam },
  responses: { 200: jsonResponse(messageSchema, 'Deleted'), ...errors },
})

export const listRouteShares = createRoute({
  method: 'get',
  path: '/api/learning-route/shares',
  tags,
  summary: 'With whom I share my leerroute (also revoked), and every view',
  responses: {
    200: jsonResponse(
      z.object({
        shares: z.array(routeShareSchema),
        views: z.array(z.object({ viewer: z.string().nullable(), viewedAt: z.string() })),
      }),
      'Shares and views',
    ),
    ...errors,
  },
})

export const shareRoute = createRoute({
  method: 'post',
  path: '/api/learning-route/shares',
  tags,
  summary: 'Share my goals and route with my own manager or a coach',
  request: { body: jsonBody(routeShareInput) },
  responses: { 201: jsonResponse(routeShareSchema, 'Shared'), ...errors },
})

export const revokeRouteShare = createRoute({
  method: 'delete',
  path: '/api/learning-route/shares/{shareId}',
  tags,
  summary: 'Stop sharing my route with this person',
  request: { params: routeShareParam },
  responses: { 200: jsonResponse(routeShareSchema, 'Revoked'), ...errors },
})

export const listRoutesSharedWithMe = createRoute({
  method: 'get',
  path: '/api/learning-routes/shared-with-me',
  tags,
  summary: 'Leerroutes shared with me as manager or coach',
  responses: {
    200: jsonResponse(
      z.object({
        routes: z.array(
          z.object({
            ownerId: z.string(),
            owner: z.string(),
            sharedAt: z.string(),
            activeGoals: z.number().int(),
            openActivities: z.number().int(),
          }),
        ),
      }),
      'Routes',
    ),
    ...errors,
  },
})

export const getSharedRoute = createRoute({
  method: 'get',
  path: '/api/learning-routes/{ownerId}',
  tags,
  summary: 'A leerroute shared with me (the view is logged for its owner)',
  request: { params: ownerParam },
  responses: {
    200: jsonResponse(
      z.object({
        owner: z.object({ id: z.string(), name: z.string() }),
        goals: z.array(goalSchema),
      }),
      'The route',
    ),
    ...errors,
  },
})

export const getTrainingNeeds = createRoute({
  method: 'get',
  path: '/api/organisations/{organisationId}/training-needs',
  tags,
  summary:
    'Anonymous training needs of the organisation (themes, goals, forms) over routes shared with its managers — only over enough people',
  request: { params: z.object({ organisationId: idSchema }) },
  responses: {
    200: jsonResponse(
      z.object({
        minGroupSize: z.number().int(),
        /** Null (and everything below empty) when fewer than `minGroupSize` people. */
        people: z.number().int().nullable(),
        activeGoals: z.number().int().nullable(),
        themes: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            map: z.object({ slug: z.string(), title: z.string() }),
            goals: z.number().int(),
            people: z.number().int(),
          }),
        ),
        forms: z.array(
          z.object({
            form: z.enum(OFFERING_FORMS),
            activities: z.number().int(),
            people: z.number().int(),
            /** Sum of the catalogue prices of these activities (own activities count 0). */
            costCents: z.number().int(),
          }),
        ),
        /** Themes and forms left out because fewer than `minGroupSize` people chose them. */
        hiddenThemes: z.number().int(),
        hiddenForms: z.number().int(),
      }),
      'Training needs',
    ),
    ...errors,
  },
})
