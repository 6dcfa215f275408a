import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatScore } from '../../../domain/self-scans/format.ts'
import { createTestContext, type TestClient, type TestContext } from '../../../tests/harness.ts'
import { pdfText } from './pdf-text.testing.ts'
import { renderReportPdf } from './report-pdf.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const MAP = 'toezicht-en-advies'
type Tree = {
  domains: {
    id: string
    title: string
    themes: { id: string; title: string; objectives: { id: string; title: string }[] }[]
  }[]
}
const objectivesOf = (tree: Tree) =>
  tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives))

/** Starts a scan and answers every objective with `level(i)`; returns the scan id and tree. */
async function answeredScan(client: TestClient, level: (i: number) => number | 'na' = () => 3) {
  const started = await client.post('/api/self-scans', { map: MAP })
  expect([200, 201]).toContain(started.status)
  const tree = started.body.tree as Tree
  const answers = objectivesOf(tree).map((o, i) => {
    const value = level(i)
    return value === 'na'
      ? { objectiveId: o.id, notApplicable: true }
      : { objectiveId: o.id, level: value }
  })
  const saved = await client.patch(`/api/self-scans/${started.body.id}`, { answers })
  expect(saved.status).toBe(200)
  return { id: started.body.id as string, tree }
}

async function submittedScan(client: TestClient, level?: (i: number) => number | 'na') {
  const scan = await answeredScan(client, level)
  expect((await client.post(`/api/self-scans/${scan.id}/submit`)).status).toBe(200)
  return scan
}

describe('taking a zelfscan', () => {
  it('offers published maps only, suggested from the profile, and says which are still concept', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: 'gevorderde' })
    const res = await client.get('/api/self-scans/maps')
    expect(res.status).toBe(200)
    expect(res.body.maps.map((m: { slug: string }) => m.slug)).toEqual([MAP])
    expect(res.body.maps[0]).toMatchObject({
      fits: true,
      aim: { level: 4, stage: 'gevorderde' },
      versionNumber: 1,
      objectives: 36,
    })
    expect(res.body.stage).toBe('gevorderde')
    expect(res.body.upcoming.map((m: { slug: string }) => m.slug)).toContain('zij-instromers')
    expect(res.body.upcoming.find((m: { fits: boolean }) => m.fits)?.slug).toBe('digitaal-erfgoed')
    expect(res.body.aims.status).toBe('first-version')
    const concept = await client.post('/api/self-scans', { map: 'zij-instromers' })
    expect(concept.status).toBe(409)
    expect(concept.body.code).toBe('map_not_available')
    expect((await client.get('/api/self-scans')).body.scans).toEqual([])
  })

  it('saves as the person goes and resumes the same scan on another device', async () => {
    const { user, client } = await ctx.signedIn(['professional'])
    const started = await client.post('/api/self-scans', { map: MAP })
    expect(started.status).toBe(201)
    expect(started.body).toMatchObject({
      status: 'draft',
      target: 4,
      progress: { answered: 0, total: 36 },
    })
    expect(started.body.scale.levels).toHaveLength(5)
    const tree = started.body.tree as Tree
    const [first, second] = objectivesOf(tree)
    const theme = tree.domains[0]!.themes[0]!
    const saved = await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: [
        { objectiveId: first!.id, level: 2, develop: true, importance: 3 },
        { objectiveId: second!.id, notApplicable: true },
      ],
      themeNotes: [{ themeId: theme.id, note: 'Wil ik met mijn team bespreken.' }],
    })
    expect(saved.body.progress).toEqual({ answered: 2, total: 36 })

    const laptop = ctx.client()
    await laptop.signIn(user.email, user.password)
    const again = await laptop.post('/api/self-scans', { map: MAP })
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(started.body.id)
    expect(again.body.answers[first!.id]).toEqual({
      level: 2,
      notApplicable: false,
      develop: true,
      importance: 3,
    })
    expect(again.body.answers[second!.id].notApplicable).toBe(true)
    expect(again.body.themeNotes[theme.id]).toBe('Wil ik met mijn team bespreken.')
  })

  it('refuses answers outside the scale or the map version, and changes nothing', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const { id, tree } = await answeredScan(client)
    const objective = objectivesOf(tree)[0]!
    const before = (await client.get(`/api/self-scans/${id}`)).body
    const other = (await ctx.client().get('/api/knowledge-maps/zij-instromers')).body as Tree
    const bad = [
      [{ objectiveId: objective.id, level: 6 }, 'answers.0.level', 'out_of_range'],
      [{ objectiveId: objective.id, level: 0 }, 'answers.0.level', 'out_of_range'],
      [{ objectiveId: objectivesOf(other)[0]!.id, level: 2 }, 'answers.0.objectiveId', 'invalid'],
      [
        { objectiveId: objective.id, level: 2, notApplicable: true },
        'answers.0.level',
        'invalid_choice',
      ],
      [{ objectiveId: objective.id, level: 2.5 }, 'answers.0.level', 'invalid'],
      [{ objectiveId: objective.id, importance: 7 }, 'answers.0.importance', 'invalid_choice'],
    ] as const
    for (const [answer, field, code] of bad) {
      const res = await client.patch(`/api/self-scans/${id}`, {
        answers: [{ objectiveId: objective.id, level: 1 }, answer].slice(1),
      })
      expect(res.status, JSON.stringify(answer)).toBe(422)
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }))
    }
    const range = await client.patch(`/api/self-scans/${id}`, {
      answers: [{ objectiveId: objective.id, level: 9 }],
    })
    expect(range.body.errors[0].params).toEqual({ minimum: 1, maximum: 5 })
    const note = await client.patch(`/api/self-scans/${id}`, {
      themeNotes: [{ themeId: objective.id, note: 'x' }],
    })
    expect(note.body.errors).toEqual([{ field: 'themeNotes.0.themeId', code: 'invalid' }])
    expect((await client.get(`/api/self-scans/${id}`)).body).toEqual(before)
  })

  it('submits only a complete scan, once, and keeps it as it was', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const started = await client.post('/api/self-scans', { map: MAP })
    const objectives = objectivesOf(started.body.tree)
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: objectives.slice(0, 30).map((o) => ({ objectiveId: o.id, level: 4 })),
    })
    const incomplete = await client.post(`/api/self-scans/${started.body.id}/submit`)
    expect(incomplete.status).toBe(409)
    expect(incomplete.body.code).toBe('not_complete')
    expect(incomplete.body.problems.map((p: { nodeId: string }) => p.nodeId)).toEqual(
      objectives.slice(30).map((o) => o.id),
    )
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: objectives.slice(30).map((o) => ({ objectiveId: o.id, notApplicable: true })),
    })
    const submitted = await client.post(`/api/self-scans/${started.body.id}/submit`)
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ status: 'submitted', overallMean: 4 })
    const twice = await client.post(`/api/self-scans/${started.body.id}/submit`)
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('already_submitted')
    const edit = await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: [{ objectiveId: objectives[0]!.id, level: 1 }],
    })
    expect(edit.status).toBe(409)
    expect(edit.body.code).toBe('already_submitted')
    const kept = await client.get(`/api/self-scans/${started.body.id}`)
    expect(kept.body.answers[objectives[0]!.id].level).toBe(4)
    // A new scan is a new entry: history grows.
    const next = await client.post('/api/self-scans', { map: MAP })
    expect(next.status).toBe(201)
    expect(next.body.id).not.toBe(started.body.id)
    expect((await client.get('/api/self-scans')).body.scans).toHaveLength(2)
  })

  it('shows nobody else a scan by default', async () => {
    const organisation = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const { id } = await submittedScan(owner.client)
    const colleague = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const coach = await ctx.signedIn(['coach'])
    const programme = await ctx.signedIn(['programme'])
    for (const other of [colleague, manager, coach, programme]) {
      expect((await other.client.get(`/api/self-scans/${id}`)).status).toBe(404)
      expect((await other.client.get(`/api/self-scans/${id}/report`)).status).toBe(404)
      expect((await other.client.get(`/api/self-scans/${id}/report.pdf`)).status).toBe(404)
      expect((await other.client.patch(`/api/self-scans/${id}`, {})).status).toBe(404)
      expect((await other.client.delete(`/api/self-scans/${id}`)).status).toBe(404)
    }
    expect((await owner.client.get(`/api/self-scans/${id}/shares`)).body).toEqual({
      shares: [],
      views: [],
    })
  })
})

describe('the aim per stage', () => {
  it('tells a zij-instromer honestly that no published map is written for them, and which would be', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: 'zij-instromer' })
    const res = await client.get('/api/self-scans/maps')
    expect(res.body.stage).toBe('zij-instromer')
    expect(res.body.maps).toEqual([
      expect.objectContaining({
        slug: MAP,
        fits: false,
        aim: {
          level: 2,
          label: expect.objectContaining({ nl: 'Ik weet wat het is' }),
          stage: 'zij-instromer',
        },
      }),
    ])
    const fitting = res.body.upcoming.filter((m: { fits: boolean }) => m.fits)
    expect(fitting.map((m: { slug: string }) => m.slug)).toEqual(['zij-instromers'])
  })

  it('measures a person without a stage at the level the map is written for, and says nothing fits', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: null })
    const res = await client.get('/api/self-scans/maps')
    expect(res.body.stage).toBeNull()
    expect(res.body.maps[0]).toMatchObject({ fits: false, aim: { level: 4, stage: 'gevorderde' } })
    expect(res.body.upcoming.every((m: { fits: boolean }) => !m.fits)).toBe(true)
  })

  it("gives a zij-instromer's new scan the stage's aim, a gevorderde's 4, and a started scan keeps its aim", async () => {
    const newcomer = await ctx.signedIn(['professional'], { audience: 'zij-instromer' })
    const started = await newcomer.client.post('/api/self-scans', { map: MAP })
    expect(started.status).toBe(201)
    expect(started.body).toMatchObject({ target: 2, targetStage: 'zij-instromer' })
    const expert = await ctx.signedIn(['professional'], { audience: 'gevorderde' })
    const theirs = await expert.client.post('/api/self-scans', { map: MAP })
    expect(theirs.body).toMatchObject({ target: 4, targetStage: 'gevorderde' })

    // The newcomer grows into a beginner: the scan they started keeps what it had, also
    // once submitted; the next scan takes the new stage's aim.
    const { id } = await submittedScan(newcomer.client, () => 2)
    expect(id).toBe(started.body.id)
    const moved = await newcomer.client.patch('/api/account', { audience: 'beginner' })
    expect(moved.status).toBe(200)
    const report = (await newcomer.client.get(`/api/self-scans/${id}/report`)).body
    expect(report).toMatchObject({ target: 2, targetStage: 'zij-instromer' })
    expect(report.overall).toMatchObject({ mean: 2, gap: 0 })
    expect(report.developmentPoints).toEqual([])
    const next = await newcomer.client.post('/api/self-scans', { map: MAP })
    expect(next.body).toMatchObject({ target: 3, targetStage: 'beginner' })
  })
})

describe('the report lists', () => {
  it('puts a chosen objective under development points only, never also under strengths', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: 'zij-instromer' })
    const started = await client.post('/api/self-scans', { map: MAP })
    const objectives = objectivesOf(started.body.tree)
    // Aim 2: level 4 and chosen, level 4 not chosen, level 1 not chosen, level 1 chosen, …
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: objectives.map((o, i) => ({
        objectiveId: o.id,
        level: i % 2 === 0 ? 4 : 1,
        develop: i % 3 === 0,
      })),
    })
    await client.post(`/api/self-scans/${started.body.id}/submit`)
    const report = (await client.get(`/api/self-scans/${started.body.id}/report`)).body
    const strengths = report.strengths.map((p: { objectiveId: string }) => p.objectiveId)
    const points = report.developmentPoints.map((p: { objectiveId: string }) => p.objectiveId)
    expect(strengths.filter((id: string) => points.includes(id))).toEqual([])
    expect(strengths.length + points.length).toBe(36)
    const chosen = objectives.filter((_, i) => i % 3 === 0).map((o) => o.id)
    // The chosen ones first, then the others below the aim.
    expect(points.slice(0, chosen.length).sort()).toEqual([...chosen].sort())
    expect(
      report.developmentPoints
        .slice(chosen.length)
        .every((p: { develop: boolean; level: number }) => !p.develop && p.level < 2),
    ).toBe(true)
  })
})

describe('the report', () => {
  it('scores themes and domains, leaves "not applicable" out, and orders development points', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const started = await client.post('/api/self-scans', { map: MAP })
    const tree = started.body.tree as Tree
    const theme = tree.domains[0]!.themes[0]! // 5 objectives
    const [a, b, c, d, e] = theme.objectives
    const rest = objectivesOf(tree).slice(5)
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: [
        { objectiveId: a!.id, level: 5 },
        { objectiveId: b!.id, level: 2, importance: 1 },
        { objectiveId: c!.id, level: 1, importance: 3 },
        { objectiveId: d!.id, notApplicable: true },
        { objectiveId: e!.id, level: 4, develop: true, importance: 2 },
        ...rest.map((o) => ({ objectiveId: o.id, level: 4 })),
      ],
      themeNotes: [{ themeId: theme.id, note: 'Eigen notitie' }],
    })
    await client.post(`/api/self-scans/${started.body.id}/submit`)
    const report = await client.get(`/api/self-scans/${started.body.id}/report`)
    expect(report.status).toBe(200)
    expect(report.body.scope).toBe('full')
    expect(report.body.owner.mine).toBe(true)
    const themeScore = report.body.domains[0].themes[0]
    expect(themeScore).toMatchObject({
      mean: 3, // (5 + 2 + 1 + 4) / 4: "not applicable" is not a zero
      gap: 1,
      rated: 4,
      notApplicable: 1,
      developCount: 1,
      note: 'Eigen notitie',
    })
    expect(themeScore.objectives).toHaveLength(5)
    expect(
      report.body.developmentPoints.map((p: { objectiveId: string }) => p.objectiveId),
    ).toEqual([e!.id, c!.id, b!.id])
    expect(report.body.strengths.map((p: { objectiveId: string }) => p.objectiveId)).toContain(
      a!.id,
    )
    expect(report.body.change).toBeNull()
    const draft = await client.post('/api/self-scans', { map: MAP })
    const notYet = await client.get(`/api/self-scans/${draft.body.id}/report`)
    expect(notYet.status).toBe(409)
    expect(notYet.body.code).toBe('not_submitted')
  })

  it('shows the change since the previous scan, also across map versions', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const first = await submittedScan(client, () => 2)
    // The programme team publishes version 2 with one objective more in the first theme.
    const editor = await ctx.signedIn(['programme'])
    const draft = await editor.client.post(`/api/knowledge-maps/${MAP}/draft`)
    expect(draft.status).toBe(201)
    const firstTheme = first.tree.domains[0]!.themes[0]!
    const added = await editor.client.post(`/api/knowledge-maps/${MAP}/draft/nodes`, {
      kind: 'objective',
      parentId: firstTheme.id,
      title: 'Kan de Archiefwet 2025 toelichten aan bestuurders',
    })
    expect(added.status).toBe(201)
    expect((await editor.client.post(`/api/knowledge-maps/${MAP}/draft/publish`, {})).status).toBe(
      200,
    )

    const second = await submittedScan(client, () => 3)
    const report = (await client.get(`/api/self-scans/${second.id}/report`)).body
    expect(report.scan.version.number).toBe(2)
    expect(report.change.previous).toMatchObject({ id: first.id, versionNumber: 1 })
    expect(report.change.overall).toMatchObject({ before: 2, after: 3, delta: 1 })
    const themeChange = report.change.themes.find((t: { id: string }) => t.id === firstTheme.id)
    expect(themeChange).toMatchObject({ before: 2, after: 3, delta: 1 })
    // The new objective has no earlier rating; the 36 old ones are matched by identity.
    expect(report.change.objectives).toHaveLength(36)
    // The first scan still reads as it was, on version 1.
    const old = (await client.get(`/api/self-scans/${first.id}/report`)).body
    expect(old.scan.version.number).toBe(1)
    expect(old.domains[0].themes[0].objectives).toHaveLength(5)
  })

  it('downloads as a PDF with an embedded font that maps Dutch characters', async () => {
    const { client } = await ctx.signedIn(['professional'], { name: 'Zoë Çelik-Brouwer' })
    const started = await client.post('/api/self-scans', { map: MAP })
    const objectives = objectivesOf(started.body.tree)
    await client.patch(`/api/self-scans/${started.body.id}`, {
      answers: objectives.map((o) => ({ objectiveId: o.id, level: 3, develop: true })),
      themeNotes: [
        { themeId: started.body.tree.domains[0].themes[0].id, note: 'Categorieën, één €-budget' },
      ],
    })
    await client.post(`/api/self-scans/${started.body.id}/submit`)
    const pdf = await client.get(`/api/self-scans/${started.body.id}/report.pdf?lang=nl`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="zelfscan-/)
    expect(String(pdf.body).startsWith('%PDF-1.7')).toBe(true)

    const report = (await client.get(`/api/self-scans/${started.body.id}/report`)).body
    const text = (await renderReportPdf(report, 'nl', { compress: false })).toString('latin1')
    expect(text).toContain('/FontFile2') // the TrueType font itself is in the file
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/)
    // ToUnicode maps the glyphs back to ë, ç, é and €, so the text reads and copies correctly.
    for (const code of ['00eb', '00c7', '00e9', '20ac'])
      expect(text.toLowerCase()).toContain(`<${code}>`)
    expect(text).toContain('/Lang (nl-NL)')
  })

  it('writes the numbers in the PDF exactly as the web page does, in both languages', async () => {
    const { client } = await ctx.signedIn(['professional'], { audience: 'zij-instromer' })
    // Overall 73/36 = 2.03: the page says "2,0"; a PDF that wrote "2,03" or "2" would differ.
    const { id } = await submittedScan(client, (i) => (i === 0 ? 3 : 2 + (i % 3 === 0 ? 1 : 0)))
    const report = (await client.get(`/api/self-scans/${id}/report`)).body
    for (const lang of ['nl', 'en'] as const) {
      const lines = pdfText(await renderReportPdf(report, lang, { compress: false }))
      const text = lines.join('\n')
      const overall = formatScore(report.overall.mean, lang)
      expect(overall).toMatch(/^\d[,.]\d$/)
      expect(text).toContain(
        lang === 'nl'
          ? `Je gemiddelde score is ${overall}. Het streefniveau is 2.`
          : `Your average score is ${overall}. The aimed level is 2.`,
      )
      expect(text).toContain(
        lang === 'nl'
          ? 'Ik weet wat het is, niveau voor zij-instromers'
          : 'level for career changers',
      )
      for (const theme of report.domains.flatMap((d: { themes: unknown[] }) => d.themes) as {
        mean: number
        gap: number
      }[])
        expect(text).toContain(
          `${lang === 'nl' ? 'Score' : 'Score'} ${formatScore(theme.mean, lang)} · ${
            lang === 'nl' ? 'Verschil met streefniveau' : 'Gap to the aimed level'
          } ${formatScore(theme.gap, lang)}`,
        )
      // No score anywhere with two decimals, or without its decimal.
      expect(text).not.toMatch(/(Score|score is) \d([,.]\d\d|[^,.\d])/)
    }
  })
})

describe('sharing', () => {
  it('shares a summary with one’s own manager, logs each view, and revokes', async () => {
    const organisation = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const manager = await ctx.signedIn(['manager'], {
      organisationId: organisation.id,
      name: 'Mirjam Manager',
    })
    const { id } = await submittedScan(owner.client, (i) => (i % 2 === 0 ? 2 : 5))
    const targets = await owner.client.get('/api/self-scans/share-targets')
    expect(targets.body.managers).toEqual([{ id: manager.user.id, name: 'Mirjam Manager' }])

    const share = await owner.client.post(`/api/self-scans/${id}/shares`, {
      granteeId: manager.user.id,
      scope: 'summary',
    })
    expect(share.status).toBe(201)
    expect(share.body).toMatchObject({ granteeRole: 'manager', scope: 'summary', revokedAt: null })

    const ownMean = (await owner.client.get(`/api/self-scans/${id}/report`)).body.overall.mean
    const shared = await manager.client.get('/api/self-scans/shared-with-me')
    expect(shared.body.scans).toEqual([
      expect.objectContaining({
        scanId: id,
        owner: owner.user.name,
        scope: 'summary',
        // The same overall score the owner's report gives.
        overallMean: ownMean,
      }),
    ])
    const report = await manager.client.get(`/api/self-scans/${id}/report`)
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({ scope: 'summary', owner: { mine: false } })
    expect(report.body.domains[0].themes[0].objectives).toBeNull()
    expect(report.body.domains[0].themes[0].note).toBeNull()
    expect(report.body.strengths).toEqual([])
    expect((await manager.client.get(`/api/self-scans/${id}/report.pdf`)).status).toBe(200)
    // The manager's PDF speaks about the owner by name, not to "you".
    const managerPdf = pdfText(await renderReportPdf(report.body, 'nl', { compress: false })).join(
      '\n',
    )
    expect(managerPdf).toContain(`De gemiddelde score van ${owner.user.name} is`)
    expect(managerPdf).toContain(`Wat ${owner.user.name} wil ontwikkelen`)
    expect(managerPdf).not.toContain('Je gemiddelde score')
    // The manager cannot touch the scan itself.
    expect((await manager.client.get(`/api/self-scans/${id}`)).status).toBe(404)
    expect((await manager.client.get(`/api/self-scans/${id}/shares`)).status).toBe(404)

    const log = await owner.client.get(`/api/self-scans/${id}/shares`)
    expect(log.body.views).toEqual([
      expect.objectContaining({ viewer: 'Mirjam Manager', scope: 'summary', format: 'pdf' }),
      expect.objectContaining({ viewer: 'Mirjam Manager', scope: 'summary', format: 'web' }),
    ])
    // The owner's own reading is not logged as a view.
    await owner.client.get(`/api/self-scans/${id}/report`)
    expect((await owner.client.get(`/api/self-scans/${id}/shares`)).body.views).toHaveLength(2)

    const revoked = await owner.client.delete(`/api/self-scans/${id}/shares/${share.body.id}`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).not.toBeNull()
    expect((await manager.client.get(`/api/self-scans/${id}/report`)).status).toBe(404)
    expect((await manager.client.get('/api/self-scans/shared-with-me')).body.scans).toEqual([])
  })

  it('gives a full share the whole report, and a coach found by address', async () => {
    const owner = await ctx.signedIn(['professional'])
    const coach = await ctx.signedIn(['coach'], { email: 'coach@begeleiding.nl' })
    const { id, tree } = await submittedScan(owner.client)
    const share = await owner.client.post(`/api/self-scans/${id}/shares`, {
      email: 'Coach@Begeleiding.nl',
      scope: 'full',
    })
    expect(share.status).toBe(201)
    expect(share.body.granteeRole).toBe('coach')
    const report = await coach.client.get(`/api/self-scans/${id}/report`)
    expect(report.body.scope).toBe('full')
    expect(report.body.domains[0].themes[0].objectives).toHaveLength(
      tree.domains[0]!.themes[0]!.objectives.length,
    )
    // Sharing again replaces the earlier share; the history shows both.
    await owner.client.post(`/api/self-scans/${id}/shares`, {
      granteeId: coach.user.id,
      scope: 'summary',
    })
    const shares = (await owner.client.get(`/api/self-scans/${id}/shares`)).body.shares
    expect(
      shares.map((s: { scope: string; revokedAt: string | null }) => [
        s.scope,
        s.revokedAt === null,
      ]),
    ).toEqual([
      ['summary', true],
      ['full', false],
    ])
    expect((await coach.client.get(`/api/self-scans/${id}/report`)).body.scope).toBe('summary')
  })

  it('refuses to share with anyone outside the allowed roles, and a draft, changing nothing', async () => {
    const organisation = await ctx.organisation()
    const elsewhere = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const colleague = await ctx.user({ organisationId: organisation.id, roles: ['professional'] })
    const otherManager = await ctx.user({ organisationId: elsewhere.id, roles: ['manager'] })
    const pendingManager = await ctx.user({
      organisationId: organisation.id,
      organisationPending: true,
      roles: ['manager'],
    })
    const draft = await owner.client.post('/api/self-scans', { map: MAP })
    const notYet = await owner.client.post(`/api/self-scans/${draft.body.id}/shares`, {
      granteeId: colleague.id,
      scope: 'full',
    })
    expect(notYet.status).toBe(409)
    expect(notYet.body.code).toBe('not_submitted')
    await owner.client.delete(`/api/self-scans/${draft.body.id}`)
    const { id } = await submittedScan(owner.client)
    for (const body of [
      { granteeId: colleague.id, scope: 'full' },
      { granteeId: otherManager.id, scope: 'summary' },
      { granteeId: pendingManager.id, scope: 'summary' },
      { granteeId: owner.user.id, scope: 'summary' },
      { email: 'niemand@nergens.nl', scope: 'summary' },
    ]) {
      const res = await owner.client.post(`/api/self-scans/${id}/shares`, body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(res.body.code).toBe('share_not_allowed')
    }
    const bad = await owner.client.post(`/api/self-scans/${id}/shares`, { scope: 'everything' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'scope' }))
    const nobody = await owner.client.post(`/api/self-scans/${id}/shares`, { scope: 'full' })
    expect(nobody.body.errors).toEqual([{ field: 'granteeId', code: 'required' }])
    expect((await owner.client.get(`/api/self-scans/${id}/shares`)).body.shares).toEqual([])
  })

  it('stops a manager who leaves the organisation from reading what was shared', async () => {
    const organisation = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const { id } = await submittedScan(owner.client)
    await owner.client.post(`/api/self-scans/${id}/shares`, {
      granteeId: manager.user.id,
      scope: 'full',
    })
    expect((await manager.client.get(`/api/self-scans/${id}/report`)).status).toBe(200)
    const elsewhere = await ctx.organisation()
    await ctx.db.kysely
      .updateTable('users')
      .set({ organisation_id: elsewhere.id })
      .where('id', '=', manager.user.id)
      .execute()
    const again = ctx.client()
    await again.signIn(manager.user.email, manager.user.password)
    expect((await again.get(`/api/self-scans/${id}/report`)).status).toBe(404)
    expect((await again.get('/api/self-scans/shared-with-me')).body.scans).toEqual([])
  })
})

describe('the anonymous team overview', () => {
  it('shows themes only over at least five people who shared with a manager of the organisation', async () => {
    const organisation = await ctx.organisation()
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const path = `/api/organisations/${organisation.id}/self-scan-overview?map=${MAP}`
    const staff = []
    for (let i = 0; i < 6; i++)
      staff.push(await ctx.signedIn(['professional'], { organisationId: organisation.id }))
    // Four share; one submits without sharing; one shares and then revokes.
    const share = async (client: TestClient, id: string) =>
      (
        await client.post(`/api/self-scans/${id}/shares`, {
          granteeId: manager.user.id,
          scope: 'summary',
        })
      ).body.id
    for (const [i, member] of staff.slice(0, 4).entries()) {
      const { id } = await submittedScan(member.client, () => 2 + (i % 2))
      await share(member.client, id)
    }
    await submittedScan(staff[4]!.client, () => 5)
    const revoker = await submittedScan(staff[5]!.client, () => 5)
    const shareId = await share(staff[5]!.client, revoker.id)
    await staff[5]!.client.delete(`/api/self-scans/${revoker.id}/shares/${shareId}`)

    const tooFew = await manager.client.get(path)
    expect(tooFew.status).toBe(200)
    expect(tooFew.body).toMatchObject({ people: null, themes: [], minGroupSize: 5 })

    // A fifth person shares: now there is an overview, still without the unshared scans.
    const fifth = await submittedScan(staff[4]!.client, () => 4)
    await share(staff[4]!.client, fifth.id)
    const overview = await manager.client.get(path)
    expect(overview.body.people).toBe(5)
    expect(overview.body.target).toBe(4)
    expect(overview.body.themes).toHaveLength(9)
    // Means over the latest shared scan per person: 2, 3, 2, 3, 4 → 2.8.
    expect(overview.body.themes[0]).toMatchObject({ people: 5, mean: 2.8, gap: 1.2, developing: 0 })

    const other = await ctx.organisation()
    const otherManager = await ctx.signedIn(['manager'], { organisationId: other.id })
    expect((await otherManager.client.get(path)).status).toBe(403)
    const admin = await ctx.signedIn(['admin'])
    expect((await admin.client.get(path)).status).toBe(403)
    const programme = await ctx.signedIn(['programme'])
    expect((await programme.client.get(path)).status).toBe(403)
  })
})

describe('the duurzame-inzetbaarheidscheck', () => {
  it('is answered, resumed, scored per dimension with reversed statements, and kept once submitted', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const listed = await client.get('/api/employability-checks')
    expect(
      listed.body.content.dimensions.map((d: { title: { nl: string } }) => d.title.nl),
    ).toEqual([
      'Gezondheid & vitaliteit',
      'Motivatie & betrokkenheid',
      'Werk-privé balans',
      'Kennis & vaardigheden',
    ])
    const started = await client.post('/api/employability-checks')
    expect(started.status).toBe(201)
    expect((await client.post('/api/employability-checks')).body.id).toBe(started.body.id)
    const statements = listed.body.content.dimensions.flatMap(
      (d: { statements: { id: string; reversed: boolean }[] }) => d.statements,
    )
    // Agree with everything: the reversed statements then count as 1 ("I dread change").
    const answers = Object.fromEntries(statements.map((s: { id: string }) => [s.id, 5]))
    const bad = await client.patch(`/api/employability-checks/${started.body.id}`, {
      answers: { 'gv-1': 6 },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.errors[0]).toMatchObject({ field: 'answers.gv-1', code: 'out_of_range' })
    const unknown = await client.patch(`/api/employability-checks/${started.body.id}`, {
      answers: { 'xx-1': 3 },
    })
    expect(unknown.body.errors).toEqual([{ field: 'answers.xx-1', code: 'invalid' }])

    await client.patch(`/api/employability-checks/${started.body.id}`, {
      answers: { 'gv-1': 5 },
    })
    const incomplete = await client.post(`/api/employability-checks/${started.body.id}/submit`)
    expect(incomplete.status).toBe(409)
    expect(incomplete.body.problems).toHaveLength(statements.length - 1)
    await client.patch(`/api/employability-checks/${started.body.id}`, { answers })
    const done = await client.post(`/api/employability-checks/${started.body.id}/submit`)
    expect(done.status).toBe(200)
    // Per dimension four statements at 5 and one reversed at 6 − 5 = 1: (20 + 1) / 5.
    expect(done.body.results.map((r: { score: number }) => r.score)).toEqual([4.2, 4.2, 4.2, 4.2])
    expect(done.body.results.every((r: { band: string }) => r.band === 'good')).toBe(true)
    const edit = await client.patch(`/api/employability-checks/${started.body.id}`, {
      answers: { 'gv-1': 1 },
    })
    expect(edit.body.code).toBe('already_submitted')
    const other = await ctx.signedIn(['professional'])
    expect((await other.client.get(`/api/employability-checks/${started.body.id}`)).status).toBe(
      404,
    )
  })
})

describe('personal data', () => {
  it('exports scans, shares and checks, and erasure removes them while a viewer’s erasure keeps the log', async () => {
    const organisation = await ctx.organisation()
    const owner = await ctx.signedIn(['professional'], { organisationId: organisation.id })
    const manager = await ctx.signedIn(['manager'], { organisationId: organisation.id })
    const { id } = await submittedScan(owner.client)
    await owner.client.post(`/api/self-scans/${id}/shares`, {
      granteeId: manager.user.id,
      scope: 'summary',
    })
    await manager.client.get(`/api/self-scans/${id}/report`)
    const check = await owner.client.post('/api/employability-checks')
    await owner.client.patch(`/api/employability-checks/${check.body.id}`, {
      answers: { 'gv-1': 2 },
    })

    const exported = (await owner.client.get('/api/account/export')).body
    expect(exported.data.self_scans.map((s: { id: string }) => s.id)).toEqual([id])
    expect(exported.data.self_scan_shares).toHaveLength(1)
    expect(exported.data.employability_checks[0].answers).toContain('gv-1')

    // The manager erases their account: the owner's log keeps the view, without the name.
    const erasedManager = await manager.client.post('/api/account/erase', {
      password: manager.user.password,
    })
    expect(erasedManager.status).toBe(200)
    const log = (await owner.client.get(`/api/self-scans/${id}/shares`)).body
    expect(log.views).toEqual([expect.objectContaining({ viewer: null, format: 'web' })])
    expect(log.shares).toEqual([])

    const erased = await owner.client.post('/api/account/erase', {
      password: owner.user.password,
    })
    expect(erased.status).toBe(200)
    for (const table of [
      'self_scans',
      'self_scan_theme_scores',
      'self_scan_views',
      'employability_checks',
    ] as const) {
      const rows = await ctx.db.kysely.selectFrom(table).selectAll().execute()
      expect(
        rows.filter(
          (r) => JSON.stringify(r).includes(id) || ('user_id' in r && r.user_id === owner.user.id),
        ),
      ).toEqual([])
    }
  })
})
