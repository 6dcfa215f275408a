import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import type { Db } from '../../db/connection.ts'
import { publishedTrees } from './tree-cache.ts'

/** Lower case without accents, so "beoordelen" finds "Beoordélen" and "wet" finds "Wet-". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/** At most this many results are sent; `total` says how many there were. */
export const SEARCH_LIMIT = 100

/**
 * Objectives of published maps whose text (or theme or domain) contains every word of the
 * query, the first `limit` in reading order, with the total count and whether it was cut.
 * Published trees sit in memory, so this is a scan over a few hundred short strings.
 */
export async function searchObjectives(db: Db, query: string, limit = SEARCH_LIMIT) {
  const words = normalise(query).split(/\s+/).filter(Boolean)
  const results = []
  let total = 0
  for (const tree of await publishedTrees(db)) {
    for (const objective of objectivesOf(tree)) {
      const haystack = normalise(
        `${objective.title} ${objective.theme.title} ${objective.domain.title}`,
      )
      if (!words.every((word) => haystack.includes(word))) continue
      total += 1
      if (results.length >= limit) continue
      results.push({
        map: { slug: tree.map.slug, title: tree.map.title },
        domain: objective.domain.title,
        theme: objective.theme.title,
        objective: { id: objective.id, title: objective.title },
      })
    }
  }
  return { results, total, truncated: total > results.length }
}
