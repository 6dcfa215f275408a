import {
  capture,
  type LoadResult,
  measureInterleaved,
  type RunningApp,
  ratio,
  report,
  startBaseline,
} from './lib.ts'

export interface EndpointFigures {
  app: LoadResult
  baseline: LoadResult
  ratio: number
}

/**
 * One endpoint of the running app against a bare node:http server answering the same bytes,
 * measured back to back. Prints `<name>.rps.<db>`, `<name>.p99.<db>`, `<name>.baseline.rps`
 * (suffixed `.postgres` on PostgreSQL, whose body differs) and `<name>.ratio.<db>`.
 */
export async function compareWithBaseline(options: {
  name: string
  app: RunningApp
  path: string
  headers?: Record<string, string>
}): Promise<EndpointFigures> {
  const { name, app } = options
  const url = `${app.baseUrl}${options.path}`
  const headers = options.headers ?? {}
  const response = await capture(url, headers)
  const expectBody = response.body
  const baselineServer = await startBaseline(response)
  const [measured, baseline] = await measureInterleaved([
    { label: `${name} (${app.kind})`, url, headers, expectBody },
    { label: `${name} baseline`, url: `${baselineServer.url}${options.path}`, headers, expectBody },
  ]).finally(() => baselineServer.close())
  const figures = { app: measured, baseline, ratio: ratio(measured.rps, baseline.rps) }
  const db = app.kind
  report(`${name}.rps.${db}`, measured.rps, 'req/s')
  report(`${name}.p99.${db}`, measured.p99, 'ms')
  report(
    db === 'sqlite' ? `${name}.baseline.rps` : `${name}.baseline.rps.${db}`,
    baseline.rps,
    'req/s',
  )
  report(`${name}.baseline.p99.${db}`, baseline.p99, 'ms')
  if (measured.cpuUs !== null) report(`${name}.cpu.${db}`, measured.cpuUs, 'us/req')
  if (baseline.cpuUs !== null) report(`${name}.baseline.cpu.${db}`, baseline.cpuUs, 'us/req')
  report(`${name}.ratio.${db}`, figures.ratio, 'x')
  return figures
}

export interface ApiFigures {
  health: EndpointFigures
  read: EndpointFigures
}

/**
 * The API benchmarks of issue "benchmark harness": GET /api/health (no session) and the
 * authenticated read GET /api/account (session cookie → 2 session queries + findMe).
 */
export async function benchApi(app: RunningApp): Promise<ApiFigures> {
  const cookie = await app.signedInCookie()
  const health = await compareWithBaseline({ name: 'api.health', app, path: '/api/health' })
  const read = await compareWithBaseline({
    name: 'api.read',
    app,
    path: '/api/account',
    headers: { cookie },
  })
  return { health, read }
}
