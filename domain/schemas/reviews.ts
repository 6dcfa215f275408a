import { z } from 'zod'
import { caseUuidSchema, TITLE_MAX } from '../knowledge-maps/model.ts'
import { dateSchema } from '../validation.ts'
import { emailSchema, idSchema } from './account.ts'
import { linkUriSchema } from './links.ts'

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

/**
 * What a proposal changes in the concept, as data, so adopting it can apply it: another
 * wording of a theme or objective, a new objective under a theme, removing a theme or
 * objective, or moving one (an objective to another theme, a theme to another domain, or to
 * another place among its siblings). The node is the comment's own `nodeId`.
 */
export const PROPOSAL_CHANGES = ['reword', 'add', 'remove', 'move'] as const
export type ProposalChange = (typeof PROPOSAL_CHANGES)[number]

const proposalTitle = z.string().trim().max(TITLE_MAX, { error: 'too_long' }).optional()

export const commentInput = z
  .object({
    /** A theme or objective of the round's version; null comments on the map as a whole. */
    nodeId: caseUuidSchema.nullable().default(null),
    kind: z.enum(['comment', 'proposal'], { error: 'invalid_choice' }),
    /** A comment's text; for a proposal: why. */
    body: text(4000),
    /** For a proposal: what it changes. */
    change: z.enum(PROPOSAL_CHANGES, { error: 'invalid_choice' }).optional(),
    /** For `reword`: the new wording; for `add`: the new objective's wording. */
    title: proposalTitle,
    /** For `move`: the new parent (a theme for an objective, a domain for a theme). */
    targetId: caseUuidSchema.optional(),
    /** For `move`: the place among the new siblings, from 0; at the end when left out. */
    position: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0).optional(),
  })
  .superRefine((input, context) => {
    if (input.kind !== 'proposal') return
    const missing = (field: string) =>
      context.addIssue({ code: 'custom', message: 'required', path: [field] })
    if (input.nodeId === null) missing('nodeId')
    if (!input.change) return missing('change')
    if ((input.change === 'reword' || input.change === 'add') && !input.title) missing('title')
    if (input.change === 'move' && !input.targetId && input.position === undefined)
      missing('targetId')
  })

/** The change a proposal carries, as stored and presented. */
export const proposalSchema = z.object({
  change: z.enum(PROPOSAL_CHANGES),
  title: z.string().nullable(),
  targetId: z.string().nullable(),
  targetTitle: z.string().nullable(),
  position: z.number().int().nullable(),
})
export type Proposal = z.infer<typeof proposalSchema>

/**
 * How the programme team adopts a proposal: `apply` changes the concept, or answers
 * `proposal_conflict` when the part changed since it was proposed; `anyway` applies it over
 * such a change; `byHand` marks it adopted after the team changed the concept themselves.
 */
export const ADOPTIONS = ['apply', 'anyway', 'byHand'] as const

export const responseInput = z.object({
  status: z.enum(['answered', 'accepted', 'declined'], { error: 'invalid_choice' }),
  response: z.string().trim().max(4000, { error: 'too_long' }).default(''),
  adopt: z.enum(ADOPTIONS, { error: 'invalid_choice' }).default('apply'),
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
  uri: z.string().trim().max(2000, { error: 'too_long' }).pipe(linkUriSchema),
  label: text(TITLE_MAX),
  relation: z.enum(['exactMatchOf', 'isRelatedTo'], { error: 'invalid_choice' }),
})
