import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { addProviderMember, createOffering, createProvider } from './factories.ts'
import { sendStaleOfferingReminders } from './reminders.ts'

const INSPECTIES = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'
const THIRTEEN_MONTHS_AGO = new Date(Date.now() - 395 * 86_400_000).toISOString()
const ELEVEN_MONTHS_AGO = new Date(Date.now() - 330 * 86_400_000).toISOString()

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('offerings not reviewed for 12 months', () => {
  it('are marked, listed for the programme team, and mailed to their owner once', async () => {
    const provider = await createProvider(ctx.db, { name: 'Archiefacademie' })
    const owner = await ctx.signedIn(['provider'], { locale: 'en', name: 'Noor Owner' })
    await addProviderMember(ctx.db, provider.id, owner.user.id)
    const staleId = await createOffering(ctx.db, {
      provider,
      title: 'Oude cursus digitale duurzaamheid',
      objectiveIds: [INSPECTIES],
      ownerUserId: owner.user.id,
      lastReviewedAt: THIRTEEN_MONTHS_AGO,
    })
    await createOffering(ctx.db, {
      provider,
      title: 'Recente cursus',
      objectiveIds: [INSPECTIES],
      ownerUserId: owner.user.id,
      lastReviewedAt: ELEVEN_MONTHS_AGO,
    })

    const detail = await owner.client.get(`/api/catalogue/offerings/${staleId}`)
    expect(detail.body).toMatchObject({ stale: true, owner: { name: 'Noor Owner' } })
    const programme = await ctx.signedIn(['programme'])
    const overview = await programme.client.get('/api/catalogue/stale')
    expect(overview.body.offerings).toHaveLength(1)
    expect(overview.body.offerings[0]).toMatchObject({
      id: staleId,
      owner: { email: owner.user.email },
      remindedAt: null,
    })

    expect(await sendStaleOfferingReminders(ctx.services)).toBe(1)
    const mail = await ctx.smtp.latestTo(owner.user.email)
    expect(mail.subject).toBe('Is your offering in Routekaart still up to date?')
    expect(mail.text).toContain('Oude cursus digitale duurzaamheid (Archiefacademie,')
    expect(mail.text).not.toContain('Recente cursus')
    expect(mail.text).toContain('http://routekaart.test/opleidingsaanbod/beheer')

    // Once per stale period: the next day's run sends nothing.
    const mailsBefore = ctx.smtp.messages.length
    expect(await sendStaleOfferingReminders(ctx.services)).toBe(0)
    expect(ctx.smtp.messages.length).toBe(mailsBefore)
    const listed = await programme.client.get('/api/catalogue/stale')
    expect(listed.body.offerings[0].remindedAt).not.toBeNull()

    // Reviewed: current again; a year later it is reminded again.
    const reviewed = await owner.client.post(`/api/catalogue/offerings/${staleId}/reviewed`)
    expect(reviewed.body).toMatchObject({ stale: false, remindedAt: null })
    expect((await programme.client.get('/api/catalogue/stale')).body.offerings).toEqual([])
    const nextYear = new Date(Date.now() + 370 * 86_400_000)
    expect(await sendStaleOfferingReminders(ctx.services, nextYear)).toBe(1)
  })

  it('does not remind about archived offerings', async () => {
    const provider = await createProvider(ctx.db)
    const owner = await ctx.user({ roles: ['provider'] })
    const id = await createOffering(ctx.db, {
      provider,
      objectiveIds: [INSPECTIES],
      ownerUserId: owner.id,
      lastReviewedAt: THIRTEEN_MONTHS_AGO,
    })
    await ctx.db.kysely
      .updateTable('offerings')
      .set({ archived_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    const before = ctx.smtp.messages.length
    await sendStaleOfferingReminders(ctx.services)
    expect(ctx.smtp.messages.filter((m) => m.to.includes(owner.email))).toEqual([])
    expect(ctx.smtp.messages.length).toBeGreaterThanOrEqual(before)
  })
})
