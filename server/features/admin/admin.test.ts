import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('administration', () => {
  it('adds and renames organisations, with member counts', async () => {
    const { client } = await ctx.signedIn(['admin'])
    const created = await client.post('/api/admin/organisations', {
      name: 'Waterschapsarchief Test',
      kind: 'waterschapsarchief',
      city: 'Delft',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: 'Waterschapsarchief Test', memberCount: 0 })
    await ctx.user({ organisationId: created.body.id })
    const renamed = await client.put(`/api/admin/organisations/${created.body.id}`, {
      name: 'Waterschapsarchief Delfland',
      kind: 'waterschapsarchief',
      city: 'Delft',
    })
    expect(renamed.body).toMatchObject({ name: 'Waterschapsarchief Delfland', memberCount: 1 })
    const bad = await client.post('/api/admin/organisations', { name: '', kind: 'kasteel' })
    expect(bad.status).toBe(422)
    expect(
      bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort(),
    ).toEqual(['kind:invalid_choice', 'name:required'])
  })

  it('gives a person several roles and an organisation, logged in the audit log', async () => {
    const { user: admin, client } = await ctx.signedIn(['admin'])
    const organisation = await ctx.organisation()
    const person = await ctx.user({ email: 'veelzijdig@voorbeeld.nl' })
    const updated = await client.patch(`/api/admin/users/${person.id}`, {
      roles: ['professional', 'manager', 'coach'],
      organisationId: organisation.id,
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({
      roles: ['coach', 'manager', 'professional'],
      organisation: { id: organisation.id },
    })
    const log = await client.get('/api/admin/audit-log')
    const change = log.body.entries.find((e: { action: string }) => e.action === 'roles_changed')
    expect(change).toMatchObject({
      actor: { id: admin.id },
      subject: { id: person.id },
      detail: { from: ['professional'], to: ['coach', 'manager', 'professional'] },
    })
    const found = await client.get('/api/admin/users?q=VEELZIJDIG')
    expect(found.body.users.map((u: { id: string }) => u.id)).toEqual([person.id])
  })

  it('disables an account and ends its sessions', async () => {
    const { client } = await ctx.signedIn(['admin'])
    const target = await ctx.signedIn(['professional'])
    expect(
      (await client.patch(`/api/admin/users/${target.user.id}`, { disabled: true })).body.disabled,
    ).toBe(true)
    expect((await target.client.get('/api/account')).status).toBe(401)
  })

  it('never leaves the application without an administrator', async () => {
    await ctx.db.kysely.deleteFrom('user_roles').where('role', '=', 'admin').execute()
    const { user, client } = await ctx.signedIn(['admin'])
    const response = await client.patch(`/api/admin/users/${user.id}`, { roles: ['professional'] })
    expect(response.status).toBe(409)
    expect(response.body.code).toBe('last_admin')
    expect((await client.get('/api/admin/users')).status).toBe(200)
  })

  it('refuses unknown roles and organisations, changing nothing', async () => {
    const { client } = await ctx.signedIn(['admin'])
    const person = await ctx.user()
    const roles = await client.patch(`/api/admin/users/${person.id}`, { roles: ['koning'] })
    expect(roles.status).toBe(422)
    const org = await client.patch(`/api/admin/users/${person.id}`, {
      organisationId: crypto.randomUUID(),
      roles: ['coach'],
    })
    expect(org.body.errors).toEqual([{ field: 'organisationId', code: 'invalid_choice' }])
    const after = await client.get(`/api/admin/users?q=${encodeURIComponent(person.email)}`)
    expect(after.body.users[0].roles).toEqual(['professional'])
  })
})

describe('the outbox without SMTP', () => {
  it('keeps mail for the administrator to read', async () => {
    const local = await createTestContext({ SMTP_URL: '' })
    try {
      await local.client().post('/api/auth/sign-up', {
        name: 'Postvak',
        email: 'postvak@voorbeeld.nl',
        password: 'lange-zin-zonder-smtp',
      })
      const { client } = await local.signedIn(['admin'])
      const outbox = await client.get('/api/admin/outbox')
      expect(outbox.body.smtpConfigured).toBe(false)
      expect(outbox.body.messages[0]).toMatchObject({
        to: 'postvak@voorbeeld.nl',
        subject: 'Bevestig je e-mailadres voor Routekaart',
      })
      expect(outbox.body.messages[0].text).toContain('/e-mail-bevestigen?token=')
      expect(local.smtp.messages).toHaveLength(0)
    } finally {
      await local.close()
    }
  })
})
