import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import type { Db } from '../../db/connection.ts'
import { findReadableVersion, loadTree } from './queries.ts'

/**
 * Readable trees in memory, per database. A published version never changes, and every
 * authoring write calls `forgetTrees()` (a concept map's public tree is its draft), so a read
 * under load is a map lookup. One process serves Routekaart (docs/decisions/005).
 */
const caches = new WeakMap<Db, Map<string, Promise<MapTree>>>()
/** The same trees once loaded, for the synchronous fast path (server/http.ts). */
const settled = new WeakMap<Db, Map<string, MapTree>>()

const keyOf = (slug: string, number?: number) => `${slug}@${number ?? 'current'}`

export function readableTree(db: Db, slug: string, number?: number): Promise<MapTree> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  const key = keyOf(slug, number)
  let tree = cache.get(key)
  if (!tree) {
    const own = cache
    tree = findReadableVersion(db, slug, number).then(({ map, version, versions }) =>
      loadTree(db, map, version, versions),
    )
    tree.then(
      (loaded) => {
        // Only if this load is still the cached one: a write may have forgotten it meanwhile.
        if (own.get(key) !== tree) return
        let done = settled.get(db)
        if (!done) {
          done = new Map()
          settled.set(db, done)
        }
        done.set(key, loaded)
      },
      () => own.delete(key),
    )
    cache.set(key, tree)
  }
  return tree
}

/**
 * The JSON of a tree already loaded and still valid, or undefined: lets the HTTP layer answer
 * an anonymous read of a published map without going through the framework.
 */
export function settledTreeJson(db: Db, slug: string, number?: number): string | undefined {
  const tree = settled.get(db)?.get(keyOf(slug, number))
  return tree === undefined ? undefined : treeJson(tree)
}

const jsonCaches = new WeakMap<MapTree, string>()

/**
 * The tree as JSON text, serialised once per cached tree: a published tree is read far more
 * often than it changes, and serialising it was most of the work of a read.
 */
export function treeJson(tree: MapTree): string {
  let json = jsonCaches.get(tree)
  if (json === undefined) {
    json = JSON.stringify(tree)
    jsonCaches.set(tree, json)
  }
  return json
}

export function forgetTrees(db: Db): void {
  caches.get(db)?.clear()
  settled.get(db)?.clear()
}

/** Every published tree, for search. */
export async function publishedTrees(db: Db): Promise<MapTree[]> {
  const maps = await db.kysely
    .selectFrom('knowledge_maps')
    .innerJoin('map_versions', 'map_versions.map_id', 'knowledge_maps.id')
    .select('knowledge_maps.slug')
    .where('map_versions.state', '=', 'published')
    .where('knowledge_maps.archived_at', 'is', null)
    .orderBy('knowledge_maps.position')
    .execute()
  return Promise.all(maps.map((m) => readableTree(db, m.slug)))
}
