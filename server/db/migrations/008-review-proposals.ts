import type { Kysely } from 'kysely'

/**
 * Proposals carry their change as data, so adopting one changes the concept: `proposal` (JSON:
 * change, title, target), the node's title and parent when it was proposed (to see that it
 * changed meanwhile), and how it was adopted (`applied` to the concept, or `by_hand`). A round
 * records who closed it: by hand, or the publication of its version.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migration reads and writes rows of its own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('review_comments').addColumn('proposal', 'text').execute()
  await db.schema.alterTable('review_comments').addColumn('node_title', 'text').execute()
  await db.schema.alterTable('review_comments').addColumn('node_parent_id', 'text').execute()
  await db.schema.alterTable('review_comments').addColumn('adoption', 'text').execute()
  await db.schema.alterTable('review_rounds').addColumn('closed_by', 'text').execute()

  // Earlier proposals had only a wording: on an objective another wording, on a theme a new
  // objective. They become such changes; on the map as a whole they stay a plain proposal.
  const old = await db
    .selectFrom('review_comments')
    .innerJoin('review_rounds', 'review_rounds.id', 'review_comments.round_id')
    .innerJoin('map_nodes', (join) =>
      join
        .onRef('map_nodes.version_id', '=', 'review_rounds.version_id')
        .onRef('map_nodes.node_id', '=', 'review_comments.node_id'),
    )
    .select([
      'review_comments.id',
      'review_comments.proposed_title',
      'map_nodes.kind',
      'map_nodes.title',
      'map_nodes.parent_node_id',
    ])
    .where('review_comments.kind', '=', 'proposal')
    .where('review_comments.proposed_title', 'is not', null)
    .execute()
  for (const row of old) {
    if (row.kind === 'domain') continue
    const change = row.kind === 'objective' ? 'reword' : 'add'
    const proposal = { change, title: row.proposed_title, targetId: null, targetTitle: null }
    await db
      .updateTable('review_comments')
      .set({
        proposal: JSON.stringify({ ...proposal, position: null }),
        node_title: row.title,
        node_parent_id: row.parent_node_id,
      })
      .where('id', '=', row.id)
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['proposal', 'node_title', 'node_parent_id', 'adoption'])
    await db.schema.alterTable('review_comments').dropColumn(column).execute()
  await db.schema.alterTable('review_rounds').dropColumn('closed_by').execute()
}
