import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, createTestContext, type TestContext } from '../../../tests/harness.ts'
import { linkIn } from '../../../tests/smtp.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ LOGIN_LIMIT_ACCOUNT: '3', LOGIN_LIMIT_ADDRESS: '8' })
})
afterAll(() => ctx.close())

const PASSWORD = 'een-lange-zin-over-archieven'
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!

async function signUp(email: string, extra: Record<string, unknown> = {}) {
  return ctx
    .client()
    .post('/api/auth/sign-up', { name: 'Jet Archivaris', email, password: PASSWORD, ...extra })
}

describe('sign up and confirm', () => {
  it('creates an unconfirmed professional and mails a confirmation link in their language', async () => {
    const response = await signUp('Jet@Voorbeeld.nl', { locale: 'en' })
    expect(response.status).toBe(201)
    const mail = await ctx.smtp.latestTo('jet@voorbeeld.nl')
    expect(mail.subject).toBe('Confirm your e-mail address for Routekaart')
    const link = linkIn(mail, `${BASE_URL}/e-mail-bevestigen`)

    const client = ctx.client()
    const early = await client.post('/api/auth/sign-in', {
      email: 'jet@voorbeeld.nl',
      password: PASSWORD,
    })
    expect(early.status).toBe(403)
    expect(early.body.code).toBe('email_not_confirmed')

    expect((await client.post('/api/auth/confirm-email', { token: tokenOf(link) })).status).toBe(
      200,
    )
    const signedIn = await client.post('/api/auth/sign-in', {
      email: 'JET@voorbeeld.nl',
      password: PASSWORD,
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user).toMatchObject({
      email: 'jet@voorbeeld.nl',
      roles: ['professional'],
      locale: 'en',
    })
  })

  it('refuses a replayed confirmation link', async () => {
    await signUp('replay@voorbeeld.nl')
    const token = tokenOf(linkIn(await ctx.smtp.latestTo('replay@voorbeeld.nl'), BASE_URL))
    expect((await ctx.client().post('/api/auth/confirm-email', { token })).status).toBe(200)
    const again = await ctx.client().post('/api/auth/confirm-email', { token })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('token_used')
  })

  it('refuses an expired confirmation link', async () => {
    await signUp('laat@voorbeeld.nl')
    const token = tokenOf(linkIn(await ctx.smtp.latestTo('laat@voorbeeld.nl'), BASE_URL))
    await ctx.db.kysely
      .updateTable('tokens')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .execute()
    const response = await ctx.client().post('/api/auth/confirm-email', { token })
    expect(response.status).toBe(410)
    expect(response.body.code).toBe('token_expired')
  })

  it('refuses an unknown token', async () => {
    const response = await ctx.client().post('/api/auth/confirm-email', { token: 'a'.repeat(43) })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('token_invalid')
  })

  it('refuses a second sign-up with the same address and changes nothing', async () => {
    await signUp('dubbel@voorbeeld.nl')
    const before = await ctx.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'dubbel@voorbeeld.nl')
      .execute()
    const response = await signUp('DUBBEL@voorbeeld.nl', { name: 'Iemand Anders' })
    expect(response.status).toBe(409)
    expect(response.body.code).toBe('email_taken')
    const after = await ctx.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'dubbel@voorbeeld.nl')
      .execute()
    expect(after).toEqual(before)
  })

  it('refuses common and short passwords, naming the field', async () => {
    const common = await signUp('zwak@voorbeeld.nl', { password: 'Wachtwoord123' })
    expect(common.status).toBe(422)
    expect(common.body.errors).toEqual([{ field: 'password', code: 'password_common' }])
    const short = await signUp('zwak@voorbeeld.nl', { password: 'kort-genoeg' })
    expect(short.body.errors).toEqual([
      { field: 'password', code: 'password_too_short', params: { minimum: 12 } },
    ])
    const users = await ctx.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'zwak@voorbeeld.nl')
      .execute()
    expect(users).toEqual([])
  })

  it('refuses an organisation that does not exist', async () => {
    const response = await signUp('org@voorbeeld.nl', { organisationId: crypto.randomUUID() })
    expect(response.status).toBe(422)
    expect(response.body.errors).toEqual([{ field: 'organisationId', code: 'invalid_choice' }])
  })

  it('lets a professional join an organisation at sign-up, or none', async () => {
    const organisation = await ctx.organisation({ name: 'Streekarchief Test' })
    await signUp('met-org@voorbeeld.nl', {
      organisationId: organisation.id,
      audience: 'zij-instromer',
    })
    const row = await ctx.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'met-org@voorbeeld.nl')
      .executeTakeFirstOrThrow()
    expect(row.organisation_id).toBe(organisation.id)
    expect(row.audience).toBe('zij-instromer')
  })
})

describe('sessions', () => {
  it('sets an HttpOnly SameSite cookie, renews it at sign-in and ends it at sign-out', async () => {
    const user = await ctx.user()
    const client = ctx.client()
    const first = await client.post('/api/auth/sign-in', {
      email: user.email,
      password: user.password,
    })
    const cookie = first.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    const firstCookie = client.cookie
    await client.post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(client.cookie).not.toBe(firstCookie)
    const stale = ctx.client()
    stale.cookie = firstCookie
    expect((await stale.get('/api/session')).body.user).toBeNull()

    expect((await client.get('/api/session')).body.user.email).toBe(user.email)
    expect((await client.post('/api/auth/sign-out')).status).toBe(200)
    expect((await client.get('/api/session')).body.user).toBeNull()
  })

  it('stores only a hash of the session id', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const value = client.cookie!.split('=')[1]!
    const rows = await ctx.db.kysely.selectFrom('sessions').select('id').execute()
    expect(rows.map((r) => r.id)).not.toContain(value)
  })

  it('ends an idle session and one past its absolute expiry', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    await ctx.db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 3 * 3_600_000).toISOString() })
      .where('user_id', '=', user.id)
      .execute()
    expect((await client.get('/api/account')).status).toBe(401)

    const second = await ctx.signedIn(['professional'])
    await ctx.db.kysely
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', second.user.id)
      .execute()
    expect((await second.client.get('/api/account')).status).toBe(401)
  })

  it('marks cookies Secure behind https', async () => {
    const secure = await createTestContext({ BASE_URL: 'https://routekaart.example' })
    try {
      const user = await secure.user()
      const response = await secure
        .client()
        .post(
          '/api/auth/sign-in',
          { email: user.email, password: user.password },
          { origin: 'https://routekaart.example' },
        )
      expect(response.headers.get('set-cookie')).toMatch(/Secure/)
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age/)
    } finally {
      await secure.close()
    }
  })
})

describe('sign-in failures', () => {
  it('gives the same answer for an unknown address and a wrong password, and logs both', async () => {
    const user = await ctx.user()
    const wrong = await ctx
      .client('203.0.113.7')
      .post('/api/auth/sign-in', { email: user.email, password: 'niet-het-goede-wachtwoord' })
    const unknown = await ctx.client('203.0.113.7').post('/api/auth/sign-in', {
      email: 'niemand@voorbeeld.nl',
      password: 'niet-het-goede-wachtwoord',
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body.code).toBe(unknown.body.code)
    const failures = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sign_in_failed')
      .where('ip', '=', '203.0.113.7')
      .execute()
    expect(failures).toHaveLength(2)
    expect(failures.some((f) => f.subject_user_id === user.id)).toBe(true)
  })

  it('limits attempts per account, even with the right password afterwards', async () => {
    const user = await ctx.user()
    for (let i = 0; i < 3; i++) {
      await ctx
        .client(`203.0.113.${20 + i}`)
        .post('/api/auth/sign-in', { email: user.email, password: 'fout-fout-fout-fout' })
    }
    const blocked = await ctx
      .client('203.0.113.99')
      .post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(blocked.status).toBe(429)
    expect(blocked.body.code).toBe('rate_limited')
    expect(blocked.headers.get('retry-after')).toBe('900')
  })

  it('limits attempts per address across accounts', async () => {
    const ip = '203.0.113.50'
    for (let i = 0; i < 8; i++) {
      await ctx.client(ip).post('/api/auth/sign-in', {
        email: `poging${i}@voorbeeld.nl`,
        password: 'fout-fout-fout-fout',
      })
    }
    const user = await ctx.user()
    const blocked = await ctx
      .client(ip)
      .post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(blocked.status).toBe(429)
    const elsewhere = await ctx
      .client('203.0.113.51')
      .post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(elsewhere.status).toBe(200)
  })

  it('behind a trusted proxy counts the address the proxy appended, not what the client sent', async () => {
    const behind = await createTestContext({ TRUST_PROXY: '1', LOGIN_LIMIT_ADDRESS: '3' })
    try {
      const proxy = behind.client('10.0.0.2')
      const attempt = (forwardedFor: string, email = 'niemand@voorbeeld.nl') =>
        proxy.post(
          '/api/auth/sign-in',
          { email, password: 'fout-fout-fout-fout' },
          { 'x-forwarded-for': forwardedFor },
        )
      // The attacker makes up a new leftmost entry each time; the proxy appends the real one.
      for (let i = 0; i < 3; i++) await attempt(`198.18.0.${i}, 203.0.113.66`)
      const user = await behind.user()
      const blocked = await attempt(`198.18.0.99, 203.0.113.66`, user.email)
      expect(blocked.status).toBe(429)
      const logged = await behind.db.kysely
        .selectFrom('audit_log')
        .select('ip')
        .where('action', '=', 'sign_in_failed')
        .execute()
      expect(new Set(logged.map((row) => row.ip))).toEqual(new Set(['203.0.113.66']))
      // Another client behind the same proxy is not blocked.
      const other = await proxy.post(
        '/api/auth/sign-in',
        { email: user.email, password: user.password },
        { 'x-forwarded-for': '203.0.113.67' },
      )
      expect(other.status).toBe(200)
    } finally {
      await behind.close()
    }
  })

  it('without TRUST_PROXY ignores X-Forwarded-For; with two hops takes the second from the right', async () => {
    const direct = await createTestContext({ LOGIN_LIMIT_ADDRESS: '2' })
    const twoHops = await createTestContext({ TRUST_PROXY: '2' })
    try {
      for (let i = 0; i < 2; i++) {
        await direct
          .client('192.0.2.44')
          .post(
            '/api/auth/sign-in',
            { email: 'niemand@voorbeeld.nl', password: 'fout-fout-fout-fout' },
            { 'x-forwarded-for': `198.18.1.${i}` },
          )
      }
      const ips = async (context: TestContext) =>
        (
          await context.db.kysely
            .selectFrom('audit_log')
            .select('ip')
            .where('action', '=', 'sign_in_failed')
            .execute()
        ).map((row) => row.ip)
      expect(await ips(direct)).toEqual(['192.0.2.44', '192.0.2.44'])

      await twoHops
        .client('10.0.0.3')
        .post(
          '/api/auth/sign-in',
          { email: 'niemand@voorbeeld.nl', password: 'fout-fout-fout-fout' },
          { 'x-forwarded-for': '198.18.2.1, 203.0.113.80, 10.0.0.9' },
        )
      expect(await ips(twoHops)).toEqual(['203.0.113.80'])
    } finally {
      await direct.close()
      await twoHops.close()
    }
  })

  it('refuses a disabled account', async () => {
    const user = await ctx.user()
    await ctx.db.kysely
      .updateTable('users')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', user.id)
      .execute()
    const response = await ctx
      .client()
      .post('/api/auth/sign-in', { email: user.email, password: user.password })
    expect(response.status).toBe(403)
    expect(response.body.code).toBe('account_disabled')
  })
})

describe('review invitations sent before the account existed', () => {
  it('are linked at sign-in, a state change, and the new session carries the reviewer role', async () => {
    const programme = await ctx.signedIn(['programme'])
    const email = 'nieuwe-meedenker@voorbeeld.nl'
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
    const round = await programme.client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'Ronde voor nieuwe meedenkers',
      deadline,
      emails: [email],
    })
    expect(round.status).toBe(201)
    const user = await ctx.user({ email })
    const participant = () =>
      ctx.db.kysely
        .selectFrom('review_participants')
        .select('user_id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    expect((await participant()).user_id).toBeNull()

    const client = ctx.client()
    const signedIn = await client.signIn(user.email, user.password)
    expect((await participant()).user_id).toBe(user.id)
    expect(signedIn.body.user.roles).toContain('reviewer')
    expect((await client.get(`/api/review-rounds/${round.body.id}`)).status).toBe(200)
  })
})

describe('password reset by mail', () => {
  it('sets a new password with the mailed link once, and ends every session', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const anonymous = ctx.client()
    expect(
      (await anonymous.post('/api/auth/password-reset/request', { email: user.email })).status,
    ).toBe(202)
    const link = linkIn(await ctx.smtp.latestTo(user.email), `${BASE_URL}/wachtwoord-herstellen`)
    const token = tokenOf(link)

    const weak = await anonymous.post('/api/auth/password-reset/complete', {
      token,
      password: 'qwertyuiopas',
    })
    expect(weak.status).toBe(422)

    const done = await anonymous.post('/api/auth/password-reset/complete', {
      token,
      password: 'nieuwe-zin-voor-de-studiezaal',
    })
    expect(done.status).toBe(200)
    expect((await client.get('/api/account')).status).toBe(401)
    expect(
      (await anonymous.post('/api/auth/sign-in', { email: user.email, password: user.password }))
        .status,
    ).toBe(401)
    expect(
      (
        await anonymous.post('/api/auth/sign-in', {
          email: user.email,
          password: 'nieuwe-zin-voor-de-studiezaal',
        })
      ).status,
    ).toBe(200)

    const replay = await ctx
      .client()
      .post('/api/auth/password-reset/complete', { token, password: 'weer-een-andere-lange-zin' })
    expect(replay.status).toBe(409)
  })

  it('ends every other reset link once a reset is completed', async () => {
    const user = await ctx.user()
    const anonymous = ctx.client()
    const links: string[] = []
    for (let i = 0; i < 2; i++) {
      await anonymous.post('/api/auth/password-reset/request', { email: user.email })
      links.push(linkIn(await ctx.smtp.latestTo(user.email), `${BASE_URL}/wachtwoord-herstellen`))
    }
    const [first, second] = links.map(tokenOf)
    expect(first).not.toBe(second)
    const done = await anonymous.post('/api/auth/password-reset/complete', {
      token: second,
      password: 'nieuwe-zin-voor-de-studiezaal',
    })
    expect(done.status).toBe(200)
    const old = await anonymous.post('/api/auth/password-reset/complete', {
      token: first,
      password: 'de-aanvaller-zijn-eigen-zin',
    })
    expect(old.status).toBe(409)
    expect(old.body.code).toBe('token_used')
    expect(
      (
        await anonymous.post('/api/auth/sign-in', {
          email: user.email,
          password: 'nieuwe-zin-voor-de-studiezaal',
        })
      ).status,
    ).toBe(200)
  })

  it('ends outstanding reset links when the password is changed', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    await ctx.client().post('/api/auth/password-reset/request', { email: user.email })
    const token = tokenOf(
      linkIn(await ctx.smtp.latestTo(user.email), `${BASE_URL}/wachtwoord-herstellen`),
    )
    const changed = await client.post('/api/account/password', {
      currentPassword: user.password,
      newPassword: 'mijn-eigen-nieuwe-lange-zin',
    })
    expect(changed.status).toBe(200)
    const old = await ctx.client().post('/api/auth/password-reset/complete', {
      token,
      password: 'de-aanvaller-zijn-eigen-zin',
    })
    expect(old.status).toBe(409)
    expect(old.body.code).toBe('token_used')
  })

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = ctx.smtp.messages.length
    const response = await ctx
      .client()
      .post('/api/auth/password-reset/request', { email: 'onbekend@voorbeeld.nl' })
    expect(response.status).toBe(202)
    expect(ctx.smtp.messages.length).toBe(before)
  })
})
