import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('my account', () => {
  it('changes name, language and career stage, and refuses bad values', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const updated = await client.patch('/api/account', {
      name: 'Joke Jansen',
      locale: 'en',
      audience: 'beginner',
    })
    expect(updated.body).toMatchObject({ name: 'Joke Jansen', locale: 'en', audience: 'beginner' })
    const bad = await client.patch('/api/account', { name: 'x'.repeat(121), locale: 'fr' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'locale',
      'name',
    ])
    expect((await client.get('/api/account')).body.name).toBe('Joke Jansen')
  })

  it('changes the password only with the current one, and ends other sessions', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const other = ctx.client()
    await other.signIn(user.email, user.password)
    const wrong = await client.post('/api/account/password', {
      currentPassword: 'niet-goed-niet-goed',
      newPassword: 'een-heel-nieuw-wachtwoord',
    })
    expect(wrong.status).toBe(422)
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', code: 'password_incorrect' }])
    const ok = await client.post('/api/account/password', {
      currentPassword: user.password,
      newPassword: 'een-heel-nieuw-wachtwoord',
    })
    expect(ok.status).toBe(200)
    expect((await client.get('/api/account')).status).toBe(200)
    expect((await other.get('/api/account')).status).toBe(401)
  })

  it('shows the person their own security activity', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    await ctx
      .client()
      .post('/api/auth/sign-in', { email: user.email, password: 'verkeerd-verkeerd' })
    const activity = await client.get('/api/account/activity')
    const actions = activity.body.entries.map((e: { action: string }) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['sign_in', 'sign_in_failed']))
  })
})

describe('downloading all my data', () => {
  it('exports every registered table, without secrets, and logs the export', async () => {
    const organisation = await ctx.organisation()
    const { user, client } = await ctx.signedIn(['manager', 'professional'], {
      organisationId: organisation.id,
    })
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'collega@voorbeeld.nl',
      role: 'professional',
    })
    const response = await client.get('/api/account/export')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="routekaart-gegevens-\d{4}-\d{2}-\d{2}\.json"/,
    )
    const data = response.body
    expect(data.format).toBe('routekaart-export/1')
    expect(data.user).toMatchObject({ id: user.id, email: user.email })
    expect(data.user).not.toHaveProperty('password_hash')
    expect(data.data.user_roles).toHaveLength(2)
    expect(data.data.invitations[0]).toMatchObject({ email: 'collega@voorbeeld.nl' })
    expect(data.data.invitations[0]).not.toHaveProperty('token_hash')
    expect(data.data.sessions[0]).not.toHaveProperty('csrf_token')
    expect(JSON.stringify(data)).not.toContain('$argon2id')
    const logged = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('actor_user_id', '=', user.id)
      .where('action', '=', 'data_exported')
      .execute()
    expect(logged).toHaveLength(1)
  })

  it("contains nobody else's data", async () => {
    const { client } = await ctx.signedIn(['professional'], { email: 'ik@voorbeeld.nl' })
    await ctx.signedIn(['professional'], { email: 'jij@voorbeeld.nl' })
    const text = JSON.stringify((await client.get('/api/account/export')).body)
    expect(text).not.toContain('jij@voorbeeld.nl')
  })
})

describe('erasing my account', () => {
  it('needs the password, then removes the person everywhere and signs out', async () => {
    const organisation = await ctx.organisation()
    const email = 'wis-mij@voorbeeld.nl'
    const { user, client } = await ctx.signedIn(['manager', 'professional'], {
      email,
      organisationId: organisation.id,
      name: 'Wilma Wisbaar',
    })
    await client.post(`/api/organisations/${organisation.id}/invitations`, {
      email: 'blijft@voorbeeld.nl',
      role: 'professional',
    })
    await ctx.client().post('/api/auth/password-reset/request', { email })
    await ctx.smtp.latestTo(email)

    const wrong = await client.post('/api/account/erase', { password: 'fout-wachtwoord-hier' })
    expect(wrong.status).toBe(422)
    expect((await client.get('/api/account')).status).toBe(200)

    expect((await client.post('/api/account/erase', { password: user.password })).status).toBe(200)
    expect((await client.get('/api/account')).status).toBe(401)

    const k = ctx.db.kysely
    expect(await k.selectFrom('users').select('id').where('id', '=', user.id).execute()).toEqual([])
    expect(
      await k.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute(),
    ).toEqual([])
    expect(
      await k.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute(),
    ).toEqual([])
    expect(
      await k.selectFrom('tokens').select('id').where('user_id', '=', user.id).execute(),
    ).toEqual([])
    const mentions = await k
      .selectFrom('audit_log')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('actor_user_id', '=', user.id),
          eb('subject_user_id', '=', user.id),
          eb('detail', 'like', `%${email}%`),
        ]),
      )
      .execute()
    expect(mentions).toEqual([])
    // The colleague's invitation stays, no longer pointing at the person who sent it.
    const invitation = await k
      .selectFrom('invitations')
      .selectAll()
      .where('email', '=', 'blijft@voorbeeld.nl')
      .executeTakeFirstOrThrow()
    expect(invitation.invited_by_user_id).toBeNull()

    if (ctx.databaseFile) {
      for (const file of [ctx.databaseFile, `${ctx.databaseFile}-wal`]) {
        if (!fs.existsSync(file)) continue
        const bytes = fs.readFileSync(file)
        expect(bytes.includes(Buffer.from(email)), `${file} still holds the address`).toBe(false)
        expect(bytes.includes(Buffer.from('Wilma Wisbaar')), `${file} still holds the name`).toBe(
          false,
        )
      }
    }
    expect(
      (await ctx.client().post('/api/auth/sign-in', { email, password: user.password })).status,
    ).toBe(401)
  })

  it('keeps the last administrator', async () => {
    const { user, client } = await ctx.signedIn(['admin'])
    await ctx.db.kysely
      .deleteFrom('user_roles')
      .where('role', '=', 'admin')
      .where('user_id', '!=', user.id)
      .execute()
    const response = await client.post('/api/account/erase', { password: user.password })
    expect(response.status).toBe(409)
    expect(response.body.code).toBe('last_admin')
    expect((await client.get('/api/account')).status).toBe(200)
  })
})
