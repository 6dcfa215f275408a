import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('starting a draft twice at once', () => {
  it('makes one draft; the other start gets the clear "already has a draft" answer', async () => {
    const first = await ctx.signedIn(['programme'])
    const second = await ctx.signedIn(['programme'])
    const slug = 'toezicht-en-advies'
    for (let round = 0; round < 3; round++) {
      const started = await Promise.all([
        first.client.post(`/api/knowledge-maps/${slug}/draft`),
        second.client.post(`/api/knowledge-maps/${slug}/draft`),
      ])
      const statuses = started.map((r) => r.status).sort()
      expect(statuses, slug).toEqual([201, 409])
      expect(started.find((r) => r.status === 409)?.body.code).toBe('draft_exists')
      const working = await ctx.db.kysely
        .selectFrom('map_versions')
        .innerJoin('knowledge_maps', 'knowledge_maps.id', 'map_versions.map_id')
        .select('map_versions.id')
        .where('knowledge_maps.slug', '=', slug)
        .where('map_versions.state', 'in', ['draft', 'in_review'])
        .execute()
      expect(working, slug).toHaveLength(1)
      // Publish it, so the next round starts from a map without a draft again.
      const published = await first.client.post(`/api/knowledge-maps/${slug}/draft/publish`, {
        changeNote: `Ronde ${round}`,
      })
      expect(published.status).toBe(200)
    }
  })
})
