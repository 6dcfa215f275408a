import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { closingOf } from '../reviews/queries.ts'
import { searchObjectives } from './search.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const FUTURE = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

describe('downloads', () => {
  it('give any numbered version as CSV, and name every file after map and version', async () => {
    const anyone = ctx.client()
    const csv = await anyone.get('/api/knowledge-maps/toezicht-en-advies/versions/1/csv')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="kenniskaart-toezicht-en-advies-v1.csv"',
    )
    expect(String(csv.body)).toContain('Uitvoeren van archiefinspecties')
    expect((await anyone.get('/api/knowledge-maps/toezicht-en-advies/versions/9/csv')).status).toBe(
      404,
    )
    const pkg = await anyone.get('/api/knowledge-maps/toezicht-en-advies/versions/1/case')
    expect(pkg.headers.get('content-disposition')).toBe(
      'attachment; filename="kenniskaart-toezicht-en-advies-v1.json"',
    )
    const concept = await anyone.get('/api/knowledge-maps/beginners/case')
    expect(concept.headers.get('content-disposition')).toBe(
      'attachment; filename="kenniskaart-beginners-concept.json"',
    )
  })
})

describe('HEAD requests', () => {
  it('answer like GET on public routes, without a body, and 401 elsewhere', async () => {
    const anyone = ctx.client()
    const map = await anyone.request('HEAD', '/api/knowledge-maps/toezicht-en-advies')
    expect(map.status).toBe(200)
    expect(map.body).toBeNull()
    expect(
      (await anyone.request('HEAD', '/api/knowledge-maps/toezicht-en-advies/csv')).status,
    ).toBe(200)
    expect((await anyone.request('HEAD', '/api/account')).status).toBe(401)
  })
})

describe('search', () => {
  it('says how many objectives match and whether the list was cut', async () => {
    const found = await ctx.client().get('/api/knowledge-maps/search?q=archief')
    expect(found.body.truncated).toBe(false)
    expect(found.body.total).toBe(found.body.results.length)
    const cut = await searchObjectives(ctx.db, 'archief', 2)
    expect(cut.results).toHaveLength(2)
    expect(cut.total).toBe(found.body.total)
    expect(cut.truncated).toBe(found.body.total > 2)
  })
})

describe('input', () => {
  it('says an empty slug or date is required, and keeps words of the web addresses for itself', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const meta = {
      title: 'T',
      description: 'D',
      audience: 'gevorderden',
      level: 'gevorderden',
      format: 'csv',
      csv: 'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,D,,T,,O\n',
    }
    const empty = await client.post('/api/knowledge-maps/import', { ...meta, slug: '' })
    expect(empty.body.errors).toEqual([{ field: 'slug', code: 'required' }])
    const wrong = await client.post('/api/knowledge-maps/import', { ...meta, slug: 'Met Spatie' })
    expect(wrong.body.errors).toEqual([{ field: 'slug', code: 'invalid' }])
    for (const slug of ['zoeken', 'importeren', 'vergelijken', 'import', 'search']) {
      const reserved = await client.post('/api/knowledge-maps/import', { ...meta, slug })
      expect(reserved.body.errors, slug).toEqual([{ field: 'slug', code: 'reserved' }])
    }
    expect((await ctx.client().get('/api/knowledge-maps/zoeken')).status).toBe(404)

    const round = await client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'R',
      deadline: '',
      emails: [],
    })
    expect(round.body.errors).toEqual([{ field: 'deadline', code: 'required' }])
    const badDate = await client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'R',
      deadline: '2026-02-30',
      emails: [],
    })
    expect(badDate.body.errors).toEqual([{ field: 'deadline', code: 'invalid_date' }])
    const session = await client.post('/api/knowledge-maps/beginners/work-sessions', {
      heldOn: '',
      title: 'S',
      participants: 'P',
      outcomes: 'O',
    })
    expect(session.body.errors).toEqual([{ field: 'heldOn', code: 'required' }])
  })
})

describe('the tree for the programme team', () => {
  it('says whether the map has a draft; others are not told', async () => {
    const { client } = await ctx.signedIn(['programme'])
    expect((await client.get('/api/knowledge-maps/toezicht-en-advies')).body.map.hasDraft).toBe(
      false,
    )
    expect((await client.get('/api/knowledge-maps/digitaal-erfgoed')).body.map.hasDraft).toBe(true)
    await client.post('/api/knowledge-maps/toezicht-en-advies/draft')
    expect((await client.get('/api/knowledge-maps/toezicht-en-advies')).body.map.hasDraft).toBe(
      true,
    )
    const reader = await ctx.signedIn(['professional'])
    const seen = await reader.client.get('/api/knowledge-maps/toezicht-en-advies')
    expect(seen.body.map).not.toHaveProperty('hasDraft')
    expect(
      (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body.map,
    ).not.toHaveProperty('hasDraft')
  })
})

describe('review rounds', () => {
  it('say when and how they closed: by hand or by their deadline', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const round = await client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'Met de hand',
      deadline: FUTURE,
      emails: [],
    })
    expect(round.body).toMatchObject({ state: 'open', closedAt: null, closedBy: null })
    await client.post(`/api/review-rounds/${round.body.id}/close`)
    const closed = await client.get(`/api/review-rounds/${round.body.id}`)
    expect(closed.body.round).toMatchObject({
      state: 'closed',
      closedAt: expect.any(String),
      closedBy: 'hand',
    })
    expect(closingOf({ closed_at: null, deadline: '2027-03-31' }, '2027-04-01')).toEqual({
      closedAt: '2027-04-01T00:00:00.000Z',
      closedBy: 'deadline',
    })
    expect(closingOf({ closed_at: null, deadline: '2027-03-31' }, '2027-03-31')).toEqual({
      closedAt: null,
      closedBy: null,
    })
  })
})
