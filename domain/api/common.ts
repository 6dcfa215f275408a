import { z } from 'zod'
import { FIELD_ERROR_CODES } from '../validation.ts'

/** problem+json body of every API error (RFC 9457), with our stable `code`. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        field: z.string(),
        code: z.enum(FIELD_ERROR_CODES),
        params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
      }),
    )
    .optional(),
  /**
   * Each line, item or node that is wrong, its place as data: a CSV `line` and `column`; a CASE
   * `list`, `index` and `field`; a map node's `nodeId`, `nodeKind` and `title`.
   */
  problems: z
    .array(
      z.object({
        code: z.string(),
        line: z.number().int().optional(),
        column: z.string().optional(),
        list: z.string().optional(),
        index: z.number().int().optional(),
        field: z.string().optional(),
        detail: z.string().optional(),
        nodeId: z.string().optional(),
        nodeKind: z.string().optional(),
        title: z.string().optional(),
      }),
    )
    .optional(),
})
export type Problem = z.infer<typeof problemSchema>

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
})

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
})

export const jsonResponse = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

export const messageSchema = z.object({ ok: z.literal(true) })

/** Errors every authenticated route may answer with. */
export const authErrors = {
  401: problemResponse('Not signed in'),
  403: problemResponse('Not allowed'),
} as const

export const validationErrors = {
  415: problemResponse('Body is not JSON'),
  422: problemResponse('Input is not valid'),
} as const
