import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { createUser } from '../server/db/factories.ts'
import { readableTree } from '../server/features/knowledge-maps/tree-cache.ts'
import { type RunningApp, report, signIn } from './lib.ts'

/** Goal of the leerroute issue: suggestions for a goal within 20 ms at the 95th percentile. */
export const ROUTE_SUGGEST_GOAL_MS = 20

const WARMUP = 40
const MEASURED = 400

/**
 * `GET /api/learning-goals/{id}/suggestions` over the catalogue the catalogue bench seeded
 * (5,000 offerings): one request at a time, for goals of one to four objectives, with and
 * without preferences. Against a baseline of `GET /api/learning-goals/{id}` (the same goal,
 * no suggestions) in the same run. Prints `route.suggest.p95.<db>`.
 */
export async function benchRouteSuggest(app: RunningApp): Promise<{ p95: number }> {
  const { db } = app.services
  // Statistics over the freshly loaded catalogue, as autovacuum gathers them in production;
  // without them PostgreSQL plans for the empty tables it last saw.
  if (db.kind === 'postgres') await sql`ANALYZE`.execute(db.kysely)
  const user = await createUser(db, { roles: ['professional'], audience: 'gevorderde' })
  const cookie = await signIn(app.baseUrl, user.email, user.password)
  const csrf = await sessionCsrf(app.baseUrl, cookie)
  const tree = await readableTree(db, 'toezicht-en-advies')
  const objectives = tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives))
  const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
  const goals: string[] = []
  for (let n = 1; n <= 4; n++) {
    const response = await fetch(`${app.baseUrl}/api/learning-goals`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/json',
        origin: app.baseUrl,
        'x-csrf-token': csrf,
      },
      body: JSON.stringify({
        title: `Benchdoel ${n}`,
        why: 'Meten',
        measure: 'Gemeten',
        deadline,
        objectiveIds: objectives.slice(n * 3, n * 3 + n).map((o) => o.id),
      }),
    })
    if (response.status !== 201) throw new Error(`creating a goal answered ${response.status}`)
    goals.push(((await response.json()) as { id: string }).id)
  }
  const queries = [
    '',
    '?online=true',
    '?maxCostCents=50000',
    '?forms=formal_course&forms=reading',
    '?level=gevorderd',
  ]
  const time = async (path: (i: number) => string) => {
    const timings: number[] = []
    for (let i = 0; i < WARMUP + MEASURED; i++) {
      const started = performance.now()
      const response = await fetch(`${app.baseUrl}${path(i)}`, { headers: { cookie } })
      await response.arrayBuffer()
      const elapsed = performance.now() - started
      if (response.status !== 200) throw new Error(`GET ${path(i)} answered ${response.status}`)
      if (i >= WARMUP) timings.push(elapsed)
    }
    timings.sort((a, b) => a - b)
    return Number(timings[Math.ceil(0.95 * timings.length) - 1]!.toFixed(2))
  }
  const p95 = await time(
    (i) =>
      `/api/learning-goals/${goals[i % goals.length]}/suggestions${queries[i % queries.length]}`,
  )
  const baseline = await time((i) => `/api/learning-goals/${goals[i % goals.length]}`)
  report(`route.suggest.p95.${app.kind}`, p95, 'ms')
  report(`route.suggest.baseline.p95.${app.kind}`, baseline, 'ms')
  report(`route.suggest.ratio.${app.kind}`, baseline / p95, 'x')
  return { p95 }
}

async function sessionCsrf(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, { headers: { cookie } })
  const body = (await response.json()) as { csrfToken: string | null }
  if (!body.csrfToken) throw new Error('no CSRF token for the bench session')
  return body.csrfToken
}
