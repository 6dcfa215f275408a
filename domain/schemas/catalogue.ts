import { z } from 'zod'
import {
  COST_MAX_CENTS,
  OFFERING_FORMS,
  OFFERING_LANGUAGES,
  OFFERING_LEVELS,
  parseDutchAmount,
} from '../catalogue/model.ts'
import { caseUuidSchema } from '../knowledge-maps/model.ts'
import { dateSchema } from '../validation.ts'
import { emailSchema, idSchema } from './account.ts'
import { webUrlSchema } from './links.ts'

export const OFFERING_TITLE_MAX = 200
export const OFFERING_DESCRIPTION_MAX = 4000
export const OFFERING_OBJECTIVES_MAX = 50
export const START_MOMENTS_MAX = 24
/** Rows of one CSV upload; a provider's whole catalogue fits easily. */
export const CSV_ROWS_MAX = 2000

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' })
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .default('')
    .transform((value) => value || null)

/** A Dutch amount ("€ 1.250,00", "1250,50", "0") or a number of cents → whole cents. */
export const costSchema = z
  .union([z.number(), z.string()], { error: 'not_an_amount' })
  .transform((value, ctx) => {
    if (typeof value === 'string' && value.trim() === '') {
      ctx.issues.push({ code: 'custom', message: 'required', input: value })
      return z.NEVER
    }
    const cents =
      typeof value === 'number'
        ? Number.isSafeInteger(value) && value >= 0 && value <= COST_MAX_CENTS
          ? value
          : null
        : parseDutchAmount(value)
    if (cents === null) {
      ctx.issues.push({ code: 'custom', message: 'not_an_amount', input: value })
      return z.NEVER
    }
    return cents
  })

/** Hours of study, with a decimal comma or point ("1,5"); at most 10,000. */
export const studyHoursSchema = z
  .union([z.number(), z.string()], { error: 'invalid' })
  .transform((value, ctx) => {
    if (typeof value === 'string' && value.trim() === '') {
      ctx.issues.push({ code: 'custom', message: 'required', input: value })
      return z.NEVER
    }
    const text = String(value).trim()
    const hours = /^\d+([.,]\d{1,2})?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN
    if (!Number.isFinite(hours) || hours > 10_000) {
      ctx.issues.push({ code: 'custom', message: 'invalid', input: value })
      return z.NEVER
    }
    return hours
  })

/** An offering as a provider or the programme team enters it (form, API and CSV row alike). */
export const offeringInput = z
  .object({
    providerId: idSchema,
    title: text(OFFERING_TITLE_MAX),
    description: text(OFFERING_DESCRIPTION_MAX),
    form: z.enum(OFFERING_FORMS, { error: 'invalid_choice' }),
    level: z.enum(OFFERING_LEVELS, { error: 'invalid_choice' }),
    studyHours: studyHoursSchema,
    cost: costSchema,
    language: z.enum(OFFERING_LANGUAGES, { error: 'invalid_choice' }),
    online: z.boolean({ error: 'invalid' }),
    location: optionalText(200),
    /** Dates (YYYY-MM-DD) on which it starts; none for "start any time". */
    startMoments: z.array(dateSchema).max(START_MOMENTS_MAX, { error: 'too_long' }).default([]),
    certificate: optionalText(300),
    url: z
      .string()
      .trim()
      .max(2000, { error: 'too_long' })
      .default('')
      .transform((value) => value || null)
      .pipe(webUrlSchema.nullable()),
    /** Objective identities (`map_nodes.node_id`) of kenniskaarten: what it helps to learn. */
    objectiveIds: z
      .array(caseUuidSchema)
      .min(1, { error: 'required' })
      .max(OFFERING_OBJECTIVES_MAX, { error: 'too_long' }),
  })
  .refine((o) => o.online || o.location !== null, { error: 'required', path: ['location'] })
export type OfferingInput = z.output<typeof offeringInput>

export const offeringParam = z.object({ offeringId: idSchema })
export const providerParam = z.object({ providerId: idSchema })

const flag = z
  .enum(['true', 'false'], { error: 'invalid_choice' })
  .transform((value) => value === 'true')

/** Search and filters of the catalogue (query string). */
export const offeringSearchQuery = z.object({
  q: z.string().trim().max(200, { error: 'too_long' }).optional(),
  form: z.enum(OFFERING_FORMS, { error: 'invalid_choice' }).optional(),
  level: z.enum(OFFERING_LEVELS, { error: 'invalid_choice' }).optional(),
  /** A kenniskaart by slug; offerings serving any of its objectives (in any numbered version). */
  map: z.string().trim().max(100, { error: 'too_long' }).optional(),
  theme: caseUuidSchema.optional(),
  objective: caseUuidSchema.optional(),
  /** Highest cost in whole euros. */
  maxCost: z.coerce
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(0, { error: 'invalid' })
    .max(1_000_000, { error: 'invalid' })
    .optional(),
  online: flag.optional(),
  provider: idSchema.optional(),
  /** Archived offerings are hidden unless asked for. */
  archived: flag.optional(),
  page: z.coerce
    .number({ error: 'invalid' })
    .int()
    .min(1, { error: 'invalid' })
    .max(500)
    .default(1),
})
export type OfferingSearch = z.output<typeof offeringSearchQuery>

export const manageQuery = z.object({ provider: idSchema.optional() })

export const providerInput = z.object({
  name: text(200),
  slug: z
    .string({ error: 'required' })
    .trim()
    .min(2, { error: 'too_short' })
    .max(60, { error: 'too_long' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalid' }),
  website: z
    .string()
    .trim()
    .max(2000, { error: 'too_long' })
    .default('')
    .transform((value) => value || null)
    .pipe(webUrlSchema.nullable()),
})

export const providerMemberInput = z.object({ email: emailSchema })

/** Characters of an offerings CSV upload. */
export const OFFERINGS_CSV_MAX = 2_000_000

export const csvUploadInput = z.object({
  csv: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(OFFERINGS_CSV_MAX, { error: 'too_long' }),
})
