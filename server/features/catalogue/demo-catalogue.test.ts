import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFERING_FORMS } from '../../../domain/catalogue/model.ts'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { seedDemoData } from '../../db/seed-demo.ts'
import { DEMO_PROVIDER_ACCOUNT } from './demo-catalogue.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ DEMO: 'true' })
})
afterAll(() => ctx.close())

describe('the demo catalogue', () => {
  it('has labelled demo offerings of every form, linked to the published kenniskaart', async () => {
    const providers = await ctx.db.kysely.selectFrom('providers').selectAll().execute()
    expect(providers).toHaveLength(3)
    expect(providers.every((p) => p.is_demo === 1 && p.name.endsWith('(demo)'))).toBe(true)
    const offerings = await ctx.db.kysely.selectFrom('offerings').selectAll().execute()
    expect(offerings.length).toBeGreaterThanOrEqual(30)
    expect(offerings.every((o) => o.is_demo === 1)).toBe(true)
    expect(new Set(offerings.map((o) => o.form))).toEqual(new Set(OFFERING_FORMS))
    // Seeding again adds nothing.
    await seedDemoData(ctx.db)
    expect(await ctx.db.kysely.selectFrom('offerings').select('id').execute()).toHaveLength(
      offerings.length,
    )
  })

  it('lets the demo provider account keep its own provider, with something possibly outdated', async () => {
    const client = ctx.client()
    await client.signIn(DEMO_PROVIDER_ACCOUNT, 'Demo-Routekaart-2026')
    const mine = await client.get('/api/catalogue/manage')
    expect(mine.body.providers.map((p: { name: string }) => p.name)).toEqual([
      'Archiefacademie Vechtstreek (demo)',
    ])
    expect(mine.body.offerings.some((o: { stale: boolean }) => o.stale)).toBe(true)
    const found = await client.get('/api/catalogue/offerings?map=toezicht-en-advies&q=inspectie')
    expect(found.body.total).toBeGreaterThan(2)
  })
})
