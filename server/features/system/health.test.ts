import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import type { Db } from '../../db/connection.ts'
import { databaseAnswers } from './health.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('health', () => {
  it('says ok, with the kind of database, while the database answers', async () => {
    const response = await ctx.client().get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: ctx.db.kind })
  })

  it('answers 503 unavailable once the database is closed', async () => {
    const closed = await createTestContext()
    try {
      await closed.db.close()
      const response = await closed.client().get('/api/health')
      expect(response.status).toBe(503)
      expect(response.body).toEqual({ status: 'unavailable', database: closed.db.kind })
    } finally {
      await closed.close()
    }
  })

  it('gives up on a database that does not answer in time', async () => {
    const hanging = {
      ...ctx.db,
      kysely: { executeQuery: () => new Promise(() => {}), getExecutor: () => hangingExecutor },
    } as unknown as Db
    const hangingExecutor = {
      transformQuery: (node: unknown) => node,
      compileQuery: (node: unknown) => ({ sql: 'select 1', parameters: [], query: node }),
      executeQuery: () => new Promise(() => {}),
    }
    const started = Date.now()
    expect(await databaseAnswers(hanging, 300)).toBe(false)
    // It waited for the query (not failed at once) and then gave up.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(Date.now() - started).toBeLessThan(1_500)
  })
})
