import { z } from 'zod'
import { caseUuidSchema, TITLE_MAX } from '../knowledge-maps/model.ts'
import { dateSchema } from '../validation.ts'
import { emailSchema, idSchema } from './account.ts'

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' })

export const roundParam = z.object({ roundId: idSchema })
export const commentParam = roundParam.extend({ commentId: idSchema })

export const createRoundInput = z.object({
  title: text(200),
  /** Last day to comment, YYYY-MM-DD, today or later. */
  deadline: dateSchema,
  emails: z.array(emailSchema).max(200, { error: 'too_long' }).default([]),
})

/** Searching accounts to invite: a part of a name or an e-mail address. */
export const candidatesQuery = z.object({
  q: z
    .string({ error: 'required' })
    .trim()
    .min(2, { error: 'too_short' })
    .max(100, { error: 'too_long' }),
})
export const CANDIDATES_MAX = 20

export const addParticipantsInput = z.object({
  emails: z.array(emailSchema).min(1, { error: 'required' }).max(200, { error: 'too_long' }),
})

export const commentInput = z
  .object({
    /** A theme or objective of the round's version; null comments on the map as a whole. */
    nodeId: caseUuidSchema.nullable().default(null),
    kind: z.enum(['comment', 'proposal'], { error: 'invalid_choice' }),
    body: text(4000),
    /** For a proposal: the wording of the proposed (new or changed) objective. */
    proposedTitle: z.string().trim().max(TITLE_MAX, { error: 'too_long' }).optional(),
  })
  .refine((c) => c.kind !== 'proposal' || (c.proposedTitle ?? '').length > 0, {
    error: 'required',
    path: ['proposedTitle'],
  })

export const responseInput = z.object({
  status: z.enum(['answered', 'accepted', 'declined'], { error: 'invalid_choice' }),
  response: z.string().trim().max(4000, { error: 'too_long' }).default(''),
})

export const workSessionInput = z.object({
  heldOn: dateSchema,
  title: text(200),
  participants: text(4000),
  outcomes: text(20000),
})

export const CROSSWALK_FRAMEWORKS = ['rddi', 'esco', 'kenniskaart', 'other'] as const
export const crosswalkInput = z.object({
  framework: z.enum(CROSSWALK_FRAMEWORKS, { error: 'invalid_choice' }),
  uri: z.url({ error: 'invalid' }).max(2000, { error: 'too_long' }),
  label: text(TITLE_MAX),
  relation: z.enum(['exactMatchOf', 'isRelatedTo'], { error: 'invalid_choice' }),
})
