import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const enabled = (body: { notifications: { kind: string; enabled: boolean }[] }) =>
  Object.fromEntries(body.notifications.map((n) => [n.kind, n.enabled]))

describe('my mail notifications', () => {
  it('lists every optional kind, on until turned off', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const response = await client.get('/api/account/notifications')
    expect(response.status).toBe(200)
    expect(enabled(response.body)).toEqual({
      'membership.requested': true,
      'share.received': true,
      'review.comment.answered': true,
      'review.round.closed': true,
    })
  })

  it('turns the named kinds off and on again, leaving the others as they are', async () => {
    const { client } = await ctx.signedIn(['manager'])
    const off = await client.put('/api/account/notifications', {
      notifications: [
        { kind: 'share.received', enabled: false },
        { kind: 'membership.requested', enabled: false },
      ],
    })
    expect(off.status).toBe(200)
    expect(enabled(off.body)).toMatchObject({
      'share.received': false,
      'membership.requested': false,
      'review.round.closed': true,
    })
    // Turning off twice keeps one opt-out; turning one on leaves the other off.
    await client.put('/api/account/notifications', {
      notifications: [{ kind: 'share.received', enabled: false }],
    })
    const on = await client.put('/api/account/notifications', {
      notifications: [{ kind: 'membership.requested', enabled: true }],
    })
    expect(enabled(on.body)).toMatchObject({
      'share.received': false,
      'membership.requested': true,
    })
    expect(enabled((await client.get('/api/account/notifications')).body)).toEqual(enabled(on.body))
  })

  it('refuses a kind that cannot be turned off, an unknown kind or a kind named twice', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const mandatory = await client.put('/api/account/notifications', {
      notifications: [{ kind: 'membership.decided', enabled: false }],
    })
    expect(mandatory.status).toBe(422)
    expect(mandatory.body.errors).toEqual([
      { field: 'notifications.0.kind', code: 'invalid_choice' },
    ])
    const unknown = await client.put('/api/account/notifications', {
      notifications: [
        { kind: 'share.received', enabled: false },
        { kind: 'newsletter', enabled: 'no' },
      ],
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'notifications.1.enabled',
      'notifications.1.kind',
    ])
    const twice = await client.put('/api/account/notifications', {
      notifications: [
        { kind: 'share.received', enabled: false },
        { kind: 'share.received', enabled: true },
      ],
    })
    expect(twice.status).toBe(422)
    expect(twice.body.errors).toEqual([{ field: 'notifications', code: 'invalid' }])
    // Nothing was changed by the refused requests.
    const rows = await ctx.db.kysely
      .selectFrom('notification_optouts')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute()
    expect(rows).toEqual([])
  })

  it('is part of the data export and goes with the account', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    await client.put('/api/account/notifications', {
      notifications: [{ kind: 'review.round.closed', enabled: false }],
    })
    const exported = await client.get('/api/account/export')
    expect(exported.body.data.notification_optouts).toEqual([
      expect.objectContaining({ user_id: user.id, kind: 'review.round.closed' }),
    ])
    expect((await client.post('/api/account/erase', { password: user.password })).status).toBe(200)
    const left = await ctx.db.kysely
      .selectFrom('notification_optouts')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute()
    expect(left).toEqual([])
  })
})
