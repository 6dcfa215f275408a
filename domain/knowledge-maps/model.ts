import { z } from 'zod'

/** Who a kenniskaart is for: the seed's two levels and their audiences. */
export const MAP_LEVELS = ['basis', 'gevorderden'] as const
export type MapLevel = (typeof MAP_LEVELS)[number]
export const MAP_AUDIENCES = ['zij-instromers', 'beginners', 'gevorderden'] as const
export type MapAudience = (typeof MAP_AUDIENCES)[number]

/** State of a map as a whole: concept until a version is published; archived when retired. */
export const MAP_STATES = ['concept', 'in_review', 'published', 'archived'] as const
export type MapState = (typeof MAP_STATES)[number]

/** State of one version. A published version stays readable after a newer one replaces it. */
export const VERSION_STATES = ['draft', 'in_review', 'published', 'superseded'] as const
export type VersionState = (typeof VERSION_STATES)[number]

export const NODE_KINDS = ['domain', 'theme', 'objective'] as const
export type NodeKind = (typeof NODE_KINDS)[number]

export const TITLE_MAX = 400
export const DESCRIPTION_MAX = 4000

/** Lowercase UUID with variant 8/9/a/b, as CASE 1.1 requires for identifiers. */
export const caseUuidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
    error: 'invalid',
  })

const titleSchema = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(TITLE_MAX, { error: 'too_long' })

export const objectiveContentSchema = z.strictObject({ id: caseUuidSchema, title: titleSchema })
export const themeContentSchema = z.strictObject({
  id: caseUuidSchema,
  title: titleSchema,
  objectives: z.array(objectiveContentSchema).min(1, { error: 'too_short' }),
})
export const domainContentSchema = z.strictObject({
  id: caseUuidSchema,
  title: titleSchema,
  themes: z.array(themeContentSchema).min(1, { error: 'too_short' }),
})

/** A kenniskaart as a reviewed file in `content/kenniskaarten/<slug>.json`. */
export const mapContentSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'invalid' }),
    title: titleSchema,
    audience: z.enum(MAP_AUDIENCES),
    level: z.enum(MAP_LEVELS),
    status: z.enum(['concept', 'published']),
    description: z.string().trim().min(1).max(DESCRIPTION_MAX),
    documentId: caseUuidSchema,
    version: z.strictObject({
      number: z.number().int().positive().nullable(),
      publishedAt: z.iso.date().nullable(),
    }),
    domains: z.array(domainContentSchema).min(1, { error: 'too_short' }),
  })
  .superRefine((map, ctx) => {
    const published = map.status === 'published'
    if (published !== (map.version.number !== null && map.version.publishedAt !== null)) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: 'invalid' })
    }
    const ids = new Set<string>([map.documentId])
    const check = (id: string, path: (string | number)[]) => {
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path, message: 'invalid' })
      ids.add(id)
    }
    map.domains.forEach((domain, d) => {
      check(domain.id, ['domains', d, 'id'])
      domain.themes.forEach((theme, t) => {
        check(theme.id, ['domains', d, 'themes', t, 'id'])
        theme.objectives.forEach((objective, o) => {
          check(objective.id, ['domains', d, 'themes', t, 'objectives', o, 'id'])
        })
      })
    })
  })
export type MapContent = z.infer<typeof mapContentSchema>
