import { compareTrees } from '../../../domain/knowledge-maps/compare.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import { closeRoundsOfVersion } from '../reviews/rounds.ts'
import { findDraft, isWorkingVersion, lockVersion, nodesOf } from './draft.ts'
import { loadTree, publicVersionOf } from './queries.ts'
import { forgetTrees } from './tree-cache.ts'

/** Refuses a draft with an empty domain or theme: every theme needs objectives. */
function checkNotEmpty(nodes: Awaited<ReturnType<typeof nodesOf>>) {
  if (nodes.length === 0)
    throw new AppError('publish_empty_nodes', undefined, [{ code: 'empty_map' }])
  const empty = nodes.filter(
    (n) => n.kind !== 'objective' && !nodes.some((c) => c.parent_node_id === n.node_id),
  )
  if (empty.length === 0) return
  const ordered = [...empty].sort((a, b) => a.kind.localeCompare(b.kind) || a.position - b.position)
  throw new AppError(
    'publish_empty_nodes',
    undefined,
    ordered.map((node) => ({
      code: node.kind === 'domain' ? 'domain_without_themes' : 'theme_without_objectives',
      nodeId: node.node_id,
      nodeKind: node.kind,
      title: node.title,
    })),
  )
}

/**
 * Publishes the draft as the next numbered version. The version that was published becomes
 * `superseded` and stays readable by its number. In the same transaction (the draft's row
 * locked) the review rounds still open on the draft close: their concept no longer exists.
 * The new number and the rounds closed now, whose participants are to be told.
 */
export async function publishDraft(options: { db: Db; slug: string; changeNote: string }) {
  const { db, slug, changeNote } = options
  const { draft, versions } = await findDraft(db, slug)
  const number = Math.max(0, ...versions.map((v) => v.number ?? 0)) + 1
  const at = now()
  const closedRounds = await db.kysely.transaction().execute(async (trx) => {
    const tx = { ...db, kysely: trx }
    const version = await lockVersion(tx, draft.id)
    if (!version || !isWorkingVersion(version)) throw new AppError('no_draft')
    checkNotEmpty(await nodesOf(tx, draft.id))
    await trx
      .updateTable('map_versions')
      .set({ state: 'superseded' })
      .where('map_id', '=', draft.map_id)
      .where('state', '=', 'published')
      .execute()
    await trx
      .updateTable('map_versions')
      .set({
        state: 'published',
        number,
        published_at: at,
        updated_at: at,
        change_note: changeNote || null,
      })
      .where('id', '=', draft.id)
      .execute()
    return closeRoundsOfVersion(tx, draft.id)
  })
  forgetTrees(db)
  return { number, closedRounds }
}

/**
 * What publishing the draft would do, for the question asked first: how many parts are
 * added, reworded, removed and moved compared with the published version (all added when
 * there is none), how many review rounds on the draft are still open (they close), and how
 * many comments in its rounds have no answer yet.
 */
export async function publishPreview(db: Db, slug: string) {
  const { map, draft, versions } = await findDraft(db, slug, 'read')
  const published = publicVersionOf(versions.filter((v) => !isWorkingVersion(v)))
  const after = await loadTree(db, map, draft, versions)
  const before = published ? (await loadTree(db, map, published, versions)).domains : []
  const counts = { added: 0, renamed: 0, removed: 0, moved: 0 }
  for (const change of compareTrees(before, after.domains)) counts[change.kind]++
  const today = now().slice(0, 10)
  const rounds = await db.kysely
    .selectFrom('review_rounds')
    .select(['id', 'closed_at', 'deadline'])
    .where('version_id', '=', draft.id)
    .execute()
  const open =
    rounds.length === 0
      ? { count: 0 }
      : await db.kysely
          .selectFrom('review_comments')
          .select((eb) => eb.fn.countAll<string | number>().as('count'))
          .where(
            'round_id',
            'in',
            rounds.map((r) => r.id),
          )
          .where('status', '=', 'open')
          .executeTakeFirstOrThrow()
  return {
    publishedNumber: published?.number ?? null,
    number: Math.max(0, ...versions.map((v) => v.number ?? 0)) + 1,
    changes: counts,
    openRounds: rounds.filter((r) => r.closed_at === null && r.deadline >= today).length,
    openComments: Number(open.count),
  }
}
