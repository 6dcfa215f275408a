import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, createTestContext, type TestContext } from '../../../tests/harness.ts'
import { linkIn } from '../../../tests/smtp.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const PASSWORD = 'uitgenodigd-in-het-archief'
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!

async function managerOf(name = 'Historisch Centrum') {
  const organisation = await ctx.organisation({ name })
  const manager = await ctx.signedIn(['manager', 'professional'], {
    organisationId: organisation.id,
    name: 'Marleen Manager',
  })
  return { organisation, ...manager }
}

describe('inviting colleagues', () => {
  it('mails an invitation whose link creates an account in the organisation with the role', async () => {
    const { organisation, client } = await managerOf()
    const sent = await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'Nieuwe.Collega@voorbeeld.nl',
      role: 'manager',
    })
    expect(sent.status).toBe(201)
    expect(sent.body).toMatchObject({
      email: 'nieuwe.collega@voorbeeld.nl',
      role: 'manager',
      status: 'pending',
    })

    const mail = await ctx.smtp.latestTo('nieuwe.collega@voorbeeld.nl')
    expect(mail.subject).toContain('Marleen Manager')
    expect(mail.text).toContain('Historisch Centrum')
    const token = tokenOf(linkIn(mail, `${BASE_URL}/uitnodiging`))

    const invitee = ctx.client()
    const preview = await invitee.post('/api/invitations/preview', { token })
    expect(preview.body).toMatchObject({
      email: 'nieuwe.collega@voorbeeld.nl',
      role: 'manager',
      organisation: { id: organisation.id, name: 'Historisch Centrum' },
      accountExists: false,
    })

    const accepted = await invitee.post('/api/invitations/accept', {
      token,
      name: 'Nieuwe Collega',
      password: PASSWORD,
    })
    expect(accepted.status).toBe(201)
    expect(accepted.body.user).toMatchObject({
      email: 'nieuwe.collega@voorbeeld.nl',
      roles: ['manager', 'professional'],
      organisation: { id: organisation.id },
    })
    expect((await invitee.get('/api/account')).status).toBe(200)

    const list = await client.get(`/api/organisations/${organisation.id}/invitations`)
    expect(list.body.invitations[0].status).toBe('accepted')
    const members = await client.get(`/api/organisations/${organisation.id}/members`)
    expect(members.body.members.map((m: { email: string }) => m.email)).toContain(
      'nieuwe.collega@voorbeeld.nl',
    )
  })

  it('refuses an invitation used twice', async () => {
    const { organisation, client } = await managerOf()
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'twee@voorbeeld.nl',
      role: 'professional',
    })
    const token = tokenOf(linkIn(await ctx.smtp.latestTo('twee@voorbeeld.nl'), BASE_URL))
    expect(
      (
        await ctx
          .client()
          .post('/api/invitations/accept', { token, name: 'Eerste', password: PASSWORD })
      ).status,
    ).toBe(201)
    const second = await ctx
      .client()
      .post('/api/invitations/accept', { token, name: 'Tweede', password: PASSWORD })
    expect(second.status).toBe(409)
    expect(second.body.code).toBe('token_used')
    const users = await ctx.db.kysely
      .selectFrom('users')
      .select('name')
      .where('email', '=', 'twee@voorbeeld.nl')
      .execute()
    expect(users).toEqual([{ name: 'Eerste' }])
  })

  it('refuses a withdrawn or expired invitation', async () => {
    const { organisation, client } = await managerOf()
    const sent = await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'ingetrokken@voorbeeld.nl',
      role: 'professional',
    })
    const token = tokenOf(linkIn(await ctx.smtp.latestTo('ingetrokken@voorbeeld.nl'), BASE_URL))
    expect(
      (await client.delete(`/api/organisations/${organisation.id}/invitations/${sent.body.id}`))
        .status,
    ).toBe(200)
    const revoked = await ctx
      .client()
      .post('/api/invitations/accept', { token, name: 'X', password: PASSWORD })
    expect(revoked.status).toBe(410)
    expect(revoked.body.code).toBe('invitation_revoked')

    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'verlopen@voorbeeld.nl',
      role: 'professional',
    })
    const late = tokenOf(linkIn(await ctx.smtp.latestTo('verlopen@voorbeeld.nl'), BASE_URL))
    await ctx.db.kysely
      .updateTable('invitations')
      .set({ expires_at: '2001-01-01T00:00:00.000Z' })
      .where('email', '=', 'verlopen@voorbeeld.nl')
      .execute()
    expect((await ctx.client().post('/api/invitations/preview', { token: late })).body.code).toBe(
      'token_expired',
    )
  })

  it('refuses a second pending invitation and one for a member', async () => {
    const { organisation, client, user } = await managerOf()
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'wacht@voorbeeld.nl',
      role: 'professional',
    })
    const again = await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'wacht@voorbeeld.nl',
      role: 'professional',
    })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('invitation_pending')
    const member = await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: user.email,
      role: 'professional',
    })
    expect(member.body.code).toBe('already_member')
  })

  it('lets a manager hand out staff roles only', async () => {
    const { organisation, client } = await managerOf()
    const response = await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'baas@voorbeeld.nl',
      role: 'admin',
    })
    expect(response.status).toBe(422)
    expect(response.body.errors).toEqual([{ field: 'role', code: 'invalid_choice' }])
    expect(
      await ctx.db.kysely
        .selectFrom('invitations')
        .select('id')
        .where('email', '=', 'baas@voorbeeld.nl')
        .execute(),
    ).toEqual([])
  })

  it('adds an existing account without organisation that accepts while signed in', async () => {
    const { organisation, client } = await managerOf()
    const existing = await ctx.signedIn(['professional'], { email: 'zij-instromer@voorbeeld.nl' })
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: existing.user.email,
      role: 'professional',
    })
    const token = tokenOf(linkIn(await ctx.smtp.latestTo(existing.user.email), BASE_URL))
    expect(
      (await ctx.client().post('/api/invitations/preview', { token })).body.accountExists,
    ).toBe(true)
    const viaNew = await ctx
      .client()
      .post('/api/invitations/accept', { token, name: 'X', password: PASSWORD })
    expect(viaNew.body.code).toBe('email_taken')
    const joined = await existing.client.post('/api/invitations/join', { token })
    expect(joined.status).toBe(200)
    expect(joined.body.user.organisation.id).toBe(organisation.id)
  })

  it('does not let someone else accept an invitation meant for another address', async () => {
    const { organisation, client } = await managerOf()
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'bedoeld@voorbeeld.nl',
      role: 'manager',
    })
    const token = tokenOf(linkIn(await ctx.smtp.latestTo('bedoeld@voorbeeld.nl'), BASE_URL))
    const other = await ctx.signedIn(['professional'])
    expect((await other.client.post('/api/invitations/join', { token })).status).toBe(403)
  })
})

describe("one organisation's manager never reaches another organisation", () => {
  it('refuses members, invitations and withdrawals of another organisation', async () => {
    const mine = await managerOf('Eigen Archief')
    const theirs = await managerOf('Ander Archief')
    const sent = await theirs.client.post(
      `/api/organisations/${theirs.organisation.id}/invitations`,
      {
        email: 'hunne@voorbeeld.nl',
        role: 'professional',
      },
    )
    const base = `/api/organisations/${theirs.organisation.id}`
    expect((await mine.client.get(`${base}/members`)).status).toBe(403)
    expect((await mine.client.get(`${base}/invitations`)).status).toBe(403)
    expect(
      (
        await mine.client.post(`${base}/invitations`, {
          email: 'x@voorbeeld.nl',
          role: 'professional',
        })
      ).status,
    ).toBe(403)
    expect((await mine.client.delete(`${base}/invitations/${sent.body.id}`)).status).toBe(403)
    // Nor through its own organisation's address with the other's invitation id.
    const sneaky = await mine.client.delete(
      `/api/organisations/${mine.organisation.id}/invitations/${sent.body.id}`,
    )
    expect(sneaky.status).toBe(404)
    const still = await theirs.client.get(`${base}/invitations`)
    expect(still.body.invitations[0].status).toBe('pending')
    const own = await mine.client.get(`/api/organisations/${mine.organisation.id}/members`)
    expect(own.body.members.map((m: { email: string }) => m.email)).toEqual([mine.user.email])
  })
})
