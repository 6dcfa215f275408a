import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { addProviderMember, createOffering, createProvider } from '../catalogue/factories.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
const OBJECTIVE = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'
const LONG_AGO = '2020-01-01T00:00:00.000Z'

type Round = { id: string; title: string; state: string; myComments: number; toAnswer: number }

/** A round on a concept map by the programme team, with these addresses invited; its id. */
async function round(
  programme: Awaited<ReturnType<TestContext['signedIn']>>,
  slug: string,
  title: string,
  emails: string[],
  deadline = future(14),
): Promise<string> {
  const created = await programme.client.post(`/api/knowledge-maps/${slug}/review-rounds`, {
    title,
    deadline,
    emails,
  })
  expect(created.status).toBe(201)
  return created.body.id
}

async function comment(
  client: Awaited<ReturnType<TestContext['signedIn']>>['client'],
  roundId: string,
) {
  const response = await client.post(`/api/review-rounds/${roundId}/comments`, {
    nodeId: null,
    kind: 'comment',
    body: 'Een opmerking over de hele kaart.',
  })
  expect(response.status).toBe(201)
  return response.body.id as string
}

describe('my work on the home page', () => {
  it('shows a meedenker only the rounds they were invited to, open first, with their own comments', async () => {
    const programme = await ctx.signedIn(['programme'])
    const lotte = await ctx.signedIn(['professional'], { email: 'lotte@archief.nl' })
    const other = await ctx.signedIn(['professional'], { email: 'ander@archief.nl' })
    const later = await round(
      programme,
      'beginners',
      'Later open',
      ['lotte@archief.nl'],
      future(30),
    )
    const sooner = await round(programme, 'zij-instromers', 'Eerst open', [
      'lotte@archief.nl',
      'ander@archief.nl',
    ])
    const notMine = await round(programme, 'digitaal-erfgoed', 'Niet voor Lotte', [
      'ander@archief.nl',
    ])
    await comment(lotte.client, sooner)
    await comment(lotte.client, sooner)
    await comment(other.client, sooner)
    await comment(other.client, notMine)
    await programme.client.post(`/api/review-rounds/${later}/close`, {})

    const work = (await lotte.client.get('/api/home/work')).body
    expect(work.programme).toBeNull()
    expect(work.provider).toBeNull()
    const rounds = work.reviewer.rounds as Round[]
    expect(rounds.map((r) => [r.title, r.state, r.myComments])).toEqual([
      ['Eerst open', 'open', 2],
      ['Later open', 'closed', 0],
    ])
    expect(rounds.map((r) => r.id)).not.toContain(notMine)
    expect(rounds[0]).toMatchObject({ map: { slug: 'zij-instromers' }, deadline: future(14) })
  })

  it('shows the programme team rounds with comments to answer, maps being worked on and stale offerings', async () => {
    const programme = await ctx.signedIn(['programme'])
    const reviewer = await ctx.signedIn(['professional'], { email: 'kees@archief.nl' })
    const open = await round(programme, 'digitaal-informatiebeheer', 'Open ronde', [
      'kees@archief.nl',
    ])
    const first = await comment(reviewer.client, open)
    await comment(reviewer.client, open)
    await programme.client.post(`/api/review-rounds/${open}/comments/${first}/response`, {
      status: 'accepted',
      response: 'Goed punt.',
    })
    const provider = await createProvider(ctx.db)
    await createOffering(ctx.db, { provider, objectiveIds: [OBJECTIVE], lastReviewedAt: LONG_AGO })
    await createOffering(ctx.db, { provider, objectiveIds: [OBJECTIVE] })

    const work = (await programme.client.get('/api/home/work')).body
    expect(work.provider).toBeNull()
    const mine = (work.programme.reviewRounds as Round[]).find((r) => r.id === open)
    expect(mine).toMatchObject({ state: 'open', toAnswer: 1 })
    const maps = work.programme.conceptMaps as { slug: string; state: string }[]
    expect(maps).toContainEqual({
      slug: 'digitaal-informatiebeheer',
      title: expect.any(String),
      state: 'in_review',
      published: false,
    })
    expect(maps.map((m) => m.slug)).not.toContain('toezicht-en-advies')
    expect(work.programme.staleOfferings).toBeGreaterThanOrEqual(1)
  })

  it("shows a provider its own offerings and how many may be outdated, nothing of another's", async () => {
    const me = await ctx.signedIn(['provider'])
    const mine = await createProvider(ctx.db, { name: 'Eigen Academie' })
    const theirs = await createProvider(ctx.db, { name: 'Andere Academie' })
    await addProviderMember(ctx.db, mine.id, me.user.id)
    await createOffering(ctx.db, {
      provider: mine,
      objectiveIds: [OBJECTIVE],
      lastReviewedAt: LONG_AGO,
    })
    await createOffering(ctx.db, { provider: mine, objectiveIds: [OBJECTIVE] })
    const archived = await createOffering(ctx.db, {
      provider: mine,
      objectiveIds: [OBJECTIVE],
      lastReviewedAt: LONG_AGO,
    })
    await ctx.db.kysely
      .updateTable('offerings')
      .set({ archived_at: new Date().toISOString() })
      .where('id', '=', archived)
      .execute()
    await createOffering(ctx.db, {
      provider: theirs,
      objectiveIds: [OBJECTIVE],
      lastReviewedAt: LONG_AGO,
    })

    const work = (await me.client.get('/api/home/work')).body
    expect(work).toEqual({
      programme: null,
      reviewer: null,
      provider: {
        providers: [{ id: mine.id, name: 'Eigen Academie', offerings: 2, staleOfferings: 1 }],
      },
    })
  })

  it('gives a professional, a manager and an admin no work sections, and a visitor a 401', async () => {
    for (const roles of [['professional'], ['manager', 'professional'], ['admin']] as const) {
      const { client } = await ctx.signedIn([...roles])
      expect((await client.get('/api/home/work')).body).toEqual({
        programme: null,
        provider: null,
        reviewer: null,
      })
    }
    expect((await ctx.client().get('/api/home/work')).status).toBe(401)
  })
})
