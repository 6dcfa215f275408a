import { z } from 'zod'
import { filledIn } from '../../components/form/required.ts'
import { today } from './queries.ts'

/**
 * `schema` (the API's own input) plus browser-side checks in `extra` that the API schema
 * cannot hold, e.g. "not before today". Both run on every submit, so the person sees all
 * problems at once; for a field both complain about, the check in `extra` speaks.
 *
 * @example withChecks(activityInput, z.object({ plannedStart: startsFromToday }))
 */
export function withChecks<S extends z.ZodType>(schema: S, extra: z.ZodType) {
  return z.unknown().transform((value, ctx): z.output<S> => {
    const first = extra.safeParse(value)
    const second = schema.safeParse(value)
    const reported = new Set<string>()
    for (const result of [first, second]) {
      if (result.success) continue
      for (const issue of result.error.issues) {
        const key = issue.path.join('.')
        if (result === second && reported.has(key)) continue
        reported.add(key)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
      }
    }
    return second.success && first.success ? second.data : z.NEVER
  })
}

const isoDate = z.iso.date({ error: 'invalid' })

/** A date to fill in, today or later: the start of a new plan. */
export const startsFromToday = filledIn(isoDate).refine((date) => date >= today(), {
  error: 'in_past',
})

/** A date to fill in: the start of a plan already made. */
export const filledInDate = filledIn(isoDate)
