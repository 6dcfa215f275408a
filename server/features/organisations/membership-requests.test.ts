import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('choosing an organisation at sign-up', () => {
  it('is a request: no membership until a manager of that organisation confirms it', async () => {
    const organisation = await ctx.organisation({ name: 'Regionaal Archief Oost' })
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const newcomer = await ctx.signedIn(['professional'], {
      organisationId: organisation.id,
      organisationPending: true,
    })

    const me = (await newcomer.client.get('/api/session')).body.user
    expect(me.organisation).toMatchObject({ id: organisation.id, pending: true })
    const list = await manager.client.get(`/api/organisations/${organisation.id}/members`)
    expect(list.body.members.map((m: { id: string }) => m.id)).toEqual([manager.user.id])
    expect(list.body.requests.map((m: { id: string }) => m.id)).toEqual([newcomer.user.id])
    // Someone who merely claims the organisation cannot act for it.
    const claimed = await ctx.signedIn(['manager'], {
      organisationId: organisation.id,
      organisationPending: true,
    })
    expect((await claimed.client.get(`/api/organisations/${organisation.id}/members`)).status).toBe(
      403,
    )

    const other = await ctx.organisation()
    const otherManager = await ctx.signedIn(['manager'], { organisationId: other.id })
    expect(
      (
        await otherManager.client.post(
          `/api/organisations/${organisation.id}/requests/${newcomer.user.id}/confirm`,
        )
      ).status,
    ).toBe(403)

    expect(
      (
        await manager.client.post(
          `/api/organisations/${organisation.id}/requests/${newcomer.user.id}/confirm`,
        )
      ).status,
    ).toBe(200)
    expect((await newcomer.client.get('/api/session')).body.user.organisation.pending).toBe(false)
    const after = await manager.client.get(`/api/organisations/${organisation.id}/members`)
    expect(after.body.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [manager.user.id, newcomer.user.id].sort(),
    )
    expect(
      (
        await manager.client.post(
          `/api/organisations/${organisation.id}/requests/${newcomer.user.id}/confirm`,
        )
      ).status,
    ).toBe(404)
  })

  it('can be declined, leaving the account without organisation', async () => {
    const organisation = await ctx.organisation()
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const stranger = await ctx.signedIn(['professional'], {
      organisationId: organisation.id,
      organisationPending: true,
    })
    expect(
      (
        await manager.client.post(
          `/api/organisations/${organisation.id}/requests/${stranger.user.id}/decline`,
        )
      ).status,
    ).toBe(200)
    expect((await stranger.client.get('/api/session')).body.user.organisation).toBeNull()
    expect((await stranger.client.get('/api/account')).status).toBe(200)
  })

  it('gives way to an invitation from another organisation', async () => {
    const requested = await ctx.organisation()
    const inviting = await ctx.organisation()
    const manager = await ctx.signedIn(['manager'], { organisationId: inviting.id })
    const person = await ctx.signedIn(['professional'], {
      organisationId: requested.id,
      organisationPending: true,
    })
    await manager.client.post(`/api/organisations/${inviting.id}/invitations`, {
      email: person.user.email,
      role: 'professional',
    })
    const token = new URL(
      /http\S+/.exec((await ctx.smtp.latestTo(person.user.email)).text)![0],
    ).searchParams.get('token')
    const joined = await person.client.post('/api/invitations/join', { token })
    expect(joined.body.user.organisation).toMatchObject({ id: inviting.id, pending: false })
  })
})
