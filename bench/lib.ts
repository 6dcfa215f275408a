import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import { createApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import type { Services } from '../server/context.ts'
import { createUser } from '../server/db/factories.ts'
import { listen } from '../server/http.ts'
import { createServices } from '../server/services.ts'
import { createTestDatabase, type TestDatabaseKind } from '../tests/databases.ts'

/**
 * Shared pieces of the benchmarks: the real app on a loopback port, a bare `node:http`
 * baseline, an autocannon runner and the `name: value unit` printer. A new benchmark adds a
 * module next to bench/api.ts that uses these, and a call in bench/run.ts.
 */

export type DatabaseKind = TestDatabaseKind

export const HOST = '127.0.0.1'

/** Load settings shared by every measurement; kept small so both databases fit in ~2 minutes. */
export const LOAD = {
  connections: 50,
  warmupSeconds: 1.5,
  /** Measured seconds per target, split over `rounds` alternating runs. */
  durationSeconds: 5,
  rounds: 2,
}

// ---------------------------------------------------------------------------------------------
// Reporting

const failures: string[] = []

/** Prints one figure as `name: value unit`. Names are stable: scripts and issues compare them. */
export function report(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${typeof value === 'number' ? formatNumber(value, unit) : value} ${unit}`)
}

function formatNumber(value: number, unit: string): string {
  if (unit === 'x') return value.toFixed(2)
  if (unit === 'ms') return Number.isInteger(value) ? String(value) : value.toFixed(2)
  return String(Math.round(value))
}

/** Notes something that makes the run invalid; run.ts exits non-zero when any were noted. */
export function fail(message: string): void {
  failures.push(message)
  console.error(`bench error: ${message}`)
}

export function failuresSoFar(): readonly string[] {
  return failures
}

export const ratio = (value: number, baseline: number): number =>
  baseline > 0 ? value / baseline : 0

// ---------------------------------------------------------------------------------------------
// Servers

/** A free loopback port, found by letting a throwaway server pick one and closing it again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    // Keep-alive sockets of the load generator would otherwise hold close() open.
    if (server instanceof http.Server) server.closeAllConnections()
  })
}

export interface RunningApp {
  kind: DatabaseKind
  baseUrl: string
  services: Services
  /** Creates an account and signs it in through the API; returns the `cookie` header value. */
  signedInCookie(): Promise<string>
  close(): Promise<void>
}

/**
 * The real Routekaart (createServices + createApp, as server/main.ts does) on a fresh test
 * database of `kind`, served by @hono/node-server on a free loopback port. BASE_URL names that
 * port, so the CSRF origin check accepts the sign-in.
 */
export async function startApp(kind: DatabaseKind): Promise<RunningApp> {
  const database = await createTestDatabase(kind)
  let services: Services | null = null
  let server: net.Server | null = null
  // Requests still being handled when the load generator hangs up: the database must stay
  // open until they are done, or they fail with "driver has already been destroyed".
  let inFlight = 0
  const close = async () => {
    if (server) await closeServer(server)
    for (let waited = 0; inFlight > 0 && waited < 10_000; waited += 20) await sleep(20)
    if (services) await services.db.close()
    await database.drop()
  }
  try {
    const port = await freePort()
    const baseUrl = `http://${HOST}:${port}`
    const config = loadConfig({
      DATABASE_URL: database.url,
      BASE_URL: baseUrl,
      PORT: String(port),
      DEMO: 'false',
      WEB_ROOT: '',
      LOGIN_LIMIT_ACCOUNT: '1000000',
      LOGIN_LIMIT_ADDRESS: '1000000',
    })
    services = await createServices(config)
    const app = createApp(services)
    const fetch: typeof app.fetch = async (...args) => {
      inFlight++
      try {
        return await app.fetch(...args)
      } finally {
        inFlight--
      }
    }
    // The same listener as `npm start` (server/http.ts), fast path included.
    server = await listen(fetch, services, port, HOST)
    const db = services.db
    return {
      kind,
      baseUrl,
      services,
      async signedInCookie() {
        const user = await createUser(db, { roles: ['professional'] })
        return signIn(baseUrl, user.email, user.password)
      },
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** POST /api/auth/sign-in like the browser does; returns `rk_session=…` for the cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) {
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`)
  }
  const session = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('rk_session='))
  if (!session) throw new Error('sign-in set no rk_session cookie')
  return session
}

export interface CapturedResponse {
  status: number
  contentType: string
  body: string
}

/** One real response of the app, to check it and to let the baseline answer the same bytes. */
export async function capture(
  url: string,
  headers: Record<string, string> = {},
): Promise<CapturedResponse> {
  const response = await fetch(url, { headers })
  const body = await response.text()
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`GET ${url} answered ${response.status}: ${body}`)
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body }
}

export interface BaselineServer {
  url: string
  close(): Promise<void>
}

/**
 * A bare `node:http` server on loopback that answers every request with `response`: the least
 * any Node server could do for the same bytes, i.e. the ceiling the app is compared with.
 */
export async function startBaseline(response: CapturedResponse): Promise<BaselineServer> {
  const body = Buffer.from(response.body)
  const headers = { 'content-type': response.contentType, 'content-length': body.length }
  const server = http.createServer((_request, reply) => {
    reply.writeHead(response.status, headers)
    reply.end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, HOST, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://${HOST}:${port}`, close: () => closeServer(server) }
}

// ---------------------------------------------------------------------------------------------
// Load

export interface LoadTarget {
  /** Names the target in error messages. */
  label: string
  url: string
  headers?: Record<string, string>
  /** When given, every response body must be exactly this (else counted as a mismatch). */
  expectBody?: string
}

export interface LoadResult {
  /** Completed requests per second over the measured time. */
  rps: number
  /** 99th percentile latency in milliseconds (the worst round when measured in rounds). */
  p99: number
  /** Completed requests and measured seconds. */
  total: number
  seconds: number
  non2xx: number
  errors: number
  timeouts: number
  mismatches: number
  /**
   * CPU time of this process's main thread (where the app and the baseline run) per completed
   * request, in microseconds; null where the OS does not tell. Unlike req/s it hardly depends
   * on what else the machine is doing, and autocannon's own thread is not in it.
   */
  cpuUs: number | null
}

const PROBLEMS = ['non2xx', 'errors', 'timeouts', 'mismatches'] as const

/**
 * One autocannon run against `target`, in a worker thread so the load generator does not
 * share the event loop of the server it measures. Every response must be 2xx (and the
 * expected body); anything else, or no response at all, is reported via fail().
 */
export async function runAutocannon(target: LoadTarget, seconds: number): Promise<LoadResult> {
  const cpuBefore = mainThreadCpuMs()
  const result = await autocannon({
    url: target.url,
    headers: target.headers ?? {},
    connections: LOAD.connections,
    duration: seconds,
    workers: 1,
    ...(target.expectBody === undefined ? {} : { expectBody: target.expectBody }),
  })
  const load: LoadResult = {
    rps: result.duration > 0 ? result.requests.total / result.duration : 0,
    p99: result.latency.p99,
    total: result.requests.total,
    seconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    cpuUs: null,
  }
  const cpuAfter = mainThreadCpuMs()
  if (cpuBefore !== null && cpuAfter !== null && load.total > 0) {
    load.cpuUs = ((cpuAfter - cpuBefore) * 1000) / load.total
  }
  const problems = PROBLEMS.filter((key) => load[key] > 0)
  if (problems.length > 0 || load.total === 0) {
    const counts = problems.map((key) => `${key}=${load[key]}`).join(' ')
    const codes = JSON.stringify(result.statusCodeStats ?? {})
    fail(
      `${target.label}: ${load.total} responses, ${counts || 'none completed'} (status ${codes})`,
    )
  }
  return load
}

/** User + system CPU milliseconds of the main thread so far (Linux /proc), or null. */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14 and 15 of proc_pid_stat(5), utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

function merge(rounds: LoadResult[]): LoadResult {
  const sum = (key: Exclude<keyof LoadResult, 'cpuUs'>) =>
    rounds.reduce((total, round) => total + round[key], 0)
  const total = sum('total')
  const seconds = sum('seconds')
  const cpu = rounds.every((round) => round.cpuUs !== null)
    ? rounds.reduce((acc, round) => acc + (round.cpuUs ?? 0) * round.total, 0)
    : null
  return {
    cpuUs: cpu !== null && total > 0 ? cpu / total : null,
    rps: seconds > 0 ? total / seconds : 0,
    p99: Math.max(...rounds.map((round) => round.p99)),
    total,
    seconds,
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    mismatches: sum('mismatches'),
  }
}

/**
 * Measures targets that are to be compared with each other (an endpoint and its baseline):
 * a warm-up run of each, then `LOAD.rounds` rounds in alternating order (A B, B A, …), so a
 * slow moment of a shared machine weighs on both alike. Each target gets
 * `LOAD.durationSeconds` of measured load in total; results come back in the order given.
 */
export async function measureInterleaved<const T extends readonly LoadTarget[]>(
  targets: T,
): Promise<{ -readonly [K in keyof T]: LoadResult }> {
  for (const target of targets) {
    await runAutocannon({ ...target, label: `${target.label} warm-up` }, LOAD.warmupSeconds)
  }
  const rounds = targets.map((): LoadResult[] => [])
  const seconds = LOAD.durationSeconds / LOAD.rounds
  for (let round = 0; round < LOAD.rounds; round++) {
    const order = targets.map((_, index) => index)
    if (round % 2 === 1) order.reverse()
    for (const index of order) {
      rounds[index]!.push(await runAutocannon(targets[index]!, seconds))
    }
  }
  return rounds.map(merge) as { -readonly [K in keyof T]: LoadResult }
}
