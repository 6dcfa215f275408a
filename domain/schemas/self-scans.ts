import { z } from 'zod'
import { idSchema } from './account.ts'

export { saveAnswersInput } from '../self-scans/answers.ts'
export { employabilityAnswersInput } from '../self-scans/employability.ts'

export const scanParam = z.object({ scanId: idSchema })
export const shareParam = scanParam.extend({ shareId: idSchema })
export const checkParam = z.object({ checkId: idSchema })
export const organisationParam = z.object({ organisationId: idSchema })

export const startScanInput = z.strictObject({
  /** The kenniskaart's slug; its current published version is used. */
  map: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(100, {
    error: 'too_long',
  }),
})

export const SHARE_SCOPES = ['summary', 'full'] as const
export type ShareScope = (typeof SHARE_SCOPES)[number]

/** Share with one's own manager (by id, from the share targets) or a coach (by id or address). */
export const shareInput = z
  .strictObject({
    granteeId: idSchema.optional(),
    email: z.email({ error: 'invalid_email' }).trim().toLowerCase().max(254).optional(),
    scope: z.enum(SHARE_SCOPES, { error: 'invalid_choice' }),
  })
  .refine((s) => (s.granteeId === undefined) !== (s.email === undefined), {
    error: 'required',
    path: ['granteeId'],
  })

export const reportQuery = z.object({ lang: z.enum(['nl', 'en']).optional() })
export const overviewQuery = z.object({
  map: z.string().trim().min(1, { error: 'required' }).max(100).optional(),
})
