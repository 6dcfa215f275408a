import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../tests/harness.ts'
import { linkIn } from '../../tests/smtp.ts'
import { createScan } from '../features/self-scans/factories.ts'

/** The mails Routekaart's own actions send: membership requests and decisions, new shares. */
let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const mailsTo = (email: string) => ctx.smtp.messages.filter((m) => m.to.includes(email))

describe('asking to join an organisation', () => {
  it("mails the organisation's managers, each in their language, unless they turned it off", async () => {
    const organisation = await ctx.organisation({ name: 'Gemeentearchief Zuid' })
    const dutch = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const english = await ctx.signedIn(['manager'], {
      organisationId: organisation.id,
      locale: 'en',
    })
    const quiet = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    await quiet.client.put('/api/account/notifications', {
      notifications: [{ kind: 'membership.requested', enabled: false }],
    })
    const colleague = await ctx.user({ organisationId: organisation.id, roles: ['professional'] })
    const claimed = await ctx.user({
      organisationId: organisation.id,
      organisationPending: true,
      roles: ['manager'],
    })
    const elsewhere = await ctx.user({ organisationId: (await ctx.organisation()).id })

    const signUp = await ctx.client().post('/api/auth/sign-up', {
      name: 'Jet Nieuw',
      email: 'jet.nieuw@voorbeeld.nl',
      password: 'lange-zin-voor-het-archief',
      organisationId: organisation.id,
      audience: 'zij-instromer',
    })
    expect(signUp.status).toBe(201)

    const nl = await ctx.smtp.latestTo(dutch.user.email)
    expect(nl.subject).toBe('Jet Nieuw vraagt om bij Gemeentearchief Zuid te horen in Routekaart')
    expect(nl.text).toContain('jet.nieuw@voorbeeld.nl')
    expect(linkIn(nl, 'http://routekaart.test/organisatie')).toBe(
      'http://routekaart.test/organisatie#aanvragen',
    )
    const en = await ctx.smtp.latestTo(english.user.email)
    expect(en.subject).toBe('Jet Nieuw asks to join Gemeentearchief Zuid in Routekaart')
    for (const person of [quiet.user, colleague, claimed, elsewhere]) {
      expect(mailsTo(person.email)).toEqual([])
    }

    // The request lists what the person said about themselves.
    const list = await dutch.client.get(`/api/organisations/${organisation.id}/members`)
    expect(list.body.requests.map((r: { id: string }) => r.id)).toContain(claimed.id)
    expect(list.body.requests).toContainEqual(
      expect.objectContaining({
        name: 'Jet Nieuw',
        audience: 'zij-instromer',
        emailConfirmed: false,
        requestedAt: expect.any(String),
      }),
    )
  })

  it('mails the person the decision, confirmed or declined, even with every option off', async () => {
    const organisation = await ctx.organisation({ name: 'Waterschapsarchief West' })
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const confirmed = await ctx.signedIn(['professional'], {
      organisationId: organisation.id,
      organisationPending: true,
      locale: 'en',
    })
    await confirmed.client.put('/api/account/notifications', {
      notifications: [
        { kind: 'membership.requested', enabled: false },
        { kind: 'share.received', enabled: false },
        { kind: 'review.comment.answered', enabled: false },
        { kind: 'review.round.closed', enabled: false },
      ],
    })
    const declined = await ctx.user({ organisationId: organisation.id, organisationPending: true })
    const base = `/api/organisations/${organisation.id}/requests`
    expect((await manager.client.post(`${base}/${confirmed.user.id}/confirm`)).status).toBe(200)
    expect((await manager.client.post(`${base}/${declined.id}/decline`)).status).toBe(200)

    const yes = await ctx.smtp.latestTo(confirmed.user.email)
    expect(yes.subject).toBe('You now belong to Waterschapsarchief West in Routekaart')
    expect(yes.text).not.toContain('Turn them off')
    const no = await ctx.smtp.latestTo(declined.email)
    expect(no.subject).toBe('Je aanvraag voor Waterschapsarchief West is afgewezen')
    expect(no.text).toContain('Je account blijft bestaan')
    // Answering again changes nothing and mails nobody.
    const before = ctx.smtp.messages.length
    expect((await manager.client.post(`${base}/${declined.id}/confirm`)).status).toBe(404)
    expect(ctx.smtp.messages.length).toBe(before)
  })
})

describe('sharing', () => {
  it('mails the grantee once when a zelfscan is newly shared, not when its scope changes', async () => {
    const organisation = await ctx.organisation()
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const owner = await ctx.signedIn(['professional'], {
      organisationId: organisation.id,
      name: 'Pieter Bakker',
    })
    const scanId = await createScan(ctx.db, { userId: owner.user.id })
    const share = (scope: string) =>
      owner.client.post(`/api/self-scans/${scanId}/shares`, {
        granteeId: manager.user.id,
        scope,
      })
    expect((await share('summary')).status).toBe(201)
    const mail = await ctx.smtp.latestTo(manager.user.email)
    expect(mail.subject).toMatch(/^Pieter Bakker deelt een zelfscan op de kenniskaart .+ met je$/)
    expect(linkIn(mail, 'http://routekaart.test/gedeeld')).toBe(
      'http://routekaart.test/gedeeld-met-mij',
    )
    // Only metadata: no level, score or theme of the scan is in the mail.
    expect(mail.text).not.toMatch(/niveau|score|gemiddeld/i)
    expect((await share('full')).status).toBe(201)
    expect(mailsTo(manager.user.email)).toHaveLength(1)
  })

  it('mails a coach a shared leerroute, unless the coach turned it off', async () => {
    const owner = await ctx.signedIn(['professional'], { name: 'Sanne Visser' })
    const coach = await ctx.signedIn(['coach'], { locale: 'en' })
    const quietCoach = await ctx.signedIn(['coach'])
    await quietCoach.client.put('/api/account/notifications', {
      notifications: [{ kind: 'share.received', enabled: false }],
    })
    for (const grantee of [coach.user, quietCoach.user]) {
      const shared = await owner.client.post('/api/learning-route/shares', {
        email: grantee.email,
      })
      expect(shared.status).toBe(201)
    }
    const mail = await ctx.smtp.latestTo(coach.user.email)
    expect(mail.subject).toBe('Sanne Visser shared their learning route with you')
    expect(mailsTo(quietCoach.user.email)).toEqual([])
  })
})
