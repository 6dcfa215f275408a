import os from 'node:os'
import { type ApiFigures, benchApi, type EndpointFigures } from './api.ts'
import { benchCatalogue, CATALOGUE_SEARCH_GOAL_MS } from './catalogue.ts'
import { benchRouteSuggest, ROUTE_SUGGEST_GOAL_MS } from './learning-routes.ts'
import {
  type DatabaseKind,
  fail,
  failuresSoFar,
  LOAD,
  type RunningApp,
  report,
  startApp,
} from './lib.ts'
import { benchMaps, MAPS_TREE_GOALS } from './maps.ts'
import { benchSelfScans, SELF_SCAN_GOALS } from './self-scans.ts'

/**
 * `npm run bench`: the real app in-process on loopback, per database (SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set), each endpoint against a bare node:http baseline.
 * Output is `name: value unit` lines; see bench/README.md for the names.
 */

const READ_RATIO_GOAL = 0.6

const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error)

interface Figures extends ApiFigures {
  mapsTree: EndpointFigures
  selfScans: Awaited<ReturnType<typeof benchSelfScans>>
  catalogue: { p95: number }
  routeSuggest: { p95: number }
}

async function benchDatabase(kind: DatabaseKind): Promise<Figures | null> {
  let app: RunningApp
  try {
    app = await startApp(kind)
  } catch (error) {
    fail(`${kind}: could not start the app: ${describe(error)}`)
    return null
  }
  try {
    const api = await benchApi(app)
    const mapsTree = await benchMaps(app)
    const selfScans = await benchSelfScans(app)
    // Last: it adds 5,000 offerings to the database, which must not disturb the others.
    const catalogue = await benchCatalogue(app)
    // Over the 5,000 offerings the catalogue bench just seeded.
    const routeSuggest = await benchRouteSuggest(app)
    // Later benchmarks: add `await benchSomething(app)` here; each prints its own names.
    return { ...api, mapsTree, selfScans, catalogue, routeSuggest }
  } catch (error) {
    fail(`${kind}: ${describe(error)}`)
    return null
  } finally {
    await app.close().catch((error: unknown) => fail(`${kind}: cleanup: ${describe(error)}`))
  }
}

async function main() {
  const started = Date.now()
  // node-postgres takes its default user from $USER, libpq (psql) from the operating system:
  // let a URL without a user name mean the same thing to both.
  if (!process.env.PGUSER && !process.env.USER) process.env.PGUSER = os.userInfo().username
  const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
  console.log(
    `# Routekaart bench: node ${process.version}, ${LOAD.connections} connections, ` +
      `${LOAD.warmupSeconds} s warm-up + ${LOAD.durationSeconds} s per target`,
  )
  console.log(`databases: ${kinds.join(', ')}`)
  if (!kinds.includes('postgres')) console.log('postgres: not measured (TEST_DATABASE_URL not set)')

  const results = new Map<DatabaseKind, Figures>()
  for (const kind of kinds) {
    console.log(`# ${kind}`)
    const figures = await benchDatabase(kind)
    if (figures) results.set(kind, figures)
  }

  console.log('# summary')
  const sqlite = results.get('sqlite')
  const postgres = results.get('postgres')
  if (sqlite) report('api.read.ratio', sqlite.read.ratio, 'x')
  if (postgres) report('api.read.ratio.postgres', postgres.read.ratio, 'x')
  report('api.read.ratio.goal', String(READ_RATIO_GOAL), 'x')
  if (sqlite) {
    report('maps.tree.ratio', sqlite.mapsTree.ratio, 'x')
    report('maps.tree.p99', sqlite.mapsTree.app.p99, 'ms')
  }
  if (postgres) {
    report('maps.tree.ratio.postgres', postgres.mapsTree.ratio, 'x')
    report('maps.tree.p99.postgres', postgres.mapsTree.app.p99, 'ms')
  }
  report('maps.tree.ratio.goal', String(MAPS_TREE_GOALS.ratio), 'x')
  report('maps.tree.p99.goal', String(MAPS_TREE_GOALS.p99Ms), 'ms')
  if (sqlite) report('selfscan.report.p95', sqlite.selfScans.reportP95, 'ms')
  if (postgres) report('selfscan.report.p95.postgres', postgres.selfScans.reportP95, 'ms')
  report('selfscan.report.p95.goal', String(SELF_SCAN_GOALS.reportP95Ms), 'ms')
  if (sqlite) report('selfscan.team.sqlite', sqlite.selfScans.teamMs, 'ms')
  if (postgres) report('selfscan.team.postgres', postgres.selfScans.teamMs, 'ms')
  report('selfscan.team.goal', String(SELF_SCAN_GOALS.teamMs), 'ms')
  // catalogue.search.p95.<db> is printed in each database's section.
  report('catalogue.search.p95.goal', String(CATALOGUE_SEARCH_GOAL_MS), 'ms')
  // route.suggest.p95.<db> likewise.
  report('route.suggest.p95.goal', String(ROUTE_SUGGEST_GOAL_MS), 'ms')
  const parts = [
    sqlite
      ? `api.read.ratio ${sqlite.read.ratio.toFixed(2)} x ` +
        `${sqlite.read.ratio >= READ_RATIO_GOAL ? 'meets' : 'BELOW'} goal ${READ_RATIO_GOAL} x`
      : 'api.read.ratio not measured',
    `measured: ${[...results.keys()].join(', ') || 'none'}`,
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
  ]
  const failures = failuresSoFar()
  if (failures.length > 0) {
    parts.push(`FAILED with ${failures.length} error(s), see stderr`)
    process.exitCode = 1
  }
  console.log(`summary: ${parts.join('; ')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
