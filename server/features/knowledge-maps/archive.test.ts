import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { findScannableVersion } from './queries.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const slugs = (body: { maps: { slug: string }[] }) => body.maps.map((m) => m.slug)

describe('archiving a kenniskaart', () => {
  it('takes a published map out of the overview, search and new scans; it stays readable, labelled archived', async () => {
    const editor = await ctx.signedIn(['programme'])
    const archived = await editor.client.post('/api/knowledge-maps/toezicht-en-advies/archive')
    expect(archived.status).toBe(200)
    expect(archived.body.map).toMatchObject({ state: 'archived', archivedAt: expect.any(String) })

    const anyone = ctx.client()
    expect(slugs((await anyone.get('/api/knowledge-maps')).body)).not.toContain(
      'toezicht-en-advies',
    )
    expect(slugs((await anyone.get('/api/knowledge-maps?state=archived')).body)).toEqual([
      'toezicht-en-advies',
    ])
    const tree = await anyone.get('/api/knowledge-maps/toezicht-en-advies')
    expect(tree.status).toBe(200)
    expect(tree.body.map.state).toBe('archived')
    expect((await anyone.get('/api/knowledge-maps/toezicht-en-advies/versions/1')).status).toBe(200)
    expect(
      (await anyone.get('/api/knowledge-maps/search?q=archiefinspecties')).body.results,
    ).toEqual([])
    await expect(findScannableVersion(ctx.db, 'toezicht-en-advies')).rejects.toMatchObject({
      code: 'not_found',
    })

    // No drafts, and archiving twice says so.
    const draft = await editor.client.post('/api/knowledge-maps/toezicht-en-advies/draft')
    expect(draft.status).toBe(409)
    expect(draft.body.code).toBe('map_archived')
    const again = await editor.client.post('/api/knowledge-maps/toezicht-en-advies/archive')
    expect(again.body.code).toBe('map_archived')

    // Restored, it is back everywhere.
    const restored = await editor.client.post('/api/knowledge-maps/toezicht-en-advies/restore')
    expect(restored.status).toBe(200)
    expect(restored.body.map).toMatchObject({ state: 'published', archivedAt: null })
    expect(slugs((await anyone.get('/api/knowledge-maps')).body)).toContain('toezicht-en-advies')
    expect(
      (await anyone.get('/api/knowledge-maps/search?q=archiefinspecties')).body.results,
    ).toHaveLength(1)
    expect((await findScannableVersion(ctx.db, 'toezicht-en-advies')).version.number).toBe(1)
    const twice = await editor.client.post('/api/knowledge-maps/toezicht-en-advies/restore')
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('map_not_archived')

    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'detail'])
      .where('action', 'in', ['map_archived', 'map_restored'])
      .orderBy('at')
      .execute()
    expect(audit.map((a) => [a.action, a.actor_user_id, JSON.parse(a.detail).slug])).toEqual([
      ['map_archived', editor.user.id, 'toezicht-en-advies'],
      ['map_restored', editor.user.id, 'toezicht-en-advies'],
    ])
  })

  it("freezes an archived concept map's draft: no edits, rounds or comments until it is restored", async () => {
    const editor = await ctx.signedIn(['programme'])
    const before = (await editor.client.get('/api/knowledge-maps/digitaal-erfgoed/draft')).body
    await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/archive')
    const add = await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/draft/nodes', {
      kind: 'domain',
      title: 'Nieuw',
    })
    expect(add.status).toBe(409)
    expect(add.body.code).toBe('map_archived')
    const round = await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/review-rounds', {
      title: 'R',
      deadline: '2999-01-01',
      emails: [],
    })
    expect(round.body.code).toBe('map_archived')
    const publish = await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/draft/publish')
    expect(publish.body.code).toBe('map_archived')
    // Reading the draft still works, and nothing changed.
    const after = await editor.client.get('/api/knowledge-maps/digitaal-erfgoed/draft')
    expect(after.status).toBe(200)
    expect(after.body.domains).toEqual(before.domains)
    await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/restore')
    expect(
      (
        await editor.client.post('/api/knowledge-maps/digitaal-erfgoed/draft/nodes', {
          kind: 'domain',
          title: 'Nieuw',
        })
      ).status,
    ).toBe(201)
  })

  it('is for the programme team only', async () => {
    const professional = await ctx.signedIn(['professional'])
    expect((await professional.client.post('/api/knowledge-maps/beginners/archive')).status).toBe(
      403,
    )
    expect((await ctx.client().post('/api/knowledge-maps/beginners/archive')).status).toBe(401)
    const map = await ctx.client().get('/api/knowledge-maps/beginners')
    expect(map.body.map.archivedAt).toBeNull()
  })
})
