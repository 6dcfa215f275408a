import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { bootstrapAdmin } from './bootstrap-admin.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('the first administrator of a fresh database', () => {
  it('gets an account and a link to set a password, then can administer', async () => {
    const { link } = await bootstrapAdmin({
      db: ctx.db,
      config: ctx.services.config,
      email: 'Beheer@Archief.nl',
      name: 'Eerste Beheerder',
    })
    const token = new URL(link).searchParams.get('token')
    const client = ctx.client()
    expect(
      (
        await client.post('/api/auth/password-reset/complete', {
          token,
          password: 'een-sterke-beheerderszin',
        })
      ).status,
    ).toBe(200)
    await client.signIn('beheer@archief.nl', 'een-sterke-beheerderszin')
    expect((await client.get('/api/admin/users')).status).toBe(200)
  })

  it('promotes an existing account without touching its password', async () => {
    const user = await ctx.user({ email: 'bestaand@archief.nl' })
    await bootstrapAdmin({
      db: ctx.db,
      config: ctx.services.config,
      email: 'bestaand@archief.nl',
      name: 'x',
    })
    const client = ctx.client()
    await client.signIn(user.email, user.password)
    expect((await client.get('/api/session')).body.user.roles).toEqual(['admin', 'professional'])
  })
})
