import fs from 'node:fs'
import path from 'node:path'
import { formatMapContent, validMapContent } from '../../../domain/knowledge-maps/content-export.ts'
import type { MapContent } from '../../../domain/knowledge-maps/model.ts'
import { toFieldErrors } from '../../../domain/validation.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { findDraft } from './draft.ts'
import { loadTree } from './queries.ts'
import { readableTree } from './tree-cache.ts'

/** Which version to export: a numbered one, the public one, or the draft being worked on. */
export type ContentVersion = { number: number } | 'current' | 'draft'

/**
 * A version of a map in the content format of `content/kenniskaarten/<slug>.json`. A version
 * that would not pass the seed's validation (a theme without objectives, say) is refused with
 * `validation_failed` naming the field, so no export can break start-up.
 */
export async function mapContentOf(
  db: Db,
  slug: string,
  which: ContentVersion,
): Promise<MapContent> {
  let tree: Awaited<ReturnType<typeof readableTree>>
  if (which === 'draft') {
    const { map, draft, versions } = await findDraft(db, slug, 'read')
    tree = await loadTree(db, map, draft, versions)
  } else {
    tree = await readableTree(db, slug, which === 'current' ? undefined : which.number)
  }
  const result = validMapContent(tree)
  if (!result.success) throw new AppError('validation_failed', toFieldErrors(result.issues))
  return result.content
}

/**
 * Writes a map's content file (`<dir>/<slug>.json`, two-space JSON and a newline) and returns
 * its path. Nothing is written when the version is refused.
 */
export async function exportContentFile(options: {
  db: Db
  slug: string
  which: ContentVersion
  dir: string
}): Promise<string> {
  const content = await mapContentOf(options.db, options.slug, options.which)
  const file = path.join(options.dir, `${content.slug}.json`)
  fs.mkdirSync(options.dir, { recursive: true })
  fs.writeFileSync(file, formatMapContent(content))
  return file
}
