import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { DEMO_PASSWORD, seedDemoData } from '../../db/seed-demo.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext({ DEMO: 'true' })
})
afterAll(() => ctx.close())

describe('the demo zelfscans', () => {
  it('show growth for the demo professional and a team overview for the demo manager, once', async () => {
    const professional = ctx.client()
    await professional.signIn('professional@demo.routekaart.nl', DEMO_PASSWORD)
    const scans = (await professional.get('/api/self-scans')).body.scans
    expect(scans).toHaveLength(2)
    const report = (await professional.get(`/api/self-scans/${scans[0].id}/report`)).body
    expect(report.change.overall.delta).toBeGreaterThan(0)

    const manager = ctx.client()
    await manager.signIn('leidinggevende@demo.routekaart.nl', DEMO_PASSWORD)
    const session = (await manager.get('/api/session')).body
    const overview = await manager.get(
      `/api/organisations/${session.user.organisation.id}/self-scan-overview`,
    )
    expect(overview.body.people).toBe(6)
    const shared = (await manager.get('/api/self-scans/shared-with-me')).body.scans
    expect(shared).toHaveLength(6)
    expect(shared.every((s: { owner: string }) => s.owner.endsWith('(demo)'))).toBe(true)
    // Each colleague answers like a different person: six different overall scores.
    expect(new Set(shared.map((s: { overallMean: number }) => s.overallMean)).size).toBe(6)

    await seedDemoData(ctx.db)
    expect((await professional.get('/api/self-scans')).body.scans).toHaveLength(2)
  })
})

describe('the demo leerroutes', () => {
  it('give the demo professional planned goals and the demo manager the training needs of six people', async () => {
    const professional = ctx.client()
    await professional.signIn('professional@demo.routekaart.nl', DEMO_PASSWORD)
    const goals = (await professional.get('/api/learning-goals')).body.goals
    expect(goals).toHaveLength(2)
    expect(goals[0].activities.length).toBeGreaterThan(0)
    const manager = ctx.client()
    await manager.signIn('leidinggevende@demo.routekaart.nl', DEMO_PASSWORD)
    const session = (await manager.get('/api/session')).body
    const needs = (
      await manager.get(`/api/organisations/${session.user.organisation.id}/training-needs`)
    ).body
    expect(needs.people).toBe(6)
    expect(needs.activeGoals).toBe(10)
    // Everyone works on inspections and five plan intervision: shown; smaller groups hidden.
    expect(needs.themes.map((t: { people: number }) => t.people)).toEqual([6])
    expect(needs.forms).toContainEqual(expect.objectContaining({ form: 'intervision', people: 5 }))
    expect(needs.hiddenThemes).toBeGreaterThan(0)
    expect((await manager.get('/api/learning-routes/shared-with-me')).body.routes).toHaveLength(6)
    await seedDemoData(ctx.db)
    expect((await professional.get('/api/learning-goals')).body.goals).toHaveLength(2)
  })

  it('vary like real colleagues: one to three goals, none to five activities, one reached, one dropped', async () => {
    const manager = ctx.client()
    await manager.signIn('leidinggevende@demo.routekaart.nl', DEMO_PASSWORD)
    const routes = (await manager.get('/api/learning-routes/shared-with-me')).body.routes as {
      ownerId: string
      owner: string
    }[]
    const colleagues = routes.filter((r) => !r.owner.startsWith('Sanne'))
    expect(colleagues).toHaveLength(5)
    const shapes = []
    const statuses: string[] = []
    for (const route of colleagues) {
      const { goals } = (await manager.get(`/api/learning-routes/${route.ownerId}`)).body as {
        goals: { status: string; activities: { status: string; form: string }[] }[]
      }
      shapes.push(`${goals.length}/${goals.flatMap((g) => g.activities).length}`)
      statuses.push(...goals.map((g) => g.status))
      expect(route.owner.endsWith('(demo)')).toBe(true)
    }
    expect(new Set(shapes).size).toBeGreaterThanOrEqual(4)
    expect(statuses.filter((s) => s === 'completed')).toHaveLength(1)
    expect(statuses.filter((s) => s === 'dropped')).toHaveLength(1)
    const goalCounts = shapes.map((s) => Number(s.split('/')[0]))
    expect(Math.min(...goalCounts)).toBe(1)
    expect(Math.max(...goalCounts)).toBe(3)
  })
})

describe('the demo review rounds', () => {
  it('give the demo meedenker an open and a closed round, and the programme team comments to answer', async () => {
    const meedenker = ctx.client()
    await meedenker.signIn('meedenker@demo.routekaart.nl', DEMO_PASSWORD)
    const rounds = (await meedenker.get('/api/home/work')).body.reviewer.rounds
    expect(
      rounds.map((r: { state: string; myComments: number }) => [r.state, r.myComments]),
    ).toEqual([
      ['open', 2],
      ['closed', 1],
    ])
    expect(rounds.every((r: { title: string }) => r.title.endsWith('(demo)'))).toBe(true)
    const programme = ctx.client()
    await programme.signIn('programma@demo.routekaart.nl', DEMO_PASSWORD)
    const work = (await programme.get('/api/home/work')).body.programme
    expect(work.reviewRounds).toEqual([expect.objectContaining({ state: 'open', toAnswer: 2 })])
    await seedDemoData(ctx.db)
    expect((await meedenker.get('/api/home/work')).body.reviewer.rounds).toHaveLength(2)
  })
})
