import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cfPackageSchema } from '../../../domain/knowledge-maps/case.ts'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

type Tree = {
  version: { number: number | null; state: string; id: string }
  map: { state: string }
  domains: {
    id: string
    title: string
    themes: { id: string; title: string; objectives: { id: string; title: string }[] }[]
  }[]
}
const objectives = (tree: Tree) =>
  tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives))

describe('browsing kenniskaarten', () => {
  it('lists the five maps with audience, level and state, and filters them', async () => {
    const all = await ctx.client().get('/api/knowledge-maps')
    expect(
      all.body.maps.map((m: { slug: string; state: string }) => `${m.slug}:${m.state}`),
    ).toEqual([
      'zij-instromers:concept',
      'beginners:concept',
      'toezicht-en-advies:published',
      'digitaal-erfgoed:concept',
      'digitaal-informatiebeheer:concept',
    ])
    const ta = all.body.maps.find((m: { slug: string }) => m.slug === 'toezicht-en-advies')
    expect(ta).toMatchObject({
      level: 'gevorderden',
      objectiveCount: 36,
      currentVersion: { number: 1, state: 'published' },
    })
    const published = await ctx.client().get('/api/knowledge-maps?state=published')
    expect(published.body.maps.map((m: { slug: string }) => m.slug)).toEqual(['toezicht-en-advies'])
    const basis = await ctx.client().get('/api/knowledge-maps?audience=beginners')
    expect(basis.body.maps.map((m: { slug: string }) => m.slug)).toEqual(['beginners'])
    const bad = await ctx.client().get('/api/knowledge-maps?state=weg')
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toEqual([{ field: 'state', code: 'invalid_choice' }])
  })

  it('gives the published tree of a map, in the order of the content', async () => {
    const response = await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')
    expect(response.status).toBe(200)
    const tree = response.body as Tree
    expect(tree.version).toMatchObject({ number: 1, state: 'published' })
    expect(tree.domains.map((d) => d.title)).toEqual(['Vakinhoudelijke kennis', 'Vaardigheden'])
    expect(objectives(tree)).toHaveLength(36)
    expect(objectives(tree)[0]!.title).toBe('(IT)-auditing; proces- en informatie-auditing')
  })

  it('marks a never-published map as concept', async () => {
    const tree = (await ctx.client().get('/api/knowledge-maps/digitaal-informatiebeheer'))
      .body as Tree
    expect(tree.map.state).toBe('concept')
    expect(tree.version).toMatchObject({ number: null, state: 'draft' })
  })

  it('answers 404 for an unknown map or version', async () => {
    expect((await ctx.client().get('/api/knowledge-maps/bestaat-niet')).status).toBe(404)
    expect(
      (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/9')).status,
    ).toBe(404)
    expect(
      (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/nul')).status,
    ).toBe(422)
  })

  it('searches the objectives of published maps only, ignoring case and accents', async () => {
    const found = await ctx.client().get('/api/knowledge-maps/search?q=ARCHIEFINSPECTIES')
    expect(found.body.results).toEqual([
      expect.objectContaining({
        map: { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' },
        theme: 'Toezicht en toezichtmethodieken',
        objective: expect.objectContaining({ title: 'Uitvoeren van archiefinspecties' }),
      }),
    ])
    const concept = await ctx.client().get('/api/knowledge-maps/search?q=e-depot')
    expect(concept.body.results).toEqual([])
    expect((await ctx.client().get('/api/knowledge-maps/search?q=a')).status).toBe(422)
  })
})

describe('CASE 1.1 export', () => {
  it('is a valid CFPackage with an item per domain, theme and objective and the tree as isChildOf', async () => {
    const response = await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')
    expect(response.status).toBe(200)
    const parsed = cfPackageSchema.safeParse(response.body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true)
    const pkg = parsed.data!
    const tree = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body as Tree
    const types = pkg.CFItems!.reduce<Record<string, number>>((n, item) => {
      n[item.CFItemType!] = (n[item.CFItemType!] ?? 0) + 1
      return n
    }, {})
    expect(types).toEqual({ Domein: 2, Thema: 9, Leerdoel: 36 })
    // Every item is the child of exactly one node, in order, and identifiers are the node ids.
    const children = pkg.CFAssociations!.filter((a) => a.associationType === 'isChildOf')
    expect(children).toHaveLength(47)
    const ids = new Set(pkg.CFItems!.map((i) => i.identifier))
    expect(ids.has(objectives(tree)[0]!.id)).toBe(true)
    for (const item of pkg.CFItems!)
      expect(children.filter((a) => a.originNodeURI.identifier === item.identifier)).toHaveLength(1)
    const firstTheme = tree.domains[0]!.themes[0]!
    const ordered = children
      .filter((a) => a.destinationNodeURI.identifier === firstTheme.id)
      .sort((a, b) => a.sequenceNumber! - b.sequenceNumber!)
      .map((a) => a.originNodeURI.identifier)
    expect(ordered).toEqual(firstTheme.objectives.map((o) => o.id))
    const toDocument = children.filter(
      (a) => a.destinationNodeURI.identifier === pkg.CFDocument.identifier,
    )
    expect(toDocument.map((a) => a.originNodeURI.title)).toEqual([
      'Vakinhoudelijke kennis',
      'Vaardigheden',
    ])
  })

  it('gives the same identifiers at every export', async () => {
    const first = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/1/case'))
      .body
    const second = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')).body
    expect(second.CFAssociations.map((a: { identifier: string }) => a.identifier)).toEqual(
      first.CFAssociations.map((a: { identifier: string }) => a.identifier),
    )
  })

  it('is refused by the schema when a closed property set gets an extra field or an id is not lowercase', async () => {
    const pkg = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')).body
    expect(
      cfPackageSchema.safeParse({ ...pkg, CFDocument: { ...pkg.CFDocument, kleur: 'blauw' } })
        .success,
    ).toBe(false)
    const upper = {
      ...pkg,
      CFItems: [{ ...pkg.CFItems[0], identifier: pkg.CFItems[0].identifier.toUpperCase() }],
    }
    expect(cfPackageSchema.safeParse(upper).success).toBe(false)
    const noUri = { ...pkg, CFItems: [{ ...pkg.CFItems[0], uri: undefined }] }
    expect(cfPackageSchema.safeParse(noUri).success).toBe(false)
  })
})

describe('authoring a new version', () => {
  it('drafts, edits, compares and publishes while the published version stays as it was', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const v1 = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body as Tree
    const draft = await client.post('/api/knowledge-maps/toezicht-en-advies/draft')
    expect(draft.status).toBe(201)
    expect(draft.body.version).toMatchObject({ number: null, state: 'draft' })
    expect(objectives(draft.body).map((o) => o.id)).toEqual(objectives(v1).map((o) => o.id))
    expect((await client.post('/api/knowledge-maps/toezicht-en-advies/draft')).body.code).toBe(
      'draft_exists',
    )

    const [knowledge, skills] = v1.domains
    const communicate = skills!.themes.find((t) => t.title === 'Communiceren')!
    const base = '/api/knowledge-maps/toezicht-en-advies/draft/nodes'
    const added = await client.post(base, {
      kind: 'objective',
      parentId: communicate.id,
      title: 'Onderhandelen',
      position: 0,
    })
    expect(added.status).toBe(201)
    const newId = added.body.domains[1].themes.find((t: { id: string }) => t.id === communicate.id)
      .objectives[0].id
    const renamed = objectives(v1).find((o) => o.title === 'Netwerken')!
    await client.patch(`${base}/${renamed.id}`, { title: 'Netwerken in de sector' })
    const moved = knowledge!.themes[0]!.objectives[0]!
    await client.patch(`${base}/${moved.id}`, { parentId: knowledge!.themes[4]!.id, position: 1 })
    const removed = objectives(v1).find((o) => o.title === 'Voorlichten')!
    const afterRemove = await client.delete(`${base}/${removed.id}`)
    expect(objectives(afterRemove.body).map((o) => o.title)).not.toContain('Voorlichten')

    const unchanged = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body
    expect(unchanged).toEqual(v1)

    const diff = await client.get('/api/knowledge-maps/toezicht-en-advies/compare?from=1&to=draft')
    const summary = diff.body.changes.map(
      (c: { kind: string; title: string }) => `${c.kind}:${c.title}`,
    )
    expect(summary).toEqual(
      expect.arrayContaining([
        'added:Onderhandelen',
        'renamed:Netwerken in de sector',
        'moved:(IT)-auditing; proces- en informatie-auditing',
        'removed:Voorlichten',
      ]),
    )
    expect(
      (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/compare?from=1&to=draft'))
        .status,
    ).toBe(401)

    const published = await client.post('/api/knowledge-maps/toezicht-en-advies/draft/publish', {
      changeNote: 'Na werksessie',
    })
    expect(published.body.version).toMatchObject({ number: 2, state: 'published' })
    const current = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body as Tree
    expect(current.version.number).toBe(2)
    expect(objectives(current).find((o) => o.id === renamed.id)!.title).toBe(
      'Netwerken in de sector',
    )
    expect(objectives(current).some((o) => o.id === newId)).toBe(true)
    const old = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/1'))
      .body as Tree
    expect(old.version.state).toBe('superseded')
    expect(objectives(old).find((o) => o.id === renamed.id)!.title).toBe('Netwerken')
    const versions = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions'))
      .body.versions
    expect(
      versions.map((v: { number: number; state: string }) => `${v.number}:${v.state}`),
    ).toEqual(['1:superseded', '2:published'])
    const between = await ctx
      .client()
      .get('/api/knowledge-maps/toezicht-en-advies/compare?from=1&to=2')
    expect(between.body.changes).toEqual(diff.body.changes)
  })

  it('refuses a tree in the wrong shape and changes nothing', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const draft = (await client.get('/api/knowledge-maps/beginners/draft')).body as Tree
    const base = '/api/knowledge-maps/beginners/draft/nodes'
    const domain = draft.domains[0]!
    const underDomain = await client.post(base, {
      kind: 'objective',
      parentId: domain.id,
      title: 'Los leerdoel',
    })
    expect(underDomain.status).toBe(422)
    expect(underDomain.body.errors).toEqual([{ field: 'parentId', code: 'invalid_choice' }])
    const themeUnderTheme = await client.patch(`${base}/${domain.themes[0]!.id}`, {
      parentId: domain.themes[1]!.id,
    })
    expect(themeUnderTheme.status).toBe(422)
    const empty = await client.post(base, {
      kind: 'objective',
      parentId: domain.themes[0]!.id,
      title: '   ',
    })
    expect(empty.body.errors).toEqual([{ field: 'title', code: 'required' }])
    const unknown = await client.patch(`${base}/${crypto.randomUUID()}`, { title: 'X' })
    expect(unknown.status).toBe(404)
    expect((await client.get('/api/knowledge-maps/beginners/draft')).body).toEqual(draft)
  })

  it('refuses to publish a draft with an empty theme', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const draft = (await client.get('/api/knowledge-maps/zij-instromers/draft')).body as Tree
    await client.post('/api/knowledge-maps/zij-instromers/draft/nodes', {
      kind: 'theme',
      parentId: draft.domains[0]!.id,
      title: 'Nog leeg',
    })
    const response = await client.post('/api/knowledge-maps/zij-instromers/draft/publish', {})
    expect(response.status).toBe(422)
    expect(response.body.code).toBe('publish_empty_nodes')
    expect(response.body.problems).toEqual([
      {
        code: 'theme_without_objectives',
        nodeId: expect.any(String),
        nodeKind: 'theme',
        title: 'Nog leeg',
      },
    ])
    expect((await ctx.client().get('/api/knowledge-maps/zij-instromers')).body.map.state).toBe(
      'concept',
    )
  })

  it('publishes a concept map as its first version', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const published = await client.post('/api/knowledge-maps/beginners/draft/publish', {
      changeNote: 'Vastgesteld',
    })
    expect(published.body.version).toMatchObject({ number: 1, state: 'published' })
    expect(published.body.map.state).toBe('published')
    expect((await client.get('/api/knowledge-maps/beginners/draft')).body.code).toBe('no_draft')
  })

  it('lets only the programme team edit', async () => {
    const { client } = await ctx.signedIn(['reviewer', 'professional', 'manager', 'admin'])
    expect(
      (await client.post('/api/knowledge-maps/digitaal-erfgoed/draft/publish', {})).status,
    ).toBe(403)
  })
})
