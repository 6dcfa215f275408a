import type { z } from 'zod'
import { type MapContent, mapContentSchema } from './model.ts'
import type { MapTree } from './tree.ts'

/**
 * A version's tree in the repository's content format: exactly what
 * `content/kenniskaarten/<slug>.json` holds. A numbered version (published or superseded) is
 * written as `published` with its number and date; a draft as `concept`. Crosswalks are not
 * part of the content format (they travel in the CASE export) and are left out.
 *
 * Keys are in the order of the reviewed files, so `formatMapContent` of a seeded map gives
 * the file back byte for byte.
 */
export function toMapContent(tree: MapTree): MapContent {
  const numbered = tree.version.number !== null && tree.version.publishedAt !== null
  return {
    slug: tree.map.slug,
    title: tree.map.title,
    audience: tree.map.audience,
    level: tree.map.level,
    status: numbered ? 'published' : 'concept',
    description: tree.map.description,
    version: {
      number: numbered ? tree.version.number : null,
      publishedAt: numbered ? (tree.version.publishedAt?.slice(0, 10) ?? null) : null,
    },
    documentId: tree.version.documentId,
    domains: tree.domains.map((domain) => ({
      id: domain.id,
      title: domain.title,
      themes: domain.themes.map((theme) => ({
        id: theme.id,
        title: theme.title,
        objectives: theme.objectives.map((objective) => ({
          id: objective.id,
          title: objective.title,
        })),
      })),
    })),
  }
}

/** The file text: two-space JSON and a closing newline, as the reviewed files are written. */
export function formatMapContent(content: MapContent): string {
  return `${JSON.stringify(content, null, 2)}\n`
}

/**
 * The content of a tree, checked against the schema that seeding applies: a draft with a
 * theme without objectives (or a domain without themes) cannot become a content file.
 */
export function validMapContent(
  tree: MapTree,
): { success: true; content: MapContent } | { success: false; issues: z.core.$ZodIssue[] } {
  const content = toMapContent(tree)
  const result = mapContentSchema.safeParse(content)
  // The content itself, not the parse output: its keys keep the order of the files.
  return result.success
    ? { success: true, content }
    : { success: false, issues: result.error.issues }
}
