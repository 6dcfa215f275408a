import { performance } from 'node:perf_hooks'
import { OFFERING_FORMS, OFFERING_LEVELS } from '../domain/catalogue/model.ts'
import type { Db } from '../server/db/connection.ts'
import { offeringFromValues } from '../server/features/catalogue/factories.ts'
import { writeOffering } from '../server/features/catalogue/operations.ts'
import { createProviderRecord } from '../server/features/catalogue/providers.ts'
import { knownObjectiveIds } from '../server/features/catalogue/queries.ts'
import { newId } from '../server/util.ts'
import { type RunningApp, report } from './lib.ts'

/** Goal of the catalogue issue: a search answers within 30 ms at the 95th percentile. */
export const CATALOGUE_SEARCH_GOAL_MS = 30
export const CATALOGUE_OFFERINGS = 5_000

const WARMUP = 40
const MEASURED = 400

// Words of the sector, combined into titles and descriptions that differ from each other.
const SUBJECTS = [
  'archiefinspectie',
  'selectielijsten',
  'digitale duurzaamheid',
  'metadata',
  'Archiefwet',
  'informatiebeheer',
  'recordmanagement',
  'e-depot',
  'openbaarheid',
  'privacy',
  'toezicht',
  'vervanging',
  'vernietiging',
  'archiefvorming',
  'datagedreven werken',
  'ethiek',
  'migratie',
  'informatiearchitectuur',
  'kwaliteitssystemen',
  'rapporteren',
  'adviseren',
  'netwerken',
  'archieven van gemeenten',
  'waterschappen',
  'provinciale archieven',
  'erfgoed',
  'zaaksystemen',
]
const FRAMES = [
  'Inleiding in',
  'Verdieping in',
  'Praktijkdag',
  'Werken met',
  'Actueel:',
  'Oefenen met',
  'Leergang',
  'Kennissessie over',
  'Casussen over',
  'De basis van',
]

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!

/**
 * 5,000 offerings over 20 providers, through the same write as the app (row, objective links,
 * search text and — on SQLite — the FTS table), each linked to two to four objectives of the
 * published kenniskaarten.
 */
export async function seedOfferings(db: Db, count: number): Promise<string[]> {
  const objectiveRows = await db.kysely
    .selectFrom('map_nodes')
    .innerJoin('map_versions', 'map_versions.id', 'map_nodes.version_id')
    .select('map_nodes.node_id')
    .where('map_nodes.kind', '=', 'objective')
    .where('map_versions.state', '=', 'published')
    .execute()
  const objectives = [
    ...(await knownObjectiveIds(
      db,
      objectiveRows.map((r) => r.node_id),
    )),
  ]
  const providers: { id: string; name: string }[] = []
  for (let i = 0; i < 20; i++) {
    const name = `Opleider ${i + 1} ${pick(SUBJECTS, i * 7)}`
    const id = await createProviderRecord(db, { name, slug: `bench-${i + 1}`, website: null })
    providers.push({ id, name })
  }
  const now = new Date().toISOString()
  for (let start = 0; start < count; start += 500) {
    await db.kysely.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const provider = pick(providers, i)
        const subject = pick(SUBJECTS, i * 13 + 5)
        const other = pick(SUBJECTS, i * 17 + 3)
        const links = [0, 1, 2, 3]
          .slice(0, 2 + (i % 3))
          .map((k) => pick(objectives, i * 31 + k * 7))
        const input = offeringFromValues({
          provider,
          title: `${pick(FRAMES, i)} ${subject} (${i + 1})`,
          description: `Voor archiefprofessionals die meer willen weten over ${subject} en ${other}. Met opdrachten uit de praktijk van gemeenten, provincies en regionale historische centra.`,
          form: pick(OFFERING_FORMS, i),
          level: pick(OFFERING_LEVELS, i >> 1),
          studyHours: 1 + (i % 40),
          cost: (i % 7) * 12_500,
          online: i % 3 === 0,
          objectiveIds: [...new Set(links)],
        })
        await writeOffering(trx, db.kind, {
          id: newId(),
          input,
          providerName: provider.name,
          ownerUserId: null,
          isNew: true,
          now,
        })
      }
    })
  }
  return objectives
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * `GET /api/catalogue/offerings` with a signed-in session over 5,000 offerings: one request at
 * a time (latency of a search, not of a queue), rotating through Dutch searches with and
 * without filters. Prints `catalogue.search.p95.<db>` and `catalogue.search.p50.<db>`.
 */
export async function benchCatalogue(app: RunningApp): Promise<{ p95: number; p50: number }> {
  const objectives = await seedOfferings(app.services.db, CATALOGUE_OFFERINGS)
  const cookie = await app.signedInCookie()
  const queries = [
    'q=archieven',
    'q=inspecties',
    'q=digitale%20duurzaamheid',
    'q=selectielijst&level=basis',
    'q=gemeenten&online=true&maxCost=500',
    'form=coaching&level=gevorderd',
    'map=toezicht-en-advies&maxCost=250',
    `objective=${objectives[3]}`,
    'q=toezicht&form=formal_course&page=2',
    'q=erfgoed%20metadata',
    'online=false&form=masterclass',
    'q=adviseren&map=toezicht-en-advies',
  ]
  const headers = { cookie }
  const timings: number[] = []
  for (let i = 0; i < WARMUP + MEASURED; i++) {
    const url = `${app.baseUrl}/api/catalogue/offerings?${pick(queries, i)}`
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    const elapsed = performance.now() - started
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
    if (i >= WARMUP) timings.push(elapsed)
  }
  if (process.env.BENCH_CATALOGUE_DETAIL) {
    const per = new Map<string, number[]>()
    timings.forEach((ms, i) => {
      const query = pick(queries, i + WARMUP)
      per.set(query, [...(per.get(query) ?? []), ms])
    })
    for (const [query, list] of per)
      console.log(
        `  ${query}: ${Math.max(...list).toFixed(1)} ms max, ${list.sort((a, b) => a - b)[list.length >> 1]!.toFixed(1)} ms median`,
      )
  }
  timings.sort((a, b) => a - b)
  const figures = { p95: percentile(timings, 95), p50: percentile(timings, 50) }
  report(`catalogue.search.p95.${app.kind}`, Number(figures.p95.toFixed(2)), 'ms')
  report(`catalogue.search.p50.${app.kind}`, Number(figures.p50.toFixed(2)), 'ms')
  return figures
}
