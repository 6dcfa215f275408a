import { z } from 'zod'

/**
 * A field whose domain check (a pattern, a date) would call an empty value "invalid": empty
 * is reported as "required" first, so the person reads "fill this in" instead of "wrong".
 *
 * @example workSessionInput.extend({ heldOn: filledIn(workSessionInput.shape.heldOn) })
 */
export function filledIn<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.string().trim().min(1, { error: 'required' }).pipe(schema)
}
