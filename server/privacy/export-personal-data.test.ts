import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../tests/harness.ts'
import { newId, now } from '../util.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('the data export and who viewed my data', () => {
  it("lists who viewed one's own zelfscans and leerroute, with the viewer's name, and no one else's", async () => {
    const owner = await ctx.signedIn(['professional'])
    const other = await ctx.signedIn(['professional'])
    const viewer = await ctx.user({ name: 'Mirjam Manager', email: 'mirjam@voorbeeld.nl' })
    const scan = (await owner.client.post('/api/self-scans', { map: 'toezicht-en-advies' })).body
    const otherScan = (await other.client.post('/api/self-scans', { map: 'toezicht-en-advies' }))
      .body
    const k = ctx.db.kysely
    for (const [scanId, format] of [
      [scan.id, 'web'],
      [scan.id, 'pdf'],
      [otherScan.id, 'web'],
    ] as const) {
      await k
        .insertInto('self_scan_views')
        .values({
          id: newId(),
          scan_id: scanId,
          viewer_user_id: viewer.id,
          scope: 'summary',
          format,
          viewed_at: now(),
        })
        .execute()
    }
    for (const ownerId of [owner.user.id, other.user.id]) {
      await k
        .insertInto('route_views')
        .values({
          id: newId(),
          owner_user_id: ownerId,
          viewer_user_id: viewer.id,
          viewed_at: now(),
        })
        .execute()
    }

    const exported = (await owner.client.get('/api/account/export')).body.data
    expect(exported.views_of_my_self_scans).toHaveLength(2)
    expect(exported.views_of_my_self_scans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scan_id: scan.id, viewer_name: 'Mirjam Manager', format: 'web' }),
        expect.objectContaining({ scan_id: scan.id, viewer_name: 'Mirjam Manager', format: 'pdf' }),
      ]),
    )
    expect(exported.views_of_my_learning_route).toEqual([
      expect.objectContaining({ viewer_user_id: viewer.id, viewer_name: 'Mirjam Manager' }),
    ])
    expect(JSON.stringify(exported)).not.toContain('mirjam@voorbeeld.nl')

    // Once the viewer's account is erased, the views stay without a name.
    await k.updateTable('self_scan_views').set({ viewer_user_id: null }).execute()
    const later = (await owner.client.get('/api/account/export')).body.data
    expect(later.views_of_my_self_scans).toHaveLength(2)
    expect(later.views_of_my_self_scans[0]).toMatchObject({ viewer_name: null })
  })
})
