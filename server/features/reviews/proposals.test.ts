import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const future = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
interface Tree {
  domains: {
    id: string
    title: string
    themes: { id: string; title: string; objectives: { id: string; title: string }[] }[]
  }[]
}
type Client = Awaited<ReturnType<TestContext['signedIn']>>['client']

/** A round on the map's draft (started when there is none) with one invited reviewer. */
async function roundOn(slug: string) {
  const programme = await ctx.signedIn(['programme'])
  const reviewer = await ctx.signedIn(['professional'])
  const started = await programme.client.post(`/api/knowledge-maps/${slug}/draft`)
  expect([201, 409]).toContain(started.status)
  const round = await programme.client.post(`/api/knowledge-maps/${slug}/review-rounds`, {
    title: 'Voorstellenronde',
    deadline: future,
    emails: [reviewer.user.email],
  })
  expect(round.status).toBe(201)
  const draft = async () =>
    (await programme.client.get(`/api/knowledge-maps/${slug}/draft`)).body as Tree
  return { programme, reviewer, roundId: round.body.id as string, draft }
}

function propose(client: Client, roundId: string, body: Record<string, unknown>) {
  return client.post(`/api/review-rounds/${roundId}/comments`, {
    kind: 'proposal',
    body: 'Waarom: zo is het duidelijker.',
    ...body,
  })
}

function respond(client: Client, roundId: string, commentId: string, body: object) {
  return client.post(`/api/review-rounds/${roundId}/comments/${commentId}/response`, body)
}

const titles = (tree: Tree) =>
  tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives.map((o) => o.title)))

describe('adopting a proposal changes the concept', () => {
  it('applies each kind of proposal; publishing keeps them, compare shows them, rounds close', async () => {
    const slug = 'toezicht-en-advies'
    const { programme, reviewer, roundId, draft } = await roundOn(slug)
    const before = await draft()
    const [themeA, themeB] = before.domains[0]!.themes
    const [reworded, removed, moved] = themeA!.objectives
    const reword = await propose(reviewer.client, roundId, {
      nodeId: reworded!.id,
      change: 'reword',
      title: 'Een toezichtsplan opstellen en uitvoeren',
    })
    expect(reword.status).toBe(201)
    expect(reword.body).toMatchObject({
      kind: 'proposal',
      proposal: { change: 'reword', title: 'Een toezichtsplan opstellen en uitvoeren' },
      nodeTitle: reworded!.title,
      adoption: null,
    })
    const add = await propose(reviewer.client, roundId, {
      nodeId: themeB!.id,
      change: 'add',
      title: 'Toezicht op digitale archieven in de cloud',
    })
    const remove = await propose(reviewer.client, roundId, {
      nodeId: removed!.id,
      change: 'remove',
    })
    const move = await propose(reviewer.client, roundId, {
      nodeId: moved!.id,
      change: 'move',
      targetId: themeB!.id,
      position: 0,
    })
    expect(move.body.proposal).toMatchObject({ targetId: themeB!.id, targetTitle: themeB!.title })
    const open = await reviewer.client.post(`/api/review-rounds/${roundId}/comments`, {
      kind: 'comment',
      body: 'Nog een vraag.',
    })
    expect(open.status).toBe(201)

    for (const proposal of [reword, add, remove, move]) {
      const adopted = await respond(programme.client, roundId, proposal.body.id, {
        status: 'accepted',
        response: 'Overgenomen.',
      })
      expect(adopted.status).toBe(200)
      expect(adopted.body).toMatchObject({ status: 'accepted', adoption: 'applied' })
    }
    const after = await draft()
    const themeAfter = (id: string) => after.domains[0]!.themes.find((t) => t.id === id)!
    expect(themeAfter(themeA!.id).objectives.find((o) => o.id === reworded!.id)?.title).toBe(
      'Een toezichtsplan opstellen en uitvoeren',
    )
    expect(titles(after)).not.toContain(removed!.title)
    expect(themeAfter(themeB!.id).objectives[0]!.id).toBe(moved!.id)
    expect(themeAfter(themeB!.id).objectives.at(-1)!.title).toBe(
      'Toezicht op digitale archieven in de cloud',
    )
    // The author hears that the programme team answered: a link, not the words.
    const answered = await ctx.smtp.latestTo(reviewer.user.email)
    expect(answered.text).toContain(`${BASE_URL}/meedenken/${roundId}`)
    expect(answered.text).not.toContain('Overgenomen.')

    // An applied proposal keeps its status.
    const undo = await respond(programme.client, roundId, reword.body.id, { status: 'declined' })
    expect(undo.status).toBe(409)
    expect(undo.body.code).toBe('proposal_adopted')

    // Asked first: what changes and what is still open.
    const preview = await programme.client.get(`/api/knowledge-maps/${slug}/draft/publish-preview`)
    expect(preview.body).toEqual({
      publishedNumber: 1,
      number: 2,
      changes: { added: 1, renamed: 1, removed: 1, moved: 1 },
      openRounds: 1,
      openComments: 1,
    })

    // A second participant turned these mails off: they are not told.
    const quiet = await ctx.signedIn(['professional'])
    await programme.client.post(`/api/review-rounds/${roundId}/participants`, {
      emails: [quiet.user.email],
    })
    const optOut = await quiet.client.put('/api/account/notifications', {
      notifications: [{ kind: 'review.round.closed', enabled: false }],
    })
    expect(optOut.status).toBe(200)
    const sent = ctx.smtp.messages.length
    const published = await programme.client.post(`/api/knowledge-maps/${slug}/draft/publish`, {
      changeNote: 'Voorstellen uit de reviewronde',
    })
    expect(published.status).toBe(200)
    const v2 = (await ctx.client().get(`/api/knowledge-maps/${slug}/versions/2`)).body as Tree
    expect(titles(v2)).toContain('Een toezichtsplan opstellen en uitvoeren')
    expect(titles(v2)).toContain('Toezicht op digitale archieven in de cloud')
    const compare = await ctx.client().get(`/api/knowledge-maps/${slug}/compare?from=1&to=2`)
    const kinds = compare.body.changes.map((c: { kind: string; id: string }) => [c.kind, c.id])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['renamed', reworded!.id],
        ['removed', removed!.id],
        ['moved', moved!.id],
      ]),
    )
    expect(compare.body.changes).toContainEqual(
      expect.objectContaining({
        kind: 'added',
        after: 'Toezicht op digitale archieven in de cloud',
      }),
    )

    // Its round closed with the publication, said honestly; its people are told.
    const round = await reviewer.client.get(`/api/review-rounds/${roundId}`)
    expect(round.body.round).toMatchObject({ state: 'closed', closedBy: 'publish' })
    expect(round.body.canComment).toBe(false)
    const late = await reviewer.client.post(`/api/review-rounds/${roundId}/comments`, {
      kind: 'comment',
      body: 'Te laat',
    })
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('round_closed')
    const closedMail = ctx.smtp.messages.slice(sent).find((m) => m.to.includes(reviewer.user.email))
    expect(closedMail?.subject).toBe('De reviewronde over Toezicht en Advies is gesloten')
    expect(closedMail?.text).toContain(`${BASE_URL}/meedenken/${roundId}`)
    expect(ctx.smtp.messages.slice(sent).some((m) => m.to.includes(quiet.user.email))).toBe(false)
  })
})

describe('a proposal whose part changed meanwhile', () => {
  it('is a conflict that changes nothing; then by hand, or applied anyway', async () => {
    const slug = 'beginners'
    const { programme, reviewer, roundId, draft } = await roundOn(slug)
    const theme = (await draft()).domains[0]!.themes[0]!
    const [first, second] = theme.objectives
    const proposal = await propose(reviewer.client, roundId, {
      nodeId: first!.id,
      change: 'reword',
      title: 'Voorgestelde nieuwe tekst',
    })
    // A colleague rewords the objective in the editor before the proposal is adopted.
    await programme.client.patch(`/api/knowledge-maps/${slug}/draft/nodes/${first!.id}`, {
      title: 'Intussen anders verwoord',
    })
    const stamp = async () =>
      (await programme.client.get(`/api/knowledge-maps/${slug}/draft`)).body.version.updatedAt
    const updatedAt = await stamp()
    const conflict = await respond(programme.client, roundId, proposal.body.id, {
      status: 'accepted',
      response: 'Overgenomen',
    })
    expect(conflict.status).toBe(409)
    expect(conflict.body).toMatchObject({
      code: 'proposal_conflict',
      problems: [{ code: 'node_changed', title: 'Intussen anders verwoord' }],
    })
    const unchanged = await draft()
    expect(unchanged.domains[0]!.themes[0]!.objectives[0]!.title).toBe('Intussen anders verwoord')
    expect(await stamp()).toBe(updatedAt)
    const still = (await programme.client.get(`/api/review-rounds/${roundId}`)).body.comments[0]
    expect(still).toMatchObject({ status: 'open', response: null, adoption: null })

    // The team applied it by hand in the editor, and says so.
    const byHand = await respond(programme.client, roundId, proposal.body.id, {
      status: 'accepted',
      adopt: 'byHand',
    })
    expect(byHand.body).toMatchObject({ status: 'accepted', adoption: 'byHand' })
    expect((await draft()).domains[0]!.themes[0]!.objectives[0]!.title).toBe(
      'Intussen anders verwoord',
    )

    // A move over a part moved meanwhile: refused, then applied anyway on request.
    const otherTheme = (await draft()).domains[0]!.themes[1]!
    const move = await propose(reviewer.client, roundId, {
      nodeId: second!.id,
      change: 'move',
      targetId: otherTheme.id,
    })
    await programme.client.patch(`/api/knowledge-maps/${slug}/draft/nodes/${second!.id}`, {
      position: 0,
    })
    await programme.client.patch(`/api/knowledge-maps/${slug}/draft/nodes/${second!.id}`, {
      title: 'Ook anders',
    })
    const refused = await respond(programme.client, roundId, move.body.id, { status: 'accepted' })
    expect(refused.body.problems).toEqual([{ code: 'node_changed', title: 'Ook anders' }])
    const anyway = await respond(programme.client, roundId, move.body.id, {
      status: 'accepted',
      adopt: 'anyway',
    })
    expect(anyway.body.adoption).toBe('applied')
    const moved = (await draft()).domains[0]!.themes[1]!.objectives.at(-1)!
    expect(moved).toMatchObject({ id: second!.id, title: 'Ook anders' })

    // A removed part cannot be applied, not even anyway.
    const third = theme.objectives[2]!
    const remove = await propose(reviewer.client, roundId, {
      nodeId: third.id,
      change: 'reword',
      title: 'X',
    })
    await programme.client.delete(`/api/knowledge-maps/${slug}/draft/nodes/${third.id}`)
    const gone = await respond(programme.client, roundId, remove.body.id, {
      status: 'accepted',
      adopt: 'anyway',
    })
    expect(gone.status).toBe(409)
    expect(gone.body.problems).toEqual([{ code: 'node_removed' }])
  })
})

describe('two adopting at once', () => {
  it('apply the proposal once', async () => {
    const slug = 'digitaal-erfgoed'
    const { programme, reviewer, roundId, draft } = await roundOn(slug)
    const theme = (await draft()).domains[0]!.themes[0]!
    const add = await propose(reviewer.client, roundId, {
      nodeId: theme.id,
      change: 'add',
      title: 'Eén keer erbij',
    })
    const colleague = await ctx.signedIn(['programme'])
    const answers = await Promise.all(
      [programme.client, colleague.client].map((client) =>
        respond(client, roundId, add.body.id, { status: 'accepted' }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual([200, 200])
    const added = titles(await draft()).filter((title) => title === 'Eén keer erbij')
    expect(added).toHaveLength(1)
  })
})

describe('bad proposals', () => {
  it('name the field that is wrong, and nothing is saved', async () => {
    const { reviewer, roundId, draft } = await roundOn('zij-instromers')
    const tree = await draft()
    const domain = tree.domains[0]!
    const theme = domain.themes[0]!
    const objective = theme.objectives[0]!
    const cases: [Record<string, unknown>, { field: string; code: string }][] = [
      [
        { nodeId: crypto.randomUUID(), change: 'reword', title: 'x' },
        { field: 'nodeId', code: 'invalid_choice' },
      ],
      [
        { nodeId: objective.id, change: 'add', title: 'Nieuw' },
        { field: 'nodeId', code: 'invalid_choice' },
      ],
      [
        { nodeId: objective.id, change: 'move', targetId: domain.id },
        { field: 'targetId', code: 'invalid_choice' },
      ],
      [
        { nodeId: objective.id, change: 'move', targetId: theme.id },
        { field: 'targetId', code: 'invalid_choice' },
      ],
      [
        { nodeId: objective.id, change: 'reword', title: '   ' },
        { field: 'title', code: 'required' },
      ],
      [
        { nodeId: objective.id, change: 'reword', title: objective.title },
        { field: 'title', code: 'invalid' },
      ],
      [
        { nodeId: domain.id, change: 'remove' },
        { field: 'change', code: 'invalid_choice' },
      ],
      [{ nodeId: objective.id }, { field: 'change', code: 'required' }],
      [
        { nodeId: objective.id, change: 'rename' },
        { field: 'change', code: 'invalid_choice' },
      ],
      [{ change: 'remove' }, { field: 'nodeId', code: 'required' }],
    ]
    for (const [body, error] of cases) {
      const answer = await propose(reviewer.client, roundId, body)
      expect(answer.status, JSON.stringify(body)).toBe(422)
      expect(answer.body.errors, JSON.stringify(body)).toEqual([error])
    }
    const round = await reviewer.client.get(`/api/review-rounds/${roundId}`)
    expect(round.body.comments).toEqual([])
  })
})
