import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { slugParam } from '../schemas/knowledge-maps.ts'
import {
  addParticipantsInput,
  candidatesQuery,
  commentInput,
  commentParam,
  createRoundInput,
  proposalSchema,
  responseInput,
  roundParam,
  workSessionInput,
} from '../schemas/reviews.ts'
import {
  authErrors,
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'
import { mapTreeSchema } from './knowledge-maps.ts'

export const roundSummarySchema = z.object({
  id: z.string(),
  map: z.object({ slug: z.string(), title: z.string() }),
  title: z.string(),
  deadline: z.string(),
  state: z.enum(['open', 'closed']),
  /**
   * When the round closed: by hand (the programme team), by publishing the version it was on,
   * or by its deadline passing.
   */
  closedAt: z.string().nullable(),
  closedBy: z.enum(['hand', 'publish', 'deadline']).nullable(),
  counts: z.object({
    participants: z.number().int(),
    comments: z.number().int(),
    open: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    answered: z.number().int(),
  }),
  createdAt: z.string(),
})
export type RoundSummary = z.infer<typeof roundSummarySchema>

export const commentSchema = z.object({
  id: z.string(),
  nodeId: z.string().nullable(),
  kind: z.enum(['comment', 'proposal']),
  body: z.string(),
  proposedTitle: z.string().nullable(),
  /** A proposal's change; null for a comment (and for early proposals on the whole map). */
  proposal: proposalSchema.nullable(),
  /** The part's title when the proposal was made. */
  nodeTitle: z.string().nullable(),
  author: z.string().nullable(),
  mine: z.boolean(),
  status: z.enum(['open', 'answered', 'accepted', 'declined']),
  /** An accepted proposal: applied to the concept, or done by hand by the programme team. */
  adoption: z.enum(['applied', 'byHand']).nullable(),
  response: z.string().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
})

export const roundDetailSchema = z.object({
  round: roundSummarySchema,
  tree: mapTreeSchema,
  comments: z.array(commentSchema),
  /** Only for the programme team. */
  participants: z.array(z.object({ email: z.string(), name: z.string().nullable() })).nullable(),
  canComment: z.boolean(),
  canRespond: z.boolean(),
})

const tags = ['reviews']
const errors = { ...authErrors, 404: problemResponse('No such map or round'), ...validationErrors }

export const listMapRounds = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/review-rounds',
  tags,
  summary: 'Review rounds of a map (programme team)',
  request: { params: slugParam },
  responses: {
    200: jsonResponse(z.object({ rounds: z.array(roundSummarySchema) }), 'Rounds'),
    ...errors,
  },
})

export const createRound = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/review-rounds',
  tags,
  summary: "Open a review round on the map's draft and invite reviewers by e-mail",
  request: { params: slugParam, body: jsonBody(createRoundInput) },
  responses: { 201: jsonResponse(roundSummarySchema, 'The round'), ...errors },
})

export const listMyRounds = createRoute({
  method: 'get',
  path: '/api/review-rounds',
  tags,
  summary: 'Review rounds the signed-in person is invited to',
  responses: {
    200: jsonResponse(z.object({ rounds: z.array(roundSummarySchema) }), 'Rounds'),
    ...authErrors,
  },
})

export const getRound = createRoute({
  method: 'get',
  path: '/api/review-rounds/{roundId}',
  tags,
  summary: 'A round with its concept tree and comments (invited reviewers, programme team)',
  request: { params: roundParam },
  responses: { 200: jsonResponse(roundDetailSchema, 'The round'), ...errors },
})

export const addParticipants = createRoute({
  method: 'post',
  path: '/api/review-rounds/{roundId}/participants',
  tags,
  summary: 'Invite more reviewers (programme team)',
  request: { params: roundParam, body: jsonBody(addParticipantsInput) },
  responses: { 200: jsonResponse(roundSummarySchema, 'The round'), ...errors },
})

export const listCandidates = createRoute({
  method: 'get',
  path: '/api/review-rounds/{roundId}/candidates',
  tags,
  summary:
    'Accounts to invite, found by part of their name or e-mail address (programme team; at most 20)',
  request: { params: roundParam, query: candidatesQuery },
  responses: {
    200: jsonResponse(
      z.object({
        candidates: z.array(
          z.object({
            name: z.string(),
            email: z.string(),
            /** Already invited to this round. */
            invited: z.boolean(),
          }),
        ),
        /** More accounts match than are listed: the search should be narrower. */
        truncated: z.boolean(),
      }),
      'Matching accounts, by name',
    ),
    ...errors,
  },
})

export const addComment = createRoute({
  method: 'post',
  path: '/api/review-rounds/{roundId}/comments',
  tags,
  summary: 'Comment on a theme or objective, or propose one (invited reviewers)',
  request: { params: roundParam, body: jsonBody(commentInput) },
  responses: {
    201: jsonResponse(commentSchema, 'The comment'),
    409: problemResponse('The round is closed or past its deadline'),
    ...errors,
  },
})

export const respondToComment = createRoute({
  method: 'post',
  path: '/api/review-rounds/{roundId}/comments/{commentId}/response',
  tags,
  summary:
    'Answer, accept or decline a comment (programme team); accepting a proposal applies its change to the concept',
  request: { params: commentParam, body: jsonBody(responseInput) },
  responses: {
    200: jsonResponse(commentSchema, 'The comment'),
    409: problemResponse(
      'The proposal conflicts with the concept as it is now, or was applied already',
    ),
    ...errors,
  },
})

export const closeRound = createRoute({
  method: 'post',
  path: '/api/review-rounds/{roundId}/close',
  tags,
  summary: 'Close a round (programme team)',
  request: { params: roundParam },
  responses: { 200: jsonResponse(messageSchema, 'Closed'), ...errors },
})

export const workSessionSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  participants: z.string(),
  outcomes: z.string(),
  version: z.object({ number: z.number().int().nullable(), state: z.string() }),
  createdAt: z.string(),
})

export const listWorkSessions = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/work-sessions',
  tags,
  summary: 'Work sessions held on a map (programme team)',
  request: { params: slugParam },
  responses: {
    200: jsonResponse(z.object({ sessions: z.array(workSessionSchema) }), 'Sessions'),
    ...errors,
  },
})

export const recordWorkSession = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/work-sessions',
  tags,
  summary: 'Record a work session: date, participants and outcomes, linked to the draft',
  request: { params: slugParam, body: jsonBody(workSessionInput) },
  responses: { 201: jsonResponse(workSessionSchema, 'The session'), ...errors },
})
