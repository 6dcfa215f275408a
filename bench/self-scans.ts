import crypto from 'node:crypto'
import { performance } from 'node:perf_hooks'
import type { MapContent } from '../domain/knowledge-maps/model.ts'
import { createUser } from '../server/db/factories.ts'
import { seedKnowledgeMaps } from '../server/features/knowledge-maps/content.ts'
import { readableTree } from '../server/features/knowledge-maps/tree-cache.ts'
import { createScan } from '../server/features/self-scans/factories.ts'
import { findScan } from '../server/features/self-scans/queries.ts'
import { buildReport } from '../server/features/self-scans/report.ts'
import { teamOverview } from '../server/features/self-scans/team-overview.ts'
import { type RunningApp, ratio, report } from './lib.ts'

/** Goals of the zelfscan issue, server-side. */
export const SELF_SCAN_GOALS = { reportP95Ms: 10, teamMs: 100 }

const REPORT_RUNS = 300
const TEAM_RUNS = 30
const TEAM_PEOPLE = 5000

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    Math.round(
      sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 100,
    ) / 100
  )
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(20, runs); i++) await work() // warm-up: statement caches, JIT
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return times
}

/** A published 40-objective map (2 domains × 5 themes × 4 objectives) for the report bench. */
function fortyObjectiveMap(): MapContent {
  const id = () => crypto.randomUUID()
  return {
    slug: 'bench-veertig-leerdoelen',
    title: 'Benchkaart met veertig leerdoelen',
    audience: 'gevorderden',
    level: 'gevorderden',
    status: 'published',
    description: 'Alleen voor de benchmark.',
    documentId: id(),
    version: { number: 1, publishedAt: '2026-01-01' },
    domains: [1, 2].map((d) => ({
      id: id(),
      title: `Domein ${d}`,
      themes: [1, 2, 3, 4, 5].map((t) => ({
        id: id(),
        title: `Thema ${d}.${t}`,
        objectives: [1, 2, 3, 4].map((o) => ({ id: id(), title: `Leerdoel ${d}.${t}.${o}` })),
      })),
    })),
  }
}

/**
 * `selfscan.report.p95`: building the full report of the newest of 10 scans on a 40-objective
 * map (read the scan, score it and its predecessor, compare), in-process, against a baseline
 * of reading the same scan row alone. `selfscan.team.<db>`: the anonymous team overview over
 * 5,000 professionals who each shared a scan with their manager, against a baseline count.
 */
export async function benchSelfScans(app: RunningApp) {
  const { db } = app.services
  const suffix = app.kind === 'sqlite' ? '' : `.${app.kind}`

  const map = fortyObjectiveMap()
  await seedKnowledgeMaps(db, [map])
  const owner = await createUser(db, { roles: ['professional'] })
  let latest = ''
  for (let i = 0; i < 10; i++) {
    latest = await createScan(db, {
      userId: owner.id,
      slug: map.slug,
      level: (n) => 1 + ((n + i) % 5),
      submittedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    })
  }
  const reader = { scope: 'full' as const, ownerName: owner.name, mine: true }
  const reportTimes = await timed(REPORT_RUNS, async () =>
    buildReport(db, await findScan(db, latest), reader),
  )
  const rowTimes = await timed(REPORT_RUNS, () => findScan(db, latest))
  const reportP95 = percentile(reportTimes, 95)
  const rowP95 = percentile(rowTimes, 95)
  report(`selfscan.report.p95${suffix}`, reportP95, 'ms')
  report(`selfscan.report.baseline.p95${suffix}`, rowP95, 'ms')
  report(`selfscan.report.ratio${suffix}`, ratio(rowP95, reportP95), 'x')

  const organisationId = await seedTeam(app)
  const team = () =>
    teamOverview(db, { organisationId, slug: 'toezicht-en-advies', minGroupSize: 5 })
  const check = await team()
  if (check.people !== TEAM_PEOPLE) throw new Error(`team overview counted ${check.people}`)
  const teamTimes = await timed(TEAM_RUNS, team)
  const baselineTimes = await timed(TEAM_RUNS, () =>
    db.kysely
      .selectFrom('self_scans')
      .select((eb) => eb.fn.countAll().as('n'))
      .execute(),
  )
  const teamMs = percentile(teamTimes, 95)
  const baselineMs = percentile(baselineTimes, 95)
  report(`selfscan.team.${app.kind}`, teamMs, 'ms')
  report(`selfscan.team.baseline.${app.kind}`, baselineMs, 'ms')
  report(`selfscan.team.ratio.${app.kind}`, ratio(baselineMs, teamMs), 'x')
  return { reportP95, teamMs }
}

/** 5,000 professionals of one organisation, each with a submitted scan shared with the manager. */
export async function seedTeam(app: RunningApp): Promise<string> {
  const { db } = app.services
  const organisationId = crypto.randomUUID()
  const at = new Date().toISOString()
  await db.kysely
    .insertInto('organisations')
    .values({
      id: organisationId,
      name: 'Bencharchief',
      kind: 'regionaal',
      city: null,
      is_demo: 0,
      created_at: at,
    })
    .execute()
  const manager = await createUser(db, { roles: ['manager'], organisationId })
  const tree = await readableTree(db, 'toezicht-en-advies')
  const themes = tree.domains.flatMap((d) => d.themes)
  const version = await db.kysely
    .selectFrom('map_versions')
    .innerJoin('knowledge_maps', 'knowledge_maps.id', 'map_versions.map_id')
    .select(['map_versions.id as versionId', 'knowledge_maps.id as mapId'])
    .where('map_versions.id', '=', tree.version.id)
    .executeTakeFirstOrThrow()
  const template = await db.kysely
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', manager.id)
    .executeTakeFirstOrThrow()
  for (let start = 0; start < TEAM_PEOPLE; start += 250) {
    const people = Array.from({ length: Math.min(250, TEAM_PEOPLE - start) }, (_, i) => ({
      n: start + i,
      userId: crypto.randomUUID(),
      scanId: crypto.randomUUID(),
    }))
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values(
          people.map(({ n, userId }) => ({
            id: userId,
            email: `bench-${n}-${userId.slice(0, 8)}@bench.nl`,
            name: `Bench ${n}`,
            password_hash: template.password_hash,
            email_confirmed_at: at,
            organisation_id: organisationId,
            organisation_confirmed_at: at,
            locale: 'nl',
            audience: 'gevorderde',
            disabled_at: null,
            is_demo: 0,
            created_at: at,
          })),
        )
        .execute()
      await trx
        .insertInto('user_roles')
        .values(people.map(({ userId }) => ({ user_id: userId, role: 'professional' })))
        .execute()
      await trx
        .insertInto('self_scans')
        .values(
          people.map(({ userId, scanId }) => ({
            id: scanId,
            user_id: userId,
            map_id: version.mapId,
            version_id: version.versionId,
            scale: '{}',
            target_level: 4,
            answers: '{}',
            theme_notes: '{}',
            status: 'submitted' as const,
            started_at: at,
            updated_at: at,
            submitted_at: at,
          })),
        )
        .execute()
      await trx
        .insertInto('self_scan_theme_scores')
        .values(
          people.flatMap(({ n, scanId }) =>
            themes.map((theme, t) => ({
              scan_id: scanId,
              theme_node_id: theme.id,
              mean: 1 + ((n + t) % 5),
              gap: Math.max(0, 4 - (1 + ((n + t) % 5))),
              develop_count: (n + t) % 3,
            })),
          ),
        )
        .execute()
      await trx
        .insertInto('self_scan_shares')
        .values(
          people.map(({ userId, scanId }) => ({
            id: crypto.randomUUID(),
            scan_id: scanId,
            owner_user_id: userId,
            grantee_user_id: manager.id,
            grantee_role: 'manager' as const,
            scope: 'summary' as const,
            created_at: at,
            revoked_at: null,
          })),
        )
        .execute()
    })
  }
  if (db.kind === 'postgres') await sqlAnalyse(app)
  return organisationId
}

/** Fresh statistics after the bulk load, as autovacuum would gather them in production. */
async function sqlAnalyse(app: RunningApp) {
  const { sql } = await import('kysely')
  await sql`ANALYZE`.execute(app.services.db.kysely)
}
