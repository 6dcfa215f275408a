import { compareWithBaseline, type EndpointFigures } from './api.ts'
import type { RunningApp } from './lib.ts'

/** Goals of the kenniskaarten issue, at 50 connections. */
export const MAPS_TREE_GOALS = { ratio: 0.6, p99Ms: 25 }

/**
 * The published tree of Toezicht en Advies (the full map: 2 domains, 9 themes, 36
 * objectives), read anonymously as the public map page does, against a bare server answering
 * the same bytes. Prints the per-database lines of `compareWithBaseline`; run.ts prints the
 * issue's headline names `maps.tree.ratio` and `maps.tree.p99` (SQLite) in its summary.
 */
export function benchMaps(app: RunningApp): Promise<EndpointFigures> {
  return compareWithBaseline({
    name: 'maps.tree',
    app,
    path: '/api/knowledge-maps/toezicht-en-advies',
  })
}
