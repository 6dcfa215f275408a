import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cfPackageSchema } from '../../../domain/knowledge-maps/case.ts'
import { BASE_URL, createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const future = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
type Tree = {
  domains: {
    id: string
    themes: { id: string; title: string; objectives: { id: string; title: string }[] }[]
  }[]
}

describe('a review round on a concept map', () => {
  it('invites reviewers, collects comments and proposals, and lets the programme team respond', async () => {
    const programme = await ctx.signedIn(['programme'])
    const reviewer = await ctx.signedIn(['professional'], {
      email: 'meedenker@archief.nl',
      name: 'Mila Meedenker',
    })
    const created = await programme.client.post(
      '/api/knowledge-maps/digitaal-informatiebeheer/review-rounds',
      {
        title: 'Tussentijdse review',
        deadline: future,
        emails: ['meedenker@archief.nl', 'nieuw@archief.nl'],
      },
    )
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ state: 'open', counts: { participants: 2, comments: 0 } })
    const listed = (await ctx.client().get('/api/knowledge-maps?state=in_review')).body.maps
    expect(listed.map((m: { slug: string }) => m.slug)).toEqual(['digitaal-informatiebeheer'])
    const mail = await ctx.smtp.latestTo('meedenker@archief.nl')
    expect(mail.subject).toBe('Denk mee over de kenniskaart Digitaal Informatiebeheer')
    expect(mail.text).toContain(`${BASE_URL}/meedenken/${created.body.id}`)
    expect((await reviewer.client.get('/api/account')).body.roles).toContain('reviewer')

    const mine = await reviewer.client.get('/api/review-rounds')
    expect(mine.body.rounds.map((r: { id: string }) => r.id)).toEqual([created.body.id])
    const round = await reviewer.client.get(`/api/review-rounds/${created.body.id}`)
    expect(round.body.canComment).toBe(true)
    expect(round.body.participants).toBeNull()
    const tree = round.body.tree as Tree
    const theme = tree.domains[0]!.themes[0]!
    const comment = await reviewer.client.post(`/api/review-rounds/${created.body.id}/comments`, {
      nodeId: theme.objectives[0]!.id,
      kind: 'comment',
      body: 'Noem ook de samenhang met architectuur.',
    })
    expect(comment.status).toBe(201)
    const proposal = await reviewer.client.post(`/api/review-rounds/${created.body.id}/comments`, {
      nodeId: theme.id,
      kind: 'proposal',
      body: 'Dit ontbreekt nog.',
      change: 'add',
      title: 'Gegevensmanagement',
    })
    expect(proposal.body).toMatchObject({
      kind: 'proposal',
      proposedTitle: 'Gegevensmanagement',
      proposal: { change: 'add', title: 'Gegevensmanagement' },
      status: 'open',
      mine: true,
    })
    const noTitle = await reviewer.client.post(`/api/review-rounds/${created.body.id}/comments`, {
      nodeId: theme.id,
      kind: 'proposal',
      change: 'add',
      body: 'x',
    })
    expect(noTitle.body.errors).toEqual([{ field: 'title', code: 'required' }])

    const accepted = await programme.client.post(
      `/api/review-rounds/${created.body.id}/comments/${proposal.body.id}/response`,
      {
        status: 'accepted',
        response: 'Goed punt, nemen we op.',
      },
    )
    expect(accepted.body).toMatchObject({ status: 'accepted', author: 'Mila Meedenker' })
    const detail = await programme.client.get(`/api/review-rounds/${created.body.id}`)
    expect(detail.body.round.counts).toMatchObject({ comments: 2, open: 1, accepted: 1 })
    expect(detail.body.participants.map((p: { email: string }) => p.email)).toEqual([
      'meedenker@archief.nl',
      'nieuw@archief.nl',
    ])

    // Someone who signs up later with an invited address is in the round.
    const late = await ctx.signedIn(['professional'], { email: 'nieuw@archief.nl' })
    expect((await late.client.get(`/api/review-rounds/${created.body.id}`)).status).toBe(200)
    expect(
      (await late.client.get(`/api/review-rounds/${created.body.id}`)).body.comments[0].author,
    ).toBeNull()
    // …and is linked to it as a reviewer, so the round shows under Meedenken.
    const participant = await ctx.db.kysely
      .selectFrom('review_participants')
      .select('user_id')
      .where('email', '=', 'nieuw@archief.nl')
      .executeTakeFirstOrThrow()
    expect(participant.user_id).toBe(late.user.id)
    const roles = await ctx.db.kysely
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', late.user.id)
      .execute()
    expect(roles.map((r) => r.role).sort()).toEqual(['professional', 'reviewer'])
    const lateRounds = await late.client.get('/api/review-rounds')
    expect(lateRounds.body.rounds.map((r: { id: string }) => r.id)).toContain(created.body.id)

    expect(
      (await programme.client.post(`/api/review-rounds/${created.body.id}/close`)).status,
    ).toBe(200)
    const closed = await reviewer.client.post(`/api/review-rounds/${created.body.id}/comments`, {
      kind: 'comment',
      body: 'Te laat',
    })
    expect(closed.status).toBe(409)
    expect(closed.body.code).toBe('round_closed')
    // Closing by hand tells every participant, in their language; closing again does not.
    const told = await ctx.smtp.latestTo('nieuw@archief.nl')
    expect(told.subject).toBe('De reviewronde over Digitaal Informatiebeheer is gesloten')
    const count = ctx.smtp.messages.length
    await programme.client.post(`/api/review-rounds/${created.body.id}/close`)
    expect(ctx.smtp.messages.length).toBe(count)
  })

  it('keeps reviewers out of rounds they were not invited to', async () => {
    const programme = await ctx.signedIn(['programme'])
    const round = await programme.client.post('/api/knowledge-maps/zij-instromers/review-rounds', {
      title: 'Ronde',
      deadline: future,
      emails: [],
    })
    const outsider = await ctx.signedIn(['reviewer', 'professional'])
    expect((await outsider.client.get(`/api/review-rounds/${round.body.id}`)).status).toBe(403)
    expect(
      (
        await outsider.client.post(`/api/review-rounds/${round.body.id}/comments`, {
          kind: 'comment',
          body: 'Hoi',
        })
      ).status,
    ).toBe(403)
    expect((await outsider.client.get('/api/review-rounds')).body.rounds).toEqual([])
  })

  it('refuses a deadline in the past and comments on objectives of another map', async () => {
    const programme = await ctx.signedIn(['programme'])
    const past = await programme.client.post('/api/knowledge-maps/zij-instromers/review-rounds', {
      title: 'Oud',
      deadline: '2020-01-01',
    })
    expect(past.body.errors).toEqual([{ field: 'deadline', code: 'invalid' }])
    const reviewer = await ctx.signedIn(['professional'])
    const round = await programme.client.post('/api/knowledge-maps/zij-instromers/review-rounds', {
      title: 'Nu',
      deadline: future,
      emails: [reviewer.user.email],
    })
    const other = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body as Tree
    const wrong = await reviewer.client.post(`/api/review-rounds/${round.body.id}/comments`, {
      nodeId: other.domains[0]!.themes[0]!.objectives[0]!.id,
      kind: 'comment',
      body: 'Verkeerde kaart',
    })
    expect(wrong.body.errors).toEqual([{ field: 'nodeId', code: 'invalid_choice' }])
  })
})

describe('inviting a reviewer by choosing an existing account', () => {
  it('finds accounts by part of the name or address, for the programme team only, then invites as by address', async () => {
    const programme = await ctx.signedIn(['programme'])
    const { user: chosen, client: chosenClient } = await ctx.signedIn(['professional'], {
      email: 'Ruben.Kandidaat@erfgoed.nl'.toLowerCase(),
      name: 'Ruben Kandidaat',
    })
    const off = await ctx.signedIn(['professional'], {
      email: 'uit@erfgoed.nl',
      name: 'Kandidaat Uitgeschakeld',
    })
    await ctx.db.kysely
      .updateTable('users')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', off.user.id)
      .execute()
    const round = await programme.client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'Ronde met gekozen meedenkers',
      deadline: future,
      emails: [],
    })
    expect(round.status).toBe(201)
    const path = `/api/review-rounds/${round.body.id}/candidates`

    // By part of the name, without regard to case; a disabled account is not offered.
    const byName = await programme.client.get(`${path}?q=KANDIDAAT`)
    expect(byName.status).toBe(200)
    expect(byName.body).toEqual({
      candidates: [{ name: 'Ruben Kandidaat', email: chosen.email, invited: false }],
      truncated: false,
    })
    // By part of the address; wildcards typed are taken as plain text.
    expect((await programme.client.get(`${path}?q=kandidaat%40erfgoed`)).body.candidates).toEqual([
      { name: 'Ruben Kandidaat', email: chosen.email, invited: false },
    ])
    expect((await programme.client.get(`${path}?q=%25%25`)).body.candidates).toEqual([])
    expect((await programme.client.get(`${path}?q=n_`)).body.candidates).toEqual([])

    // Too short or missing: a field error; only the programme team searches.
    const short = await programme.client.get(`${path}?q=k`)
    expect(short.status).toBe(422)
    expect(short.body.errors).toEqual([{ field: 'q', code: 'too_short', params: { minimum: 2 } }])
    expect((await programme.client.get(path)).body.errors[0]).toMatchObject({
      field: 'q',
      code: 'required',
    })
    expect((await chosenClient.get(`${path}?q=kandidaat`)).status).toBe(403)
    expect((await ctx.client().get(`${path}?q=kandidaat`)).status).toBe(401)
    expect(
      (await programme.client.get(`/api/review-rounds/${crypto.randomUUID()}/candidates?q=ka`))
        .status,
    ).toBe(404)

    // Chosen, they are invited as by address: linked, mailed, given the reviewer role.
    const invited = await programme.client.post(
      `/api/review-rounds/${round.body.id}/participants`,
      {
        emails: [byName.body.candidates[0].email],
      },
    )
    expect(invited.status).toBe(200)
    expect(invited.body.counts.participants).toBe(1)
    expect((await ctx.smtp.latestTo(chosen.email)).text).toContain(`/meedenken/${round.body.id}`)
    expect((await chosenClient.get('/api/account')).body.roles).toContain('reviewer')
    expect((await programme.client.get(`${path}?q=ruben`)).body.candidates).toEqual([
      { name: 'Ruben Kandidaat', email: chosen.email, invited: true },
    ])
  })

  it('lists at most 20 and says when there are more', async () => {
    const programme = await ctx.signedIn(['programme'])
    for (let i = 0; i < 21; i++)
      await ctx.signedIn(['professional'], {
        email: `veel${String(i).padStart(2, '0')}@meer.nl`,
        name: `Veelvoud ${String(i).padStart(2, '0')}`,
      })
    const round = await programme.client.post('/api/knowledge-maps/beginners/review-rounds', {
      title: 'Grote ronde',
      deadline: future,
      emails: [],
    })
    const found = await programme.client.get(
      `/api/review-rounds/${round.body.id}/candidates?q=veelvoud`,
    )
    expect(found.body.candidates).toHaveLength(20)
    expect(found.body.truncated).toBe(true)
    expect(found.body.candidates[0].name).toBe('Veelvoud 00')
  })
})

describe('work sessions and crosswalks', () => {
  it('records a work session linked to the draft', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const session = await client.post(
      '/api/knowledge-maps/digitaal-informatiebeheer/work-sessions',
      {
        heldOn: '2026-11-20',
        title: 'Eerste werksessie',
        participants: 'Acht archiefprofessionals uit vijf instellingen',
        outcomes: 'Thema informatiebeveiliging toevoegen.',
      },
    )
    expect(session.status).toBe(201)
    const list = await client.get('/api/knowledge-maps/digitaal-informatiebeheer/work-sessions')
    expect(list.body.sessions[0]).toMatchObject({
      title: 'Eerste werksessie',
      version: { state: 'draft' },
    })
  })

  it('links an objective to ESCO and exports the link as a CASE association', async () => {
    const { client } = await ctx.signedIn(['programme'])
    await client.post('/api/knowledge-maps/toezicht-en-advies/draft')
    const draft = (await client.get('/api/knowledge-maps/toezicht-en-advies/draft')).body as Tree
    const objective = draft.domains[0]!.themes[0]!.objectives[3]!
    const uri = 'http://data.europa.eu/esco/skill/0f5b6b4b-5b5a-4b8a-9a7d-2c5f2f0a1b2c'
    const added = await client.post(
      `/api/knowledge-maps/toezicht-en-advies/draft/nodes/${objective.id}/crosswalks`,
      {
        framework: 'esco',
        uri,
        label: 'inspecties uitvoeren',
        relation: 'isRelatedTo',
      },
    )
    expect(added.status).toBe(201)
    const onTheme = await client.post(
      `/api/knowledge-maps/toezicht-en-advies/draft/nodes/${draft.domains[0]!.themes[0]!.id}/crosswalks`,
      {
        framework: 'esco',
        uri,
        label: 'x',
        relation: 'isRelatedTo',
      },
    )
    expect(onTheme.status).toBe(422)
    await client.post('/api/knowledge-maps/toezicht-en-advies/draft/publish', {
      changeNote: 'ESCO-koppeling',
    })
    const pkg = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')).body
    expect(cfPackageSchema.safeParse(pkg).success).toBe(true)
    const link = pkg.CFAssociations.find(
      (a: { associationType: string }) => a.associationType === 'isRelatedTo',
    )
    expect(link).toMatchObject({
      originNodeURI: { identifier: objective.id },
      destinationNodeURI: { uri, title: 'inspecties uitvoeren', targetType: 'ext:esco' },
    })
    const v1 = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/1/case'))
      .body
    expect(
      v1.CFAssociations.some(
        (a: { associationType: string }) => a.associationType === 'isRelatedTo',
      ),
    ).toBe(false)
  })
})
