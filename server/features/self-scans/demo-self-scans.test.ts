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
    expect(needs.activeGoals).toBe(12)
    expect((await manager.get('/api/learning-routes/shared-with-me')).body.routes).toHaveLength(6)
    await seedDemoData(ctx.db)
    expect((await professional.get('/api/learning-goals')).body.goals).toHaveLength(2)
  })
})
