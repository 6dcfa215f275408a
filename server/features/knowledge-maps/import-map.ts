import type { z } from 'zod'
import {
  fromCasePackage,
  ImportError,
  type ImportProblem,
} from '../../../domain/knowledge-maps/case-import.ts'
import { fromCsv } from '../../../domain/knowledge-maps/csv.ts'
import type { DomainNode } from '../../../domain/knowledge-maps/tree.ts'
import type { importMapInput } from '../../../domain/schemas/knowledge-maps.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { nodeRowsOf } from './content.ts'
import { findDraft } from './draft.ts'
import { forgetTrees } from './tree-cache.ts'

function parseTree(
  format: 'case' | 'csv',
  input: { package?: unknown; csv?: string },
): DomainNode[] {
  try {
    if (format === 'case') return fromCasePackage(input.package).domains
    return fromCsv(input.csv ?? '')
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('import_failed', undefined, error.problems)
    throw error
  }
}

function renewIds(domains: DomainNode[]): DomainNode[] {
  return domains.map((d) => ({
    id: crypto.randomUUID(),
    title: d.title,
    themes: d.themes.map((t) => ({
      id: crypto.randomUUID(),
      title: t.title,
      objectives: t.objectives.map((o) => ({ id: crypto.randomUUID(), title: o.title })),
    })),
  }))
}

const idsOf = (domains: DomainNode[]) =>
  domains.flatMap((d) => [
    d.id,
    ...d.themes.flatMap((t) => [t.id, ...t.objectives.map((o) => o.id)]),
  ])

/**
 * Creates a new concept map from a CASE package or CSV. Identifiers are kept when no other map
 * uses them (an objective's id must point at one map); otherwise the map gets fresh ones.
 */
export async function importMap(options: {
  db: Db
  userId: string
  input: z.output<typeof importMapInput>
}) {
  const { db, userId, input } = options
  let domains = parseTree(input.format, input)
  if (
    await db.kysely
      .selectFrom('knowledge_maps')
      .select('id')
      .where('slug', '=', input.slug)
      .executeTakeFirst()
  ) {
    throw new AppError('slug_taken')
  }
  const ids = idsOf(domains)
  const used = await db.kysely
    .selectFrom('map_nodes')
    .select('node_id')
    .where('node_id', 'in', ids)
    .limit(1)
    .execute()
  if (used.length > 0) domains = renewIds(domains)
  await db.kysely.transaction().execute(async (trx) => {
    const at = now()
    const mapId = newId()
    const position = (await trx.selectFrom('knowledge_maps').select('id').execute()).length
    await trx
      .insertInto('knowledge_maps')
      .values({
        id: mapId,
        slug: input.slug,
        title: input.title,
        description: input.description,
        audience: input.audience,
        level: input.level,
        position,
        archived_at: null,
        created_at: at,
      })
      .execute()
    const versionId = newId()
    await trx
      .insertInto('map_versions')
      .values({
        id: versionId,
        map_id: mapId,
        number: null,
        state: 'draft',
        document_id: crypto.randomUUID(),
        based_on_version_id: null,
        change_note: null,
        published_at: null,
        created_by_user_id: userId,
        created_at: at,
        updated_at: at,
      })
      .execute()
    const rows = nodeRowsOf(versionId, domains)
    for (let i = 0; i < rows.length; i += 100)
      await trx
        .insertInto('map_nodes')
        .values(rows.slice(i, i + 100))
        .execute()
  })
  forgetTrees(db)
}

/** Replaces the draft's whole tree with an edited CSV; ids in the file keep identities. */
export async function replaceDraftFromCsv(options: { db: Db; slug: string; csv: string }) {
  const { db, slug, csv } = options
  const domains = parseTree('csv', { csv })
  const { draft } = await findDraft(db, slug)
  const elsewhere = await db.kysely
    .selectFrom('map_nodes')
    .innerJoin('map_versions', 'map_versions.id', 'map_nodes.version_id')
    .select('map_nodes.node_id')
    .where('map_nodes.node_id', 'in', idsOf(domains))
    .where('map_versions.map_id', '!=', draft.map_id)
    .limit(1)
    .execute()
  if (elsewhere.length > 0) {
    const problem: ImportProblem = { code: 'id_of_another_map', column: 'leerdoel_id' }
    throw new AppError('import_failed', undefined, [problem])
  }
  await db.kysely.transaction().execute(async (trx) => {
    await trx.deleteFrom('map_nodes').where('version_id', '=', draft.id).execute()
    // Crosswalks follow their objective; those of objectives no longer in the file go.
    await trx
      .deleteFrom('crosswalks')
      .where('version_id', '=', draft.id)
      .where('node_id', 'not in', idsOf(domains))
      .execute()
    const rows = nodeRowsOf(draft.id, domains)
    for (let i = 0; i < rows.length; i += 100)
      await trx
        .insertInto('map_nodes')
        .values(rows.slice(i, i + 100))
        .execute()
    await trx
      .updateTable('map_versions')
      .set({ updated_at: now() })
      .where('id', '=', draft.id)
      .execute()
  })
  forgetTrees(db)
}
