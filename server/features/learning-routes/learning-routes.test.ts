import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../../domain/learning-routes/suggest.ts'
import { createTestContext, type TestClient, type TestContext } from '../../../tests/harness.ts'
import { createOffering, createProvider } from '../catalogue/factories.ts'
import { createScan } from '../self-scans/factories.ts'
import { sendActivityReminders } from './reminders.ts'

let ctx: TestContext
let objectives: { id: string; title: string }[]
beforeAll(async () => {
  ctx = await createTestContext()
  const tree = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body
  objectives = tree.domains.flatMap(
    (d: { themes: { objectives: { id: string; title: string }[] }[] }) =>
      d.themes.flatMap((t) => t.objectives),
  )
})
afterAll(() => ctx.close())

const today = () => new Date().toISOString().slice(0, 10)
const inDays = (n: number) => addDays(today(), n)

const goalBody = (values: Record<string, unknown> = {}) => ({
  title: 'Ik kan een inspectie van een gemeentearchief zelfstandig voorbereiden',
  why: 'Mijn rol verschuift naar toezicht.',
  measure: 'Mijn collega keurt mijn eerste inspectieplan goed.',
  deadline: inDays(120),
  objectiveIds: [objectives[0]!.id, objectives[1]!.id],
  ...values,
})

async function goal(client: TestClient, values: Record<string, unknown> = {}) {
  const res = await client.post('/api/learning-goals', goalBody(values))
  expect(res.status).toBe(201)
  return res.body
}

describe('learning goals', () => {
  it('are written in SMART form from a scan’s development points, and listed with their objectives', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const scanId = await createScan(ctx.db, { userId: user.id, level: () => 2 })
    const created = await goal(client, { sourceScanId: scanId })
    expect(created).toMatchObject({
      status: 'active',
      sourceScanId: scanId,
      activities: [],
      history: [expect.objectContaining({ kind: 'created', before: null })],
    })
    expect(created.objectives[0]).toEqual({
      id: objectives[0]!.id,
      title: objectives[0]!.title,
      themeTitle: expect.any(String),
      map: { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' },
    })
    expect((await client.get('/api/learning-goals')).body.goals).toHaveLength(1)
  })

  it('refuses a goal without objectives, with unknown or concept objectives, a past deadline or someone else’s scan', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const other = await ctx.signedIn(['professional'])
    const othersScan = await createScan(ctx.db, { userId: other.user.id })
    const concept = (await ctx.client().get('/api/knowledge-maps/zij-instromers')).body
    const conceptObjective = concept.domains[0].themes[0].objectives[0].id
    const cases = [
      [{ objectiveIds: [] }, 'objectiveIds', 'required'],
      [{ objectiveIds: ['8f3a9a40-1b2c-4d5e-8f60-718293a4b5c6'] }, 'objectiveIds.0', 'invalid'],
      [{ objectiveIds: [conceptObjective] }, 'objectiveIds.0', 'invalid'],
      [{ deadline: inDays(-1) }, 'deadline', 'in_past'],
      [{ deadline: '31-12-2026' }, 'deadline', 'invalid_date'],
      [{ title: '   ' }, 'title', 'required'],
      [{ sourceScanId: othersScan }, 'sourceScanId', 'invalid'],
    ] as const
    for (const [values, field, code] of cases) {
      const res = await client.post('/api/learning-goals', goalBody(values))
      expect(res.status, JSON.stringify(values)).toBe(422)
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }))
    }
    expect((await client.get('/api/learning-goals')).body.goals).toEqual([])
  })

  it('keep their history through edits, completion and reopening', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const created = await goal(client)
    const edited = await client.put(`/api/learning-goals/${created.id}`, {
      ...goalBody(),
      title: 'Ik kan een inspectie leiden',
      objectiveIds: [objectives[2]!.id],
    })
    expect(edited.status).toBe(200)
    expect(edited.body.title).toBe('Ik kan een inspectie leiden')
    expect(edited.body.history[0]).toMatchObject({
      kind: 'edited',
      before: { title: created.title, objectiveIds: [objectives[0]!.id, objectives[1]!.id] },
    })
    const done = await client.post(`/api/learning-goals/${created.id}/status`, {
      status: 'completed',
    })
    expect(done.body).toMatchObject({ status: 'completed', closedAt: expect.any(String) })
    const closed = await client.put(`/api/learning-goals/${created.id}`, goalBody())
    expect(closed.status).toBe(409)
    expect(closed.body.code).toBe('goal_closed')
    const reopened = await client.post(`/api/learning-goals/${created.id}/status`, {
      status: 'active',
    })
    expect(reopened.body.history.map((e: { kind: string }) => e.kind)).toEqual([
      'reopened',
      'completed',
      'edited',
      'created',
    ])
    const stranger = await ctx.signedIn(['professional'])
    expect((await stranger.client.get(`/api/learning-goals/${created.id}`)).status).toBe(404)
    expect((await stranger.client.delete(`/api/learning-goals/${created.id}`)).status).toBe(404)
    expect((await client.delete(`/api/learning-goals/${created.id}`)).status).toBe(200)
    expect((await client.get('/api/learning-goals')).body.goals).toEqual([])
  })
})

describe('the learning route', () => {
  it('suggests offerings serving the goal’s objectives, formal and informal, within the preferences, with reasons', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: 'gevorderde' })
    const [a, b, c] = objectives
    const provider = await createProvider(ctx.db, { name: 'Archiefschool' })
    const both = await createOffering(ctx.db, {
      provider,
      objectiveIds: [a!.id, b!.id],
      title: 'Leergang toezicht',
      form: 'formal_course',
      level: 'gevorderd',
      cost: '€ 1.250,00',
      online: false,
    })
    const one = await createOffering(ctx.db, {
      provider,
      objectiveIds: [a!.id],
      title: 'Lezen: handreiking inspecties',
      form: 'reading',
      level: 'basis',
      cost: 0,
      online: true,
    })
    await createOffering(ctx.db, {
      provider,
      objectiveIds: [c!.id],
      title: 'Niet passend',
      form: 'webinar',
    })
    const g = await goal(client, { objectiveIds: [a!.id, b!.id] })
    const all = (await client.get(`/api/learning-goals/${g.id}/suggestions`)).body
    expect(all.personLevel).toBe('gevorderd')
    expect(all.formal.map((s: { offering: { id: string } }) => s.offering.id)).toEqual([both])
    expect(all.informal.map((s: { offering: { id: string } }) => s.offering.id)).toEqual([one])
    expect(all.formal[0].reasons).toEqual(
      expect.arrayContaining([
        { code: 'serves_objectives', params: { served: 2, total: 2 } },
        { code: 'level_fits', params: { level: 'gevorderd' } },
      ]),
    )
    expect(all.informal[0].reasons).toEqual(
      expect.arrayContaining([{ code: 'free' }, { code: 'online' }, { code: 'informal' }]),
    )
    const online = (await client.get(`/api/learning-goals/${g.id}/suggestions?online=true`)).body
    expect(online.formal).toEqual([])
    const cheap = (await client.get(`/api/learning-goals/${g.id}/suggestions?maxCostCents=100000`))
      .body
    expect(cheap.formal).toEqual([])
    expect(cheap.informal).toHaveLength(1)
    const formOnly = (
      await client.get(`/api/learning-goals/${g.id}/suggestions?forms=formal_course&forms=webinar`)
    ).body
    expect(formOnly.informal).toEqual([])
    const bad = await client.get(`/api/learning-goals/${g.id}/suggestions?forms=cursus`)
    expect(bad.status).toBe(422)
  })

  it('plans activities from the catalogue or one’s own, with dates from today and progress', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const provider = await createProvider(ctx.db)
    const offering = await createOffering(ctx.db, {
      provider,
      objectiveIds: [objectives[0]!.id],
      title: 'Masterclass inspecteren',
      form: 'masterclass',
      url: 'https://example.org/masterclass',
    })
    const g = await goal(client)
    const fromCatalogue = await client.post(`/api/learning-goals/${g.id}/activities`, {
      offeringId: offering,
      plannedStart: inDays(10),
      plannedEnd: inDays(11),
    })
    expect(fromCatalogue.status).toBe(201)
    expect(fromCatalogue.body).toMatchObject({
      title: 'Masterclass inspecteren',
      form: 'masterclass',
      status: 'planned',
      offering: { id: offering, provider: provider.name, url: 'https://example.org/masterclass' },
    })
    const own = await client.post(`/api/learning-goals/${g.id}/activities`, {
      title: 'Meelopen met een inspecteur van de provincie',
      form: 'job_shadowing',
      plannedStart: inDays(20),
    })
    expect(own.status).toBe(201)
    for (const [body, field, code] of [
      [{ form: 'reading', plannedStart: inDays(3) }, 'title', 'required'],
      [{ title: 'Lezen', plannedStart: inDays(3) }, 'form', 'required'],
      [{ title: 'Lezen', form: 'reading', plannedStart: inDays(-2) }, 'plannedStart', 'in_past'],
      [
        { title: 'Lezen', form: 'reading', plannedStart: inDays(5), plannedEnd: inDays(4) },
        'plannedEnd',
        'before_start',
      ],
      [{ offeringId: crypto.randomUUID(), plannedStart: inDays(3) }, 'offeringId', 'invalid'],
    ] as const) {
      const res = await client.post(`/api/learning-goals/${g.id}/activities`, body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }))
    }
    const done = await client.put(`/api/route-activities/${own.body.id}`, {
      status: 'done',
      note: 'Heel leerzaam.',
      plannedStart: inDays(20),
    })
    expect(done.body).toMatchObject({
      status: 'done',
      note: 'Heel leerzaam.',
      completedAt: expect.any(String),
    })
    const route = (await client.get(`/api/learning-goals/${g.id}`)).body
    expect(route.activities.map((a: { id: string }) => a.id)).toEqual([
      fromCatalogue.body.id,
      own.body.id,
    ])
    const stranger = await ctx.signedIn(['professional'])
    expect(
      (
        await stranger.client.put(`/api/route-activities/${own.body.id}`, {
          status: 'done',
          plannedStart: inDays(20),
        })
      ).status,
    ).toBe(404)
    expect((await client.delete(`/api/route-activities/${own.body.id}`)).status).toBe(200)
  })

  it('mails a reminder a few days before a planned start, once per date', async () => {
    const { user, client } = await ctx.signedIn(['professional'], { email: 'planner@archief.nl' })
    const g = await goal(client)
    const soon = await client.post(`/api/learning-goals/${g.id}/activities`, {
      title: 'Webinar Archiefwet',
      form: 'webinar',
      plannedStart: inDays(2),
    })
    await client.post(`/api/learning-goals/${g.id}/activities`, {
      title: 'Later',
      form: 'reading',
      plannedStart: inDays(30),
    })
    expect(await sendActivityReminders(ctx.services)).toBeGreaterThanOrEqual(1)
    const mail = await ctx.smtp.latestTo('planner@archief.nl')
    expect(mail.subject).toBe('Binnenkort in je leerroute: Webinar Archiefwet')
    expect(mail.text).toContain(`${user.name}`)
    expect(mail.text).not.toContain('Later')
    expect(mail.text).toContain('/leerroute')
    expect(await sendActivityReminders(ctx.services)).toBe(0)
    // Moving the date earns a new reminder.
    await client.put(`/api/route-activities/${soon.body.id}`, {
      status: 'planned',
      plannedStart: inDays(1),
    })
    expect(await sendActivityReminders(ctx.services)).toBe(1)
  })

  it('is shared only by choice with one’s own manager, every view logged, and revoked', async () => {
    const organisation = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const manager = await ctx.signedIn(['manager'], {
      organisationId: organisation.id,
      name: 'Mirjam Manager',
    })
    const colleague = await ctx.user({ organisationId: organisation.id, roles: ['professional'] })
    await goal(owner.client)
    expect((await manager.client.get(`/api/learning-routes/${owner.user.id}`)).status).toBe(404)
    const refused = await owner.client.post('/api/learning-route/shares', {
      granteeId: colleague.id,
    })
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('share_not_allowed')
    const share = await owner.client.post('/api/learning-route/shares', {
      granteeId: manager.user.id,
    })
    expect(share.status).toBe(201)
    const list = (await manager.client.get('/api/learning-routes/shared-with-me')).body.routes
    expect(list).toEqual([
      expect.objectContaining({ ownerId: owner.user.id, activeGoals: 1, openActivities: 0 }),
    ])
    const route = await manager.client.get(`/api/learning-routes/${owner.user.id}`)
    expect(route.status).toBe(200)
    expect(route.body.goals).toHaveLength(1)
    const log = (await owner.client.get('/api/learning-route/shares')).body
    expect(log.views).toEqual([expect.objectContaining({ viewer: 'Mirjam Manager' })])
    await owner.client.delete(`/api/learning-route/shares/${share.body.id}`)
    expect((await manager.client.get(`/api/learning-routes/${owner.user.id}`)).status).toBe(404)
    const professional = await ctx.signedIn(['professional'])
    expect((await professional.client.get(`/api/learning-routes/${owner.user.id}`)).status).toBe(
      403,
    )
  })

  it('gives managers anonymous training needs only over five or more people who shared', async () => {
    const organisation = await ctx.organisation()
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const path = `/api/organisations/${organisation.id}/training-needs`
    const provider = await createProvider(ctx.db)
    const offering = await createOffering(ctx.db, {
      provider,
      objectiveIds: [objectives[0]!.id],
      form: 'formal_course',
      cost: '€ 400,00',
    })
    const staff = []
    for (let i = 0; i < 5; i++) {
      const member = await ctx.signedIn(['professional'], { organisationId: organisation.id })
      // Everybody has a goal on the first theme; one person also on a theme of the second domain.
      const g = await goal(member.client, {
        objectiveIds:
          i === 0
            ? [objectives[0]!.id, objectives[objectives.length - 1]!.id]
            : [objectives[0]!.id],
      })
      await member.client.post(`/api/learning-goals/${g.id}/activities`, {
        offeringId: offering,
        plannedStart: inDays(30),
      })
      staff.push(member)
    }
    for (const member of staff.slice(0, 4))
      await member.client.post('/api/learning-route/shares', { granteeId: manager.user.id })
    const tooFew = (await manager.client.get(path)).body
    expect(tooFew).toMatchObject({ people: null, activeGoals: null, themes: [], forms: [] })
    await staff[4]!.client.post('/api/learning-route/shares', { granteeId: manager.user.id })
    const needs = (await manager.client.get(path)).body
    expect(needs).toMatchObject({ people: 5, activeGoals: 5, hiddenThemes: 1, hiddenForms: 0 })
    expect(needs.themes).toEqual([expect.objectContaining({ goals: 5, people: 5 })])
    expect(needs.forms).toEqual([
      { form: 'formal_course', activities: 5, people: 5, costCents: 200_000 },
    ])
    const other = await ctx.signedIn(['manager'], { organisationId: (await ctx.organisation()).id })
    expect((await other.client.get(path)).status).toBe(403)
  })

  it('is part of the person’s data export and erasure', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const g = await goal(client)
    await client.post(`/api/learning-goals/${g.id}/activities`, {
      title: 'Lezen',
      form: 'reading',
      plannedStart: inDays(4),
    })
    const data = (await client.get('/api/account/export')).body.data
    expect(data.learning_goals).toHaveLength(1)
    expect(data.learning_goal_events).toHaveLength(1)
    expect(data.route_activities).toHaveLength(1)
    expect((await client.post('/api/account/erase', { password: user.password })).status).toBe(200)
    for (const table of ['learning_goals', 'learning_goal_events', 'route_activities'] as const)
      expect(
        await ctx.db.kysely.selectFrom(table).select('id').where('user_id', '=', user.id).execute(),
      ).toEqual([])
  })
})
