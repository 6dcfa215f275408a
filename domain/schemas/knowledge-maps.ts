import { z } from 'zod'
import {
  caseUuidSchema,
  MAP_AUDIENCES,
  MAP_STATES,
  NODE_KINDS,
  TITLE_MAX,
} from '../knowledge-maps/model.ts'

/** An empty field is `required`; a filled-in one that is wrong is `invalid`. */
export const requiredOrInvalid = (issue: { input?: unknown }) =>
  issue.input === '' ? 'required' : 'invalid'

/**
 * Words the web app uses after `/kenniskaarten/` (and the API after `/api/knowledge-maps/`): a
 * map with such a slug could never be reached at its own address.
 */
export const RESERVED_SLUGS = [
  'zoeken',
  'importeren',
  'vergelijken',
  'bewerken',
  'reviewrondes',
  'werksessies',
  'search',
  'import',
] as const

export const slugParam = z.object({
  slug: z
    .string({ error: 'required' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: requiredOrInvalid })
    .max(80, { error: 'too_long' }),
})
export const versionParam = slugParam.extend({
  number: z.coerce
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .positive({ error: 'invalid' }),
})
export const nodeParam = slugParam.extend({ nodeId: caseUuidSchema })

export const mapListQuery = z.object({
  audience: z.enum(MAP_AUDIENCES, { error: 'invalid_choice' }).optional(),
  state: z.enum(MAP_STATES, { error: 'invalid_choice' }).optional(),
})

export const searchQuery = z.object({
  q: z.string().trim().min(2, { error: 'too_short' }).max(100, { error: 'too_long' }),
})

const nodeTitle = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(TITLE_MAX, { error: 'too_long' })

/** Add a domain (no parent), a theme (parent: a domain) or an objective (parent: a theme). */
export const addNodeInput = z.object({
  kind: z.enum(NODE_KINDS, { error: 'invalid_choice' }),
  parentId: caseUuidSchema.nullable().default(null),
  title: nodeTitle,
  /** 0-based place among its siblings; at the end when left out. */
  position: z.number().int().min(0).optional(),
})

/** Rename, move to another parent of the right kind, or reorder among siblings. */
export const updateNodeInput = z
  .object({
    title: nodeTitle,
    parentId: caseUuidSchema,
    position: z.number().int().min(0),
  })
  .partial()

export const publishInput = z.object({
  changeNote: z.string().trim().max(2000, { error: 'too_long' }).default(''),
})

const versionRef = z.union([z.literal('draft'), z.coerce.number().int().positive()], {
  error: 'invalid',
})
export const compareQuery = z.object({ from: versionRef, to: versionRef })

/** Characters of a kenniskaart CSV (import, draft replacement). */
export const MAP_CSV_MAX = 1_000_000

export const importMapInput = z.object({
  slug: slugParam.shape.slug.refine(
    (slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug),
    { error: 'reserved' },
  ),
  title: nodeTitle,
  description: z.string().trim().min(1, { error: 'required' }).max(4000, { error: 'too_long' }),
  audience: z.enum(MAP_AUDIENCES, { error: 'invalid_choice' }),
  level: z.enum(['basis', 'gevorderden'], { error: 'invalid_choice' }),
  format: z.enum(['case', 'csv'], { error: 'invalid_choice' }),
  /** The CASE package (format `case`), checked by the importer item by item. */
  package: z.unknown().optional(),
  /** The CSV text (format `csv`), at most `MAP_CSV_MAX` characters. */
  csv: z.string().max(MAP_CSV_MAX, { error: 'too_long' }).optional(),
})

export const replaceDraftCsvInput = z.object({
  csv: z.string({ error: 'required' }).max(MAP_CSV_MAX, { error: 'too_long' }),
})
