import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../tests/harness.ts'
import type { Mailer } from '../mail/mailer.ts'
import { now } from '../util.ts'
import { notify, type Recipient } from './notify.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const compose = ({ locale, name }: Recipient) =>
  locale === 'en'
    ? { subject: `Test for ${name}`, text: 'Something happened: http://routekaart.test/x' }
    : { subject: `Test voor ${name}`, text: 'Er is iets gebeurd: http://routekaart.test/x' }

const mailsTo = (email: string) => ctx.smtp.messages.filter((m) => m.to.includes(email))

describe('notify', () => {
  it('mails each person in their own language, with a way to turn optional kinds off', async () => {
    const dutch = await ctx.user({ locale: 'nl', name: 'Anna de Vries' })
    const english = await ctx.user({ locale: 'en', name: 'Ben Smith' })
    const sent = await notify({
      services: ctx.services,
      kind: 'share.received',
      userIds: [dutch.id, english.id, dutch.id],
      compose,
    })
    expect(sent).toBe(2)
    const nl = await ctx.smtp.latestTo(dutch.email)
    expect(nl.subject).toBe('Test voor Anna de Vries')
    expect(nl.text).toContain('Beste Anna de Vries,')
    expect(nl.text).toContain(
      'Zet ze uit bij je account:\r\nhttp://routekaart.test/account#meldingen',
    )
    expect(nl.text).toContain('Met vriendelijke groet')
    const en = await ctx.smtp.latestTo(english.email)
    expect(en.subject).toBe('Test for Ben Smith')
    expect(en.text).toContain('Dear Ben Smith,')
    expect(en.text).toContain('Turn them off in your account')
    expect(mailsTo(dutch.email)).toHaveLength(1)
  })

  it('skips an optional kind the person turned off, but not a kind that cannot be turned off', async () => {
    const { user, client } = await ctx.signedIn(['manager'])
    await client.put('/api/account/notifications', {
      notifications: [{ kind: 'membership.requested', enabled: false }],
    })
    const optional = await notify({
      services: ctx.services,
      kind: 'membership.requested',
      userIds: [user.id],
      compose,
    })
    expect(optional).toBe(0)
    expect(mailsTo(user.email)).toEqual([])
    // Another optional kind still arrives; a decision about oneself always does.
    expect(
      await notify({ services: ctx.services, kind: 'share.received', userIds: [user.id], compose }),
    ).toBe(1)
    const always = await notify({
      services: ctx.services,
      kind: 'membership.decided',
      userIds: [user.id],
      compose,
    })
    expect(always).toBe(1)
    const mail = await ctx.smtp.latestTo(user.email)
    expect(mail.text).not.toContain('Zet ze uit')
    expect(mailsTo(user.email)).toHaveLength(2)
  })

  it('mails no disabled account and no unconfirmed address', async () => {
    const disabled = await ctx.user()
    await ctx.db.kysely
      .updateTable('users')
      .set({ disabled_at: now() })
      .where('id', '=', disabled.id)
      .execute()
    const unconfirmed = await ctx.user({ confirmed: false })
    const sent = await notify({
      services: ctx.services,
      kind: 'membership.decided',
      userIds: [disabled.id, unconfirmed.id],
      compose,
    })
    expect(sent).toBe(0)
    expect(mailsTo(disabled.email)).toEqual([])
    expect(mailsTo(unconfirmed.email)).toEqual([])
  })

  it('logs a mail that cannot be sent and goes on with the others, never throwing', async () => {
    const first = await ctx.user()
    const second = await ctx.user()
    const attempts: string[] = []
    const failing: Mailer = {
      smtp: true,
      async send(mail) {
        attempts.push(mail.to)
        if (mail.to === first.email) throw new Error('SMTP weg')
      },
    }
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const sent = await notify({
        services: { ...ctx.services, mailer: failing },
        kind: 'membership.decided',
        userIds: [first.id, second.id],
        compose,
      })
      expect(sent).toBe(1)
    } finally {
      console.error = original
    }
    expect(attempts.sort()).toEqual([first.email, second.email].sort())
    expect(errors).toHaveLength(1)
  })
})
