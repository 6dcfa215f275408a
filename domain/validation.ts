import { z } from 'zod'

/**
 * Stable codes for what is wrong with a field. Schemas in `domain/` use them as their error
 * messages, so the API and the web form report the same code and the web app translates it
 * (`validation.<code>` in web/i18n).
 */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid',
  'too_short',
  'too_long',
  'reserved',
  'invalid_email',
  'password_too_short',
  'password_too_long',
  'password_common',
  'invalid_choice',
  'passwords_differ',
  'password_incorrect',
  'not_an_amount',
  'no_account',
  'taken',
  'out_of_range',
  'in_past',
  'before_start',
  'invalid_date',
] as const

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `roles.0`. Empty for the whole input. */
  field: string
  code: FieldErrorCode
  /** Values for the message, such as `{ minimum: 12 }`. */
  params?: Record<string, number | string>
}

const known = new Set<string>(FIELD_ERROR_CODES)

/**
 * A calendar date as `YYYY-MM-DD` (what a date input sends). Empty is `required`; anything
 * else that is no real date (31 February, 31-12-2026) is `invalid_date`, whose message says
 * what is expected instead of only "this is not right".
 */
export const dateSchema = z.iso.date({
  error: (issue) => (issue.input === '' || issue.input === undefined ? 'required' : 'invalid_date'),
})

/** Turns zod issues into field errors with stable codes. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.')
    const params: Record<string, number | string> = {}
    if ('minimum' in issue && issue.minimum !== undefined) params.minimum = Number(issue.minimum)
    if ('maximum' in issue && issue.maximum !== undefined) params.maximum = Number(issue.maximum)
    let code: FieldErrorCode
    if (known.has(issue.message)) code = issue.message as FieldErrorCode
    else if (issue.code === 'invalid_type' && issue.input === undefined) code = 'required'
    else if (issue.code === 'too_small') code = 'too_short'
    else if (issue.code === 'too_big') code = 'too_long'
    else if (issue.code === 'invalid_value') code = 'invalid_choice'
    else code = 'invalid'
    return Object.keys(params).length > 0 && code !== 'required'
      ? { field, code, params }
      : { field, code }
  })
}
