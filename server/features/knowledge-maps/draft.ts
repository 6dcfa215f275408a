import type { z } from 'zod'
import type { NodeKind } from '../../../domain/knowledge-maps/model.ts'
import type { addNodeInput, updateNodeInput } from '../../../domain/schemas/knowledge-maps.ts'
import type { Db } from '../../db/connection.ts'
import type { MapNodeTable } from '../../db/schema.ts'
import { isUniqueViolation } from '../../db/unique-violation.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { findMap, publicVersionOf, versionsOf } from './queries.ts'
import { forgetTrees } from './tree-cache.ts'

const PARENT_KIND: Record<NodeKind, NodeKind | null> = {
  domain: null,
  theme: 'domain',
  objective: 'theme',
}

/** The version being worked on: a draft, or a draft out for review (it stays editable). */
export const isWorkingVersion = (v: { state: string }) =>
  v.state === 'draft' || v.state === 'in_review'

/**
 * The map's draft (in state draft or in review), or a 404 `no_draft`. An archived map's draft
 * is refused (`map_archived`) unless only read: nothing of an archived map changes.
 */
export async function findDraft(db: Db, slug: string, access: 'write' | 'read' = 'write') {
  const map = await findMap(db, slug)
  if (map.archived_at && access === 'write') throw new AppError('map_archived')
  const versions = await versionsOf(db, map.id)
  const draft = versions.find(isWorkingVersion)
  if (!draft) throw new AppError('no_draft')
  return { map, draft, versions }
}

/**
 * Starts a draft as a copy of the current version; nodes keep their identity (`node_id`),
 * so scans and courses linked to an objective follow it into the new version.
 */
export async function createDraft(options: { db: Db; slug: string; userId: string }) {
  const { db, slug, userId } = options
  const map = await findMap(db, slug)
  if (map.archived_at) throw new AppError('map_archived')
  const versions = await versionsOf(db, map.id)
  if (versions.some(isWorkingVersion)) throw new AppError('draft_exists')
  const base = publicVersionOf(versions) ?? versions.at(-1)
  const draftId = newId()
  const started = db.kysely.transaction().execute(async (trx) => {
    const at = now()
    await trx
      .insertInto('map_versions')
      .values({
        id: draftId,
        map_id: map.id,
        number: null,
        state: 'draft',
        document_id: crypto.randomUUID(),
        based_on_version_id: base?.id ?? null,
        change_note: null,
        published_at: null,
        created_by_user_id: userId,
        created_at: at,
        updated_at: at,
      })
      .execute()
    if (!base) return
    const nodes = await trx
      .selectFrom('map_nodes')
      .selectAll()
      .where('version_id', '=', base.id)
      .execute()
    const copies = nodes.map((node) => ({ ...node, id: newId(), version_id: draftId }))
    for (let i = 0; i < copies.length; i += 100)
      await trx
        .insertInto('map_nodes')
        .values(copies.slice(i, i + 100))
        .execute()
    const links = await trx
      .selectFrom('crosswalks')
      .selectAll()
      .where('version_id', '=', base.id)
      .execute()
    if (links.length > 0) {
      await trx
        .insertInto('crosswalks')
        .values(links.map((link) => ({ ...link, id: newId(), version_id: draftId })))
        .execute()
    }
  })
  // The check above answers the usual case; two starts at once are settled by the unique
  // index `map_versions_one_working` (migration 009): the second gets the same answer.
  await started.catch((error: unknown) => {
    if (isUniqueViolation(error, ONE_WORKING_VERSION)) throw new AppError('draft_exists')
    throw error
  })
  forgetTrees(db)
}

const ONE_WORKING_VERSION = { postgres: 'map_versions_one_working', sqlite: 'map_versions.map_id' }

export async function addCrosswalk(options: {
  db: Db
  slug: string
  nodeId: string
  input: {
    framework: 'rddi' | 'esco' | 'kenniskaart' | 'other'
    uri: string
    label: string
    relation: 'exactMatchOf' | 'isRelatedTo'
  }
}) {
  const { db, slug, nodeId, input } = options
  const { draft } = await findDraft(db, slug)
  const node = await db.kysely
    .selectFrom('map_nodes')
    .select('kind')
    .where('version_id', '=', draft.id)
    .where('node_id', '=', nodeId)
    .executeTakeFirst()
  if (!node) throw new AppError('not_found')
  if (node.kind !== 'objective')
    throw new AppError('validation_failed', [{ field: 'nodeId', code: 'invalid_choice' }])
  await db.kysely
    .insertInto('crosswalks')
    .values({
      id: newId(),
      version_id: draft.id,
      node_id: nodeId,
      framework: input.framework,
      target_uri: input.uri,
      target_label: input.label,
      relation: input.relation,
      created_at: now(),
    })
    .execute()
  await touch(db, draft.id)
}

export async function removeCrosswalk(options: { db: Db; slug: string; crosswalkId: string }) {
  const { draft } = await findDraft(options.db, options.slug)
  const result = await options.db.kysely
    .deleteFrom('crosswalks')
    .where('id', '=', options.crosswalkId)
    .where('version_id', '=', draft.id)
    .executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found')
  await touch(options.db, draft.id)
}

export async function nodesOf(db: Db, versionId: string) {
  return db.kysely.selectFrom('map_nodes').selectAll().where('version_id', '=', versionId).execute()
}

function siblingsOf(nodes: MapNodeTable[], parentId: string | null, exceptId?: string) {
  return nodes
    .filter((n) => n.parent_node_id === parentId && n.node_id !== exceptId)
    .sort((a, b) => a.position - b.position)
}

function checkParent(nodes: MapNodeTable[], kind: NodeKind, parentId: string | null) {
  const wanted = PARENT_KIND[kind]
  if (wanted === null) {
    if (parentId !== null)
      throw new AppError('validation_failed', [{ field: 'parentId', code: 'invalid' }])
    return
  }
  const parent = nodes.find((n) => n.node_id === parentId)
  if (!parent || parent.kind !== wanted) {
    throw new AppError('validation_failed', [{ field: 'parentId', code: 'invalid_choice' }])
  }
}

/** Writes new positions 0..n-1 for an ordered list of siblings. */
async function renumber(db: Db, versionId: string, ordered: MapNodeTable[]) {
  for (const [position, node] of ordered.entries()) {
    if (node.position === position) continue
    await db.kysely
      .updateTable('map_nodes')
      .set({ position })
      .where('version_id', '=', versionId)
      .where('node_id', '=', node.node_id)
      .execute()
  }
}

async function touch(db: Db, versionId: string) {
  await db.kysely
    .updateTable('map_versions')
    .set({ updated_at: now() })
    .where('id', '=', versionId)
    .execute()
  forgetTrees(db)
}

/**
 * Runs `edit` in one transaction that first locks the draft's version row (PostgreSQL; SQLite
 * has one writer), so edits, adopted proposals and publishing take turns; a draft published
 * meanwhile is `no_draft`. Marks the draft changed and forgets cached trees after commit.
 */
export async function editDraft<T>(
  db: Db,
  draftId: string,
  edit: (tx: Db) => Promise<T>,
): Promise<T> {
  const result = await db.kysely.transaction().execute(async (trx) => {
    const tx = { ...db, kysely: trx }
    const version = await lockVersion(tx, draftId)
    if (!version || !isWorkingVersion(version)) throw new AppError('no_draft')
    const result = await edit(tx)
    await trx
      .updateTable('map_versions')
      .set({ updated_at: now() })
      .where('id', '=', draftId)
      .execute()
    return result
  })
  forgetTrees(db)
  return result
}

/** Reads a version's row locking it until the transaction ends (PostgreSQL `FOR UPDATE`). */
export async function lockVersion(tx: Db, versionId: string) {
  const query = tx.kysely
    .selectFrom('map_versions')
    .select(['id', 'map_id', 'state'])
    .where('id', '=', versionId)
  return (tx.kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst()
}

/** Adds a node to a draft inside the caller's transaction (see `editDraft`); its new id. */
export async function addNodeIn(
  tx: Db,
  draftId: string,
  input: z.output<typeof addNodeInput>,
): Promise<string> {
  const nodes = await nodesOf(tx, draftId)
  checkParent(nodes, input.kind, input.parentId)
  const siblings = siblingsOf(nodes, input.parentId)
  const node: MapNodeTable = {
    id: newId(),
    version_id: draftId,
    node_id: crypto.randomUUID(),
    kind: input.kind,
    parent_node_id: input.parentId,
    position: siblings.length,
    title: input.title,
  }
  await tx.kysely.insertInto('map_nodes').values(node).execute()
  const at = Math.min(input.position ?? siblings.length, siblings.length)
  await renumber(tx, draftId, [...siblings.slice(0, at), node, ...siblings.slice(at)])
  return node.node_id
}

/** Renames, moves or reorders a node inside the caller's transaction (see `editDraft`). */
export async function updateNodeIn(
  tx: Db,
  draftId: string,
  nodeId: string,
  input: z.output<typeof updateNodeInput>,
) {
  const nodes = await nodesOf(tx, draftId)
  const node = nodes.find((n) => n.node_id === nodeId)
  if (!node) throw new AppError('not_found')
  if (input.title !== undefined) {
    await tx.kysely
      .updateTable('map_nodes')
      .set({ title: input.title })
      .where('id', '=', node.id)
      .execute()
  }
  if (input.parentId === undefined && input.position === undefined) return
  const parentId = input.parentId ?? node.parent_node_id
  checkParent(nodes, node.kind, parentId)
  const oldSiblings = siblingsOf(nodes, node.parent_node_id, node.node_id)
  const newSiblings = siblingsOf(nodes, parentId, node.node_id)
  const at = Math.min(input.position ?? newSiblings.length, newSiblings.length)
  await tx.kysely
    .updateTable('map_nodes')
    .set({ parent_node_id: parentId })
    .where('id', '=', node.id)
    .execute()
  const moved = { ...node, parent_node_id: parentId, position: -1 }
  if (parentId !== node.parent_node_id) await renumber(tx, draftId, oldSiblings)
  await renumber(tx, draftId, [...newSiblings.slice(0, at), moved, ...newSiblings.slice(at)])
}

/** Removes a node and what lies under it inside the caller's transaction (see `editDraft`). */
export async function removeNodeIn(tx: Db, draftId: string, nodeId: string) {
  const nodes = await nodesOf(tx, draftId)
  const node = nodes.find((n) => n.node_id === nodeId)
  if (!node) throw new AppError('not_found')
  const doomed = new Set([node.node_id])
  for (let grew = true; grew; ) {
    grew = false
    for (const n of nodes) {
      if (n.parent_node_id && doomed.has(n.parent_node_id) && !doomed.has(n.node_id)) {
        doomed.add(n.node_id)
        grew = true
      }
    }
  }
  await tx.kysely
    .deleteFrom('crosswalks')
    .where('version_id', '=', draftId)
    .where('node_id', 'in', [...doomed])
    .execute()
  await tx.kysely
    .deleteFrom('map_nodes')
    .where('version_id', '=', draftId)
    .where('node_id', 'in', [...doomed])
    .execute()
  await renumber(tx, draftId, siblingsOf(nodes, node.parent_node_id, node.node_id))
}

export async function addNode(options: {
  db: Db
  slug: string
  input: z.output<typeof addNodeInput>
}) {
  const { draft } = await findDraft(options.db, options.slug)
  await editDraft(options.db, draft.id, (tx) => addNodeIn(tx, draft.id, options.input))
}

export async function updateNode(options: {
  db: Db
  slug: string
  nodeId: string
  input: z.output<typeof updateNodeInput>
}) {
  const { db, slug, nodeId, input } = options
  const { draft } = await findDraft(db, slug)
  await editDraft(db, draft.id, (tx) => updateNodeIn(tx, draft.id, nodeId, input))
}

export async function removeNode(options: { db: Db; slug: string; nodeId: string }) {
  const { db, slug, nodeId } = options
  const { draft } = await findDraft(db, slug)
  await editDraft(db, draft.id, (tx) => removeNodeIn(tx, draft.id, nodeId))
}
