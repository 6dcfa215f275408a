import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

/** Two devices of one person: separate sessions, the same account. */
async function twoDevices() {
  const { user, client } = await ctx.signedIn(['professional'])
  const other = ctx.client('198.51.100.77')
  await other.signIn(user.email, user.password)
  return [client, other] as const
}

describe('two devices saving at once', () => {
  it('keeps both answers of a zelfscan, every time', async () => {
    const [phone, laptop] = await twoDevices()
    const scan = (await phone.post('/api/self-scans', { map: 'toezicht-en-advies' })).body
    const objectives: { id: string }[] = scan.tree.domains.flatMap(
      (d: { themes: { objectives: { id: string }[] }[] }) => d.themes.flatMap((t) => t.objectives),
    )
    const rounds = Math.min(6, Math.floor(objectives.length / 2))
    for (let i = 0; i < rounds; i++) {
      const [a, b] = [objectives[2 * i]!, objectives[2 * i + 1]!]
      const saved = await Promise.all([
        phone.patch(`/api/self-scans/${scan.id}`, { answers: [{ objectiveId: a.id, level: 2 }] }),
        laptop.patch(`/api/self-scans/${scan.id}`, { answers: [{ objectiveId: b.id, level: 4 }] }),
      ])
      expect(saved.map((r) => r.status)).toEqual([200, 200])
    }
    const row = await ctx.db.kysely
      .selectFrom('self_scans')
      .select('answers')
      .where('id', '=', scan.id)
      .executeTakeFirstOrThrow()
    expect(Object.keys(JSON.parse(row.answers))).toHaveLength(2 * rounds)
  })

  it('keeps both answers of an inzetbaarheidscheck, every time', async () => {
    const [phone, laptop] = await twoDevices()
    const check = (await phone.post('/api/employability-checks')).body
    const statements = ['gv-1', 'gv-2', 'gv-3', 'gv-4', 'gv-5', 'mb-1', 'mb-2', 'mb-3']
    for (let i = 0; i < statements.length; i += 2) {
      const saved = await Promise.all([
        phone.patch(`/api/employability-checks/${check.id}`, { answers: { [statements[i]!]: 2 } }),
        laptop.patch(`/api/employability-checks/${check.id}`, {
          answers: { [statements[i + 1]!]: 4 },
        }),
      ])
      expect(saved.map((r) => r.status)).toEqual([200, 200])
    }
    const answers = (await phone.get(`/api/employability-checks/${check.id}`)).body.answers
    expect(Object.keys(answers).sort()).toEqual([...statements].sort())
  })

  it('starts one inzetbaarheidscheck when both devices start at once', async () => {
    const [phone, laptop] = await twoDevices()
    const started = await Promise.all([
      phone.post('/api/employability-checks'),
      laptop.post('/api/employability-checks'),
    ])
    expect(started.every((r) => r.status === 200 || r.status === 201)).toBe(true)
    expect(started[0].body.id).toBe(started[1].body.id)
  })
})
