import type {
  MapAudience,
  MapLevel,
  MapState,
  VersionState,
} from '../../../domain/knowledge-maps/model.ts'
import type { DomainNode, MapTree } from '../../../domain/knowledge-maps/tree.ts'
import type { Db } from '../../db/connection.ts'
import type { KnowledgeMapTable, MapVersionTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'

export function mapStateOf(
  map: Pick<KnowledgeMapTable, 'archived_at'>,
  versions: Pick<MapVersionTable, 'state'>[],
): MapState {
  if (map.archived_at) return 'archived'
  if (versions.some((v) => v.state === 'published')) return 'published'
  if (versions.some((v) => v.state === 'in_review')) return 'in_review'
  return 'concept'
}

/** All maps with their state and the version the public sees (published, else the concept). */
export async function listMaps(db: Db) {
  const maps = await db.kysely
    .selectFrom('knowledge_maps')
    .selectAll()
    .orderBy('position')
    .orderBy('title')
    .execute()
  const versions = await db.kysely
    .selectFrom('map_versions')
    .select(['id', 'map_id', 'number', 'state', 'published_at', 'created_at'])
    .execute()
  const counts = await db.kysely
    .selectFrom('map_nodes')
    .select((eb) => ['version_id', eb.fn.countAll<string | number>().as('objectives')])
    .where('kind', '=', 'objective')
    .groupBy('version_id')
    .execute()
  const countOf = new Map(counts.map((c) => [c.version_id, toNumber(c.objectives)]))
  return maps.map((map) => {
    const own = versions.filter((v) => v.map_id === map.id)
    const current = publicVersionOf(own)
    return {
      slug: map.slug,
      title: map.title,
      description: map.description,
      audience: map.audience as MapAudience,
      level: map.level as MapLevel,
      state: mapStateOf(map, own),
      archivedAt: map.archived_at,
      currentVersion: current
        ? {
            number: current.number,
            state: current.state as VersionState,
            publishedAt: current.published_at,
          }
        : null,
      objectiveCount: current ? (countOf.get(current.id) ?? 0) : 0,
    }
  })
}

/** The published version, or, for a map never published, its newest concept. */
export function publicVersionOf<V extends Pick<MapVersionTable, 'state' | 'number' | 'created_at'>>(
  versions: V[],
): V | undefined {
  const published = versions.find((v) => v.state === 'published')
  if (published) return published
  if (versions.some((v) => v.state === 'superseded')) return undefined
  return [...versions].sort((a, b) => b.created_at.localeCompare(a.created_at))[0]
}

export async function findMap(db: Db, slug: string) {
  const map = await db.kysely
    .selectFrom('knowledge_maps')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst()
  if (!map) throw new AppError('not_found')
  return map
}

export async function versionsOf(db: Db, mapId: string) {
  return db.kysely
    .selectFrom('map_versions')
    .selectAll()
    .where('map_id', '=', mapId)
    .orderBy('created_at')
    .execute()
}

/**
 * The version a reader asks for: `number` for a numbered (published or superseded) version,
 * or the public one. Drafts are never returned here; authoring reads them by id.
 */
export async function findReadableVersion(db: Db, slug: string, number?: number) {
  const map = await findMap(db, slug)
  const versions = await versionsOf(db, map.id)
  const version =
    number === undefined
      ? publicVersionOf(versions)
      : versions.find(
          (v) => v.number === number && (v.state === 'published' || v.state === 'superseded'),
        )
  if (!version) throw new AppError('not_found')
  return { map, version, versions }
}

/**
 * The version a new zelfscan may be taken on: the published version of a map that is not
 * archived. Concept maps and archived maps are never offered (a 404, as if not there).
 */
export async function findScannableVersion(db: Db, slug: string) {
  const { map, version } = await findReadableVersion(db, slug)
  if (map.archived_at || version.state !== 'published') throw new AppError('not_found')
  return { map, version }
}

/** Whether a map has a version being worked on (a draft, in review or not). */
export async function hasDraft(db: Db, mapId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('map_versions')
    .select('id')
    .where('map_id', '=', mapId)
    .where('state', 'in', ['draft', 'in_review'])
    .executeTakeFirst()
  return row !== undefined
}

/** The full tree of one version, in order. */
export async function loadTree(
  db: Db,
  map: KnowledgeMapTable,
  version: MapVersionTable,
  versions: Pick<MapVersionTable, 'state'>[],
): Promise<MapTree> {
  const nodes = await db.kysely
    .selectFrom('map_nodes')
    .select(['node_id', 'kind', 'parent_node_id', 'position', 'title'])
    .where('version_id', '=', version.id)
    .orderBy('position')
    .execute()
  const crosswalks = await db.kysely
    .selectFrom('crosswalks')
    .selectAll()
    .where('version_id', '=', version.id)
    .orderBy('created_at')
    .execute()
  const linksOf = (nodeId: string) => {
    const own = crosswalks.filter((c) => c.node_id === nodeId)
    if (own.length === 0) return {}
    return {
      crosswalks: own.map((c) => ({
        id: c.id,
        framework: c.framework,
        uri: c.target_uri,
        label: c.target_label,
        relation: c.relation,
      })),
    }
  }
  const children = new Map<string | null, typeof nodes>()
  for (const node of nodes) {
    const list = children.get(node.parent_node_id) ?? []
    list.push(node)
    children.set(node.parent_node_id, list)
  }
  const domains: DomainNode[] = (children.get(null) ?? []).map((domain) => ({
    id: domain.node_id,
    title: domain.title,
    themes: (children.get(domain.node_id) ?? []).map((theme) => ({
      id: theme.node_id,
      title: theme.title,
      objectives: (children.get(theme.node_id) ?? []).map((o) => ({
        id: o.node_id,
        title: o.title,
        ...linksOf(o.node_id),
      })),
    })),
  }))
  return {
    map: {
      slug: map.slug,
      title: map.title,
      description: map.description,
      audience: map.audience as MapAudience,
      level: map.level as MapLevel,
      state: mapStateOf(map, versions),
      archivedAt: map.archived_at,
    },
    version: {
      id: version.id,
      number: version.number,
      state: version.state,
      publishedAt: version.published_at,
      documentId: version.document_id,
      updatedAt: version.updated_at,
    },
    domains,
  }
}

/** An objective by identity as the newest numbered version words it; unknown ones are null. */
export interface ObjectiveRef {
  id: string
  title: string | null
  themeId: string | null
  themeTitle: string | null
  map: { slug: string; title: string } | null
  /** The map's place in the overview, for listing objectives in map order. */
  mapPosition: number | null
}

/**
 * Objectives by identity, each described as it reads in the newest numbered (published or
 * superseded) version that has it, with its theme and map; an identity no numbered version
 * has reads as unknown (title and map null). One query per 500 ids, never one per objective.
 *
 * @example (await describeObjectives(db, [nodeId])).get(nodeId)?.title
 */
export async function describeObjectives(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, ObjectiveRef>> {
  const unique = [...new Set(ids)]
  const result = new Map<string, ObjectiveRef>()
  for (const id of unique)
    result.set(id, {
      id,
      title: null,
      themeId: null,
      themeTitle: null,
      map: null,
      mapPosition: null,
    })
  const newest = new Map<string, number>()
  // In slices: PostgreSQL and SQLite both cap the number of bound parameters.
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
        'km.position',
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
        mapPosition: node.position,
      })
    }
  }
  return result
}
