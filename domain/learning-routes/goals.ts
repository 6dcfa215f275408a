import { z } from 'zod'
import { OFFERING_FORMS, OFFERING_LEVELS } from '../catalogue/model.ts'
import { caseUuidSchema } from '../knowledge-maps/model.ts'
import { dateSchema } from '../validation.ts'

/**
 * Leerdoelen in SMART form (what, why, how you will know, by when), each linked to one or
 * more kenniskaart objectives by identity; and the activities of the leerroute that serve them.
 */
export const GOAL_TEXT_MAX = 1000
export const GOAL_STATUSES = ['active', 'completed', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]
export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' })
const date = dateSchema

export const goalInput = z.strictObject({
  title: text(300),
  why: text(GOAL_TEXT_MAX),
  measure: text(GOAL_TEXT_MAX),
  deadline: date,
  objectiveIds: z
    .array(caseUuidSchema, { error: 'required' })
    .min(1, { error: 'required' })
    .max(50, { error: 'too_long' }),
  /** The zelfscan whose development points the goal came from, if any. */
  sourceScanId: z.uuid({ error: 'invalid' }).nullable().default(null),
})
export type GoalInput = z.infer<typeof goalInput>

export const goalUpdateInput = goalInput.omit({ sourceScanId: true })

export const goalStatusInput = z.strictObject({
  status: z.enum(GOAL_STATUSES, { error: 'invalid_choice' }),
})

export const activityInput = z
  .strictObject({
    /** A catalogue offering; leave out for one's own (informal) activity. */
    offeringId: z.uuid({ error: 'invalid' }).nullable().default(null),
    title: z.string().trim().max(300, { error: 'too_long' }).default(''),
    form: z.enum(OFFERING_FORMS, { error: 'invalid_choice' }).nullable().default(null),
    note: z.string().trim().max(GOAL_TEXT_MAX, { error: 'too_long' }).default(''),
    plannedStart: date,
    plannedEnd: date.nullable().default(null),
  })
  .refine((a) => a.offeringId !== null || a.title !== '', { error: 'required', path: ['title'] })
  .refine((a) => a.offeringId !== null || a.form !== null, { error: 'required', path: ['form'] })
  .refine((a) => a.plannedEnd === null || a.plannedEnd >= a.plannedStart, {
    error: 'before_start',
    path: ['plannedEnd'],
  })
export type ActivityInput = z.infer<typeof activityInput>

export const activityUpdateInput = z
  .strictObject({
    status: z.enum(ACTIVITY_STATUSES, { error: 'invalid_choice' }),
    note: z.string().trim().max(GOAL_TEXT_MAX, { error: 'too_long' }).default(''),
    plannedStart: date,
    plannedEnd: date.nullable().default(null),
  })
  .refine((a) => a.plannedEnd === null || a.plannedEnd >= a.plannedStart, {
    error: 'before_start',
    path: ['plannedEnd'],
  })

/** The person's preferences for suggestions; each one given is a filter, never a hint. */
export const suggestionQuery = z.object({
  forms: z
    .union([z.enum(OFFERING_FORMS), z.array(z.enum(OFFERING_FORMS))], { error: 'invalid_choice' })
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  online: z.enum(['true', 'false'], { error: 'invalid_choice' }).optional(),
  maxCostCents: z.coerce.number({ error: 'not_an_amount' }).int().min(0).optional(),
  maxStudyHours: z.coerce.number({ error: 'invalid' }).min(0).optional(),
  level: z.enum(OFFERING_LEVELS, { error: 'invalid_choice' }).optional(),
})
