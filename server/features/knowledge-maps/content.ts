import fs from 'node:fs'
import path from 'node:path'
import { type MapContent, mapContentSchema } from '../../../domain/knowledge-maps/model.ts'
import { toFieldErrors } from '../../../domain/validation.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'

export const CONTENT_DIR = path.resolve('content/kenniskaarten')

/** The order in which the seed presents the maps: basis first, then gevorderden. */
const ORDER = [
  'zij-instromers',
  'beginners',
  'toezicht-en-advies',
  'digitaal-erfgoed',
  'digitaal-informatiebeheer',
]

/**
 * Reads and validates every kenniskaart file. A file that is not valid stops start-up with
 * a message naming the file and the field, so broken content never reaches anyone.
 */
export function loadMapContent(dir = CONTENT_DIR): MapContent[] {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  const maps: MapContent[] = []
  for (const file of files) {
    const result = mapContentSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')),
    )
    if (!result.success) {
      const problems = toFieldErrors(result.error.issues).map(
        (e) => `${e.field || '(file)'}: ${e.code}`,
      )
      throw new Error(`content/kenniskaarten/${file} is not valid: ${problems.join('; ')}`)
    }
    if (`${result.data.slug}.json` !== file) {
      throw new Error(
        `content/kenniskaarten/${file} has slug "${result.data.slug}"; name the file after it`,
      )
    }
    maps.push(result.data)
  }
  return maps.sort((a, b) => ORDER.indexOf(a.slug) - ORDER.indexOf(b.slug))
}

/** Node rows of a content tree for one version, in order. */
export function nodeRowsOf(versionId: string, domains: MapContent['domains']) {
  const rows = []
  for (const [d, domain] of domains.entries()) {
    rows.push({
      id: newId(),
      version_id: versionId,
      node_id: domain.id,
      kind: 'domain' as const,
      parent_node_id: null,
      position: d,
      title: domain.title,
    })
    for (const [t, theme] of domain.themes.entries()) {
      rows.push({
        id: newId(),
        version_id: versionId,
        node_id: theme.id,
        kind: 'theme' as const,
        parent_node_id: domain.id,
        position: t,
        title: theme.title,
      })
      for (const [o, objective] of theme.objectives.entries()) {
        rows.push({
          id: newId(),
          version_id: versionId,
          node_id: objective.id,
          kind: 'objective' as const,
          parent_node_id: theme.id,
          position: o,
          title: objective.title,
        })
      }
    }
  }
  return rows
}

/**
 * Puts every kenniskaart from `content/` into the database that does not have it yet. Maps
 * already there are left alone: from then on they are edited in the app, and export brings
 * changes back to files.
 */
export async function seedKnowledgeMaps(db: Db, maps = loadMapContent()): Promise<number> {
  const existing = new Set(
    (await db.kysely.selectFrom('knowledge_maps').select('slug').execute()).map((r) => r.slug),
  )
  let added = 0
  for (const [position, map] of maps.entries()) {
    if (existing.has(map.slug)) continue
    await db.kysely.transaction().execute(async (trx) => {
      const mapId = newId()
      const at = now()
      await trx
        .insertInto('knowledge_maps')
        .values({
          id: mapId,
          slug: map.slug,
          title: map.title,
          description: map.description,
          audience: map.audience,
          level: map.level,
          position,
          archived_at: null,
          created_at: at,
        })
        .execute()
      const versionId = newId()
      const published = map.status === 'published'
      await trx
        .insertInto('map_versions')
        .values({
          id: versionId,
          map_id: mapId,
          number: published ? map.version.number : null,
          state: published ? 'published' : 'draft',
          document_id: map.documentId,
          based_on_version_id: null,
          change_note: null,
          published_at: published ? `${map.version.publishedAt}T00:00:00.000Z` : null,
          created_by_user_id: null,
          created_at: at,
          updated_at: published ? `${map.version.publishedAt}T00:00:00.000Z` : at,
        })
        .execute()
      const rows = nodeRowsOf(versionId, map.domains)
      for (let i = 0; i < rows.length; i += 100)
        await trx
          .insertInto('map_nodes')
          .values(rows.slice(i, i + 100))
          .execute()
    })
    added++
  }
  return added
}
