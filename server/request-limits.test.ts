import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimitOf, JSON_BODY_MAX_BYTES, LARGE_BODY_ROUTES } from '../domain/request-limits.ts'
import { BASE_URL, createTestContext, type TestContext } from '../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

/** A body of `total` bytes made on demand, counting how many bytes the server pulled. */
function countedBody(total: number) {
  const counter = { pulled: 0 }
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += chunk.length
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

async function send(path: string, body: ReadableStream<Uint8Array>, headers: HeadersInit) {
  return ctx.app.request(
    `${BASE_URL}${path}`,
    {
      method: 'POST',
      headers: { origin: BASE_URL, 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit,
    { incoming: { socket: { remoteAddress: '192.0.2.70' } } },
  )
}

const HUNDRED_MB = 100 * 1024 * 1024

describe('request body limits', () => {
  it('refuses a 100 MB anonymous sign-in by its length, reading none of it', async () => {
    const { stream, counter } = countedBody(HUNDRED_MB)
    const response = await send('/api/auth/sign-in', stream, {
      'content-length': String(HUNDRED_MB),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect((await response.json()).code).toBe('payload_too_large')
    // A ReadableStream pulls once ahead to fill its queue; the server itself read nothing more.
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024)
  })

  it('stops reading a streamed body without a length as soon as it passes the limit', async () => {
    const { stream, counter } = countedBody(HUNDRED_MB)
    const response = await send('/api/auth/sign-in', stream, { 'transfer-encoding': 'chunked' })
    expect(response.status).toBe(413)
    expect((await response.json()).code).toBe('payload_too_large')
    expect(counter.pulled).toBeLessThanOrEqual(JSON_BODY_MAX_BYTES + 2 * 64 * 1024)
  })

  it('accepts an ordinary form at the default limit, and a larger body where the route needs it', async () => {
    const { user } = await ctx.signedIn(['professional'])
    const small = await ctx
      .client()
      .post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(small.status).toBe(200)
    expect(bodyLimitOf('POST', '/api/auth/sign-in')).toBe(JSON_BODY_MAX_BYTES)
    expect(bodyLimitOf('POST', '/api/knowledge-maps/import')).toBeGreaterThan(JSON_BODY_MAX_BYTES)
    expect(bodyLimitOf('PUT', '/api/knowledge-maps/beginners/draft/csv')).toBeGreaterThan(
      JSON_BODY_MAX_BYTES,
    )
    expect(bodyLimitOf('GET', '/api/knowledge-maps/beginners/draft/csv')).toBe(JSON_BODY_MAX_BYTES)
  })

  it('imports a kenniskaart CSV larger than the default limit', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const rows = ['domein_id,domein,thema_id,thema,leerdoel_id,leerdoel']
    for (let i = 0; rows.join('\r\n').length < 3 * JSON_BODY_MAX_BYTES; i++) {
      rows.push(
        `,Domein ${i % 4},,Thema ${i % 20},,"Leerdoel ${i}: ${'kan archieven ordenen '.repeat(5)}"`,
      )
    }
    const csv = `${rows.join('\r\n')}\r\n`
    const imported = await client.post('/api/knowledge-maps/import', {
      slug: 'groot-csv',
      title: 'Grote kaart',
      description: 'Uit een spreadsheet',
      audience: 'gevorderden',
      level: 'gevorderden',
      format: 'csv',
      csv,
    })
    expect(imported.status).toBe(201)
    const objectives = imported.body.domains.flatMap((d: { themes: { objectives: unknown[] }[] }) =>
      d.themes.flatMap((t) => t.objectives),
    )
    expect(objectives).toHaveLength(rows.length - 1)
  })

  it('names only routes that exist', async () => {
    const document = (await ctx.client().get('/api/openapi.json')).body
    for (const route of LARGE_BODY_ROUTES) {
      expect(
        document.paths[route.path]?.[route.method],
        `${route.method} ${route.path}`,
      ).toBeDefined()
    }
  })
})
