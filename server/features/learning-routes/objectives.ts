import type { Db } from '../../db/connection.ts'

export interface ObjectiveRef {
  id: string
  title: string | null
  themeId: string | null
  themeTitle: string | null
  map: { slug: string; title: string } | null
}

/**
 * Objectives by identity, described as they read in the newest numbered (published or
 * superseded) version that has them; an identity no version has any more reads as unknown.
 */
export async function describeObjectives(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, ObjectiveRef>> {
  const unique = [...new Set(ids)]
  const result = new Map<string, ObjectiveRef>()
  for (const id of unique)
    result.set(id, { id, title: null, themeId: null, themeTitle: null, map: null })
  const newest = new Map<string, number>()
  for (let start = 0; start < unique.length; start += 500) {
    const nodes = await db.kysely
      .selectFrom('map_nodes as mn')
      .innerJoin('map_versions as mv', 'mv.id', 'mn.version_id')
      .innerJoin('knowledge_maps as km', 'km.id', 'mv.map_id')
      .leftJoin('map_nodes as theme', (join) =>
        join
          .onRef('theme.version_id', '=', 'mn.version_id')
          .onRef('theme.node_id', '=', 'mn.parent_node_id'),
      )
      .select([
        'mn.node_id',
        'mn.title',
        'mv.number',
        'km.slug',
        'km.title as mapTitle',
        'theme.node_id as themeId',
        'theme.title as themeTitle',
      ])
      .where('mn.node_id', 'in', unique.slice(start, start + 500))
      .where('mn.kind', '=', 'objective')
      .where('mv.state', 'in', ['published', 'superseded'])
      .execute()
    for (const node of nodes) {
      if ((newest.get(node.node_id) ?? -1) >= (node.number ?? 0)) continue
      newest.set(node.node_id, node.number ?? 0)
      result.set(node.node_id, {
        id: node.node_id,
        title: node.title,
        themeId: node.themeId,
        themeTitle: node.themeTitle,
        map: { slug: node.slug, title: node.mapTitle },
      })
    }
  }
  return result
}
