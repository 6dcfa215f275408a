import { z } from 'zod'

/**
 * The duurzame-inzetbaarheidscheck: the seed's four dimensions, a few statements each
 * (`content/duurzame-inzetbaarheid.json`), answered on a 1–5 agreement scale. A dimension's
 * score is the mean of its answers, with reversed statements turned around (6 − answer);
 * the score falls in a band, and each band of each dimension has practical tips.
 */
const localised = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) })
const localisedList = z.strictObject({
  nl: z.array(z.string().min(1)).min(1),
  en: z.array(z.string().min(1)).min(1),
})

export const BAND_IDS = ['attention', 'fair', 'good'] as const
export type BandId = (typeof BAND_IDS)[number]

export const employabilityContentSchema = z
  .strictObject({
    version: z.number().int().positive(),
    title: localised,
    intro: localised,
    answers: z
      .array(z.strictObject({ value: z.number().int(), label: localised }))
      .length(5)
      .refine((answers) => answers.every((a, i) => a.value === i + 1)),
    bands: z
      .array(
        z.strictObject({ id: z.enum(BAND_IDS), below: z.number().nullable(), label: localised }),
      )
      .length(BAND_IDS.length),
    dimensions: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: localised,
          statements: z
            .array(
              z.strictObject({
                id: z.string().regex(/^[a-z0-9-]+$/),
                text: localised,
                reversed: z.boolean(),
              }),
            )
            .min(3),
          tips: z.strictObject({
            attention: localisedList,
            fair: localisedList,
            good: localisedList,
          }),
        }),
      )
      .length(4),
  })
  .refine(
    (content) => {
      const ids = content.dimensions.flatMap((d) => d.statements.map((s) => s.id))
      return new Set(ids).size === ids.length
    },
    { error: 'statement ids must be unique' },
  )
export type EmployabilityContent = z.infer<typeof employabilityContentSchema>

export const employabilityAnswersInput = z.strictObject({
  answers: z
    .record(
      z.string().max(100),
      z
        .number({ error: 'invalid' })
        .int({ error: 'invalid' })
        .min(1, { error: 'out_of_range' })
        .max(5, {
          error: 'out_of_range',
        }),
    )
    .default({}),
})

export interface DimensionResult {
  id: string
  score: number | null
  answered: number
  statements: number
  band: BandId | null
}

/** Scores per dimension; a dimension without answers has no score and no band. */
export function scoreEmployability(
  content: EmployabilityContent,
  answers: Readonly<Record<string, number>>,
): DimensionResult[] {
  return content.dimensions.map((dimension) => {
    const values = dimension.statements.flatMap((s) => {
      const value = answers[s.id]
      if (value === undefined) return []
      return [s.reversed ? 6 - value : value]
    })
    const score =
      values.length === 0
        ? null
        : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
    const band =
      score === null
        ? null
        : (content.bands.find((b) => b.below === null || score < b.below)?.id ?? null)
    return {
      id: dimension.id,
      score,
      answered: values.length,
      statements: dimension.statements.length,
      band,
    }
  })
}
