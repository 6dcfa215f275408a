import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabaseKind } from '../tests/databases.ts'
import { createTestContext, type TestContext } from '../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('the edge of the API', () => {
  it('answers health with the database in use', async () => {
    const response = await ctx.client().get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: testDatabaseKind() })
  })

  it('publishes an OpenAPI 3.1 document naming every route', async () => {
    const response = await ctx.client().get('/api/openapi.json')
    expect(response.status).toBe(200)
    expect(response.body.openapi).toBe('3.1.0')
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/sign-in',
        '/api/organisations/{organisationId}/invitations',
      ]),
    )
  })

  it('sends security headers with a CSP that forbids inline scripts', async () => {
    const response = await ctx.client().get('/api/health')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers unknown API paths with problem+json: 401 before sign-in, 404 after', async () => {
    expect((await ctx.client().get('/api/bestaat-niet')).status).toBe(401)
    const { client } = await ctx.signedIn(['professional'])
    const response = await client.get('/api/bestaat-niet')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.body.code).toBe('not_found')
  })

  it('refuses a body that is not JSON with 415', async () => {
    const response = await ctx.client().post('/api/auth/sign-in', 'email=a@b.nl', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(response.status).toBe(415)
    expect(response.body.code).toBe('unsupported_media_type')
  })

  it('refuses broken JSON with a validation problem, not a stack trace', async () => {
    const response = await ctx.client().post('/api/auth/sign-in', '{"email": ')
    expect(response.status).toBe(422)
    expect(response.body.errors).toEqual([{ field: '', code: 'invalid' }])
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/)
  })

  it('names each wrong field with a stable code', async () => {
    const response = await ctx.client().post('/api/auth/sign-up', {
      name: '',
      email: 'geen-adres',
      password: 'kort',
    })
    expect(response.status).toBe(422)
    expect(response.body.code).toBe('validation_failed')
    const byField = Object.fromEntries(
      response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    )
    expect(byField).toEqual({
      name: 'required',
      email: 'invalid_email',
      password: 'password_too_short',
    })
  })
})

describe('CSRF protection', () => {
  it('refuses a state change from another origin', async () => {
    const response = await ctx.client().post(
      '/api/auth/sign-in',
      { email: 'a@b.nl', password: 'x' },
      {
        origin: 'https://evil.example',
      },
    )
    expect(response.status).toBe(403)
    expect(response.body.code).toBe('csrf_failed')
  })

  it('refuses a cross-site fetch', async () => {
    const response = await ctx
      .client()
      .post('/api/auth/sign-out', {}, { 'sec-fetch-site': 'cross-site' })
    expect(response.status).toBe(403)
  })

  it('refuses a signed-in state change without the session token, and accepts it with it', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const token = client.csrfToken
    client.csrfToken = null
    const without = await client.patch('/api/account', { name: 'Nieuwe naam' })
    expect(without.status).toBe(403)
    expect(without.body.code).toBe('csrf_failed')
    client.csrfToken = token
    const withToken = await client.patch('/api/account', { name: 'Nieuwe naam' })
    expect(withToken.status).toBe(200)
    expect(withToken.body.name).toBe('Nieuwe naam')
  })
})
