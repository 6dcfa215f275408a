import { z } from 'zod'
import { caseUuidSchema } from '../knowledge-maps/model.ts'

/** How important an objective is for one's current or future work. */
export const IMPORTANCE = [1, 2, 3] as const
export type Importance = (typeof IMPORTANCE)[number]

/** One objective's answer. Answered means: a level, or "not applicable". */
export interface Answer {
  level: number | null
  notApplicable: boolean
  develop: boolean
  importance: Importance | null
}

export const THEME_NOTE_MAX = 2000

/** What the autosave sends: the answers and notes that changed (a partial update). */
export const answerInput = z
  .strictObject({
    objectiveId: caseUuidSchema,
    level: z.number({ error: 'invalid' }).int({ error: 'invalid' }).nullable().default(null),
    notApplicable: z.boolean({ error: 'invalid' }).default(false),
    develop: z.boolean({ error: 'invalid' }).default(false),
    importance: z
      .union([z.literal(1), z.literal(2), z.literal(3)], { error: 'invalid_choice' })
      .nullable()
      .default(null),
  })
  .refine((a) => !(a.notApplicable && a.level !== null), {
    error: 'invalid_choice',
    path: ['level'],
  })

export const saveAnswersInput = z.strictObject({
  answers: z.array(answerInput).max(1000, { error: 'too_long' }).default([]),
  themeNotes: z
    .array(
      z.strictObject({
        themeId: caseUuidSchema,
        note: z.string({ error: 'invalid' }).trim().max(THEME_NOTE_MAX, { error: 'too_long' }),
      }),
    )
    .max(200, { error: 'too_long' })
    .default([]),
})
export type SaveAnswersInput = z.infer<typeof saveAnswersInput>

export const isAnswered = (answer: Answer | undefined) =>
  answer !== undefined && (answer.notApplicable || answer.level !== null)

export const emptyAnswer = (): Answer => ({
  level: null,
  notApplicable: false,
  develop: false,
  importance: null,
})
