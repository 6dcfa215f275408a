import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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

  it('sends API answers with headers that let nothing run, be framed or be cached', async () => {
    for (const path of ['/api/health', '/api/bestaat-niet']) {
      const response = await ctx.client().get(path)
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('serves the web app with a CSP without inline scripts, and 404 for a missing asset', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'routekaart-web-'))
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Routekaart</title>')
    const web = await createTestContext({ WEB_ROOT: root })
    try {
      const page = await web.client().get('/kenniskaarten/toezicht-en-advies')
      expect(page.status).toBe(200)
      expect(page.body).toContain('<title>Routekaart</title>')
      const csp = page.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
      expect((await web.client().get('/assets/weg-123.js')).status).toBe(404)
    } finally {
      await web.close()
      fs.rmSync(root, { recursive: true, force: true })
    }
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
