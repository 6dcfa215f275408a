import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('my routekaart', () => {
  it("shows a professional the seven steps of the professional's route", async () => {
    const { client } = await ctx.signedIn(['professional'])
    const { routes } = (await client.get('/api/roadmap')).body
    expect(routes.map((r: { route: string }) => r.route)).toEqual(['professional'])
    expect(routes[0].steps.map((s: { key: string }) => s.key)).toEqual([
      'awareness',
      'self-scan',
      'learning-goals',
      'learning-route',
      'portfolio',
      'development-conversation',
      'evaluate',
    ])
  })

  it("shows a manager who is also a professional both routes, the organisation's with its seven steps", async () => {
    const { client } = await ctx.signedIn(['manager', 'professional'])
    const { routes } = (await client.get('/api/roadmap')).body
    expect(routes.map((r: { route: string }) => r.route)).toEqual(['professional', 'organisation'])
    expect(routes[1].steps.map((s: { key: string }) => s.key)).toEqual([
      'awareness',
      'org-scan',
      'kick-off',
      'action-plan',
      'support-professionals',
      'intervision',
      'evaluate',
    ])
  })

  it('links the zelfscan step to its page, the first open step of the route', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const { routes } = (await client.get('/api/roadmap')).body
    const step = routes[0].steps.find((s: { key: string }) => s.key === 'self-scan')
    expect(step).toMatchObject({ href: '/zelfscan', status: 'current' })
  })

  it('marks the steps a person has done and moves on to the next open one', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const statuses = async () =>
      Object.fromEntries(
        (await client.get('/api/roadmap')).body.routes[0].steps.map(
          (s: { key: string; status: string }) => [s.key, s.status],
        ),
      )
    const started = await client.post('/api/self-scans', { map: 'toezicht-en-advies' })
    // A scan in progress is not done yet.
    expect((await statuses())['self-scan']).toBe('current')
    const objectives = started.body.tree.domains.flatMap(
      (d: { themes: { objectives: { id: string }[] }[] }) => d.themes.flatMap((t) => t.objectives),
    )
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: objectives.map((o: { id: string }) => ({ objectiveId: o.id, level: 3 })),
    })
    await client.post(`/api/self-scans/${started.body.id}/submit`)
    expect(await statuses()).toMatchObject({
      'self-scan': 'done',
      'learning-goals': 'current',
      'learning-route': 'todo',
    })
    const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
    const goal = await client.post('/api/learning-goals', {
      title: 'Doel',
      why: 'Waarom',
      measure: 'Hoe',
      deadline,
      objectiveIds: [objectives[0].id],
    })
    expect(await statuses()).toMatchObject({
      'learning-goals': 'done',
      'learning-route': 'current',
    })
    await client.post(`/api/learning-goals/${goal.body.id}/activities`, {
      title: 'Lezen',
      form: 'reading',
      plannedStart: deadline,
    })
    expect((await statuses())['learning-route']).toBe('done')
  })

  it('says plainly that a step whose part is not built is not available, without a link', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const { routes } = (await client.get('/api/roadmap')).body
    for (const step of routes[0].steps) {
      if (step.href === null) expect(step.status).toBe('not_available')
      else expect(step.status).not.toBe('not_available')
    }
  })
})
