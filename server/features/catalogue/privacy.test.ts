import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { addProviderMember, createOffering, createProvider } from './factories.ts'

const INSPECTIES = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe("a provider account's personal data", () => {
  it('exports the offerings it keeps; erasure keeps them without their owner', async () => {
    const provider = await createProvider(ctx.db, { name: 'Archiefacademie' })
    const { user, client } = await ctx.signedIn(['provider'])
    await addProviderMember(ctx.db, provider.id, user.id)
    const id = await createOffering(ctx.db, {
      provider,
      title: 'Cursus inspecteren',
      objectiveIds: [INSPECTIES],
      ownerUserId: user.id,
    })

    const exported = await client.get('/api/account/export')
    expect(exported.status).toBe(200)
    expect(exported.body.data.offerings).toHaveLength(1)
    expect(exported.body.data.offerings[0]).toMatchObject({ id, title: 'Cursus inspecteren' })
    expect(exported.body.data.offerings[0]).not.toHaveProperty('search_text')
    expect(exported.body.data.offerings[0]).not.toHaveProperty('search_vector')
    expect(exported.body.data.provider_members).toHaveLength(1)

    const erased = await client.post('/api/account/erase', { password: user.password })
    expect(erased.status).toBe(200)
    const offering = await ctx.db.kysely
      .selectFrom('offerings')
      .select(['title', 'owner_user_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(offering).toEqual({ title: 'Cursus inspecteren', owner_user_id: null })
    const members = await ctx.db.kysely.selectFrom('provider_members').selectAll().execute()
    expect(members).toEqual([])
  })
})
