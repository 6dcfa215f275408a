import type { Role } from '../domain/roles.ts'
import { createApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { createOrganisation, createUser } from '../server/db/factories.ts'
import { createServices } from '../server/services.ts'
import { createTestDatabase } from './databases.ts'
import { startSmtpCapture } from './smtp.ts'

export const BASE_URL = 'http://routekaart.test'

/**
 * A complete Routekaart for one test file: a fresh database of the suite's kind, the real
 * app, and a real SMTP server on loopback catching the mail. Requests go through
 * `app.request`, so they pass every middleware without opening a port.
 */
export async function createTestContext(env: Record<string, string> = {}) {
  const database = await createTestDatabase()
  const smtp = await startSmtpCapture()
  const config = loadConfig({
    DATABASE_URL: database.url,
    BASE_URL,
    SMTP_URL: smtp.url,
    DEMO: 'false',
    WEB_ROOT: '',
    ...env,
  })
  const services = await createServices(config)
  const app = createApp(services)
  const { db } = services
  return {
    app,
    services,
    db,
    smtp,
    databaseFile: database.file,
    client: (ip = '192.0.2.1') => new TestClient(app, ip),
    organisation: (values?: Parameters<typeof createOrganisation>[1]) =>
      createOrganisation(db, values),
    user: (values?: Parameters<typeof createUser>[1]) => createUser(db, values),
    /** A signed-in client for a new account with these roles. */
    async signedIn(roles: Role[], values: Parameters<typeof createUser>[1] = {}) {
      const user = await createUser(db, { roles, ...values })
      const client = new TestClient(app, `198.51.100.${Math.floor(Math.random() * 250)}`)
      await client.signIn(user.email, user.password)
      return { user, client }
    },
    async close() {
      await services.db.close()
      await smtp.close()
      await database.drop()
    },
  }
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>

export interface TestResponse {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape
  body: any
}

/** A browser-like client: keeps the session cookie, sends Origin and the CSRF token. */
export class TestClient {
  cookie: string | null = null
  csrfToken: string | null = null

  constructor(
    private readonly app: ReturnType<typeof createApp>,
    private readonly ip: string,
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const allHeaders: Record<string, string> = { origin: BASE_URL, ...headers }
    if (this.cookie) allHeaders.cookie = this.cookie
    if (this.csrfToken && method !== 'GET') allHeaders['x-csrf-token'] = this.csrfToken
    let payload: string | undefined
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body)
      allHeaders['content-type'] ??= 'application/json'
      allHeaders['content-length'] = String(Buffer.byteLength(payload))
    }
    const response = await this.app.request(
      `${BASE_URL}${path}`,
      { method, headers: allHeaders, body: payload },
      { incoming: { socket: { remoteAddress: this.ip } } },
    )
    const setCookie = response.headers.get('set-cookie')
    if (setCookie?.startsWith('rk_session=')) {
      const value = setCookie.split(';')[0]!
      this.cookie = value === 'rk_session=' ? null : value
    }
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {}
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
      this.csrfToken = (parsed as { csrfToken: string | null }).csrfToken
    }
    return {
      status: response.status,
      headers: response.headers,
      body: parsed as TestResponse['body'],
    }
  }

  get = (path: string, headers?: Record<string, string>) =>
    this.request('GET', path, undefined, headers)
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, body ?? {}, headers)
  put = (path: string, body?: unknown) => this.request('PUT', path, body ?? {})
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body ?? {})
  delete = (path: string) => this.request('DELETE', path)

  async signIn(email: string, password: string) {
    const response = await this.post('/api/auth/sign-in', { email, password })
    if (response.status !== 200) {
      throw new Error(`Sign-in failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response
  }
}
