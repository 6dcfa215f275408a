import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

type Tree = {
  domains: {
    id: string
    title: string
    themes: { id: string; title: string; objectives: { id: string; title: string }[] }[]
  }[]
}
const shape = (tree: Tree) =>
  tree.domains.map((d) => [
    d.title,
    d.themes.map((t) => [t.title, t.objectives.map((o) => o.title)]),
  ])
const meta = {
  title: 'Geïmporteerde kaart',
  description: 'Uit een ander systeem',
  audience: 'gevorderden',
  level: 'gevorderden',
}

describe('exchanging kenniskaarten', () => {
  it('imports an exported CASE package as a new concept map with the same tree', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const original = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body as Tree
    const pkg = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')).body
    const imported = await client.post('/api/knowledge-maps/import', {
      ...meta,
      slug: 'kopie-ta',
      format: 'case',
      package: pkg,
    })
    expect(imported.status).toBe(201)
    expect(imported.body.map).toMatchObject({ slug: 'kopie-ta', state: 'concept' })
    expect(shape(imported.body)).toEqual(shape(original))
    // The original keeps its identities; the copy gets its own.
    expect(imported.body.domains[0].id).not.toBe(original.domains[0]!.id)
    expect(
      (
        await client.post('/api/knowledge-maps/import', {
          ...meta,
          slug: 'kopie-ta',
          format: 'case',
          package: pkg,
        })
      ).body.code,
    ).toBe('slug_taken')
  })

  it('imports a CSV and names every wrong line, importing nothing', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const bad =
      'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,Kennis,,Archief,,\n,Kennis,,,,Selectie\n'
    const refused = await client.post('/api/knowledge-maps/import', {
      ...meta,
      slug: 'uit-csv',
      format: 'csv',
      csv: bad,
    })
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('import_failed')
    expect(refused.body.problems).toEqual([
      { code: 'required', line: 2, column: 'leerdoel' },
      { code: 'required', line: 3, column: 'thema' },
    ])
    expect((await ctx.client().get('/api/knowledge-maps/uit-csv')).status).toBe(404)
    const good =
      'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,Kennis,,Archief,,Selectie\n,Kennis,,Archief,,Ordening\n'
    const created = await client.post('/api/knowledge-maps/import', {
      ...meta,
      slug: 'uit-csv',
      format: 'csv',
      csv: good,
    })
    expect(shape(created.body)).toEqual([['Kennis', [['Archief', ['Selectie', 'Ordening']]]]])
  })

  it('lets a spreadsheet editor download the draft, edit it and put it back, keeping identities', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const draft = (await client.get('/api/knowledge-maps/digitaal-informatiebeheer/draft'))
      .body as Tree
    const csvResponse = await client.get('/api/knowledge-maps/digitaal-informatiebeheer/draft/csv')
    expect(csvResponse.headers.get('content-type')).toContain('text/csv')
    const csv = String(csvResponse.body).replace(
      'Datagedreven werken',
      'Datagedreven werken en datakwaliteit',
    )
    const replaced = await client.put('/api/knowledge-maps/digitaal-informatiebeheer/draft/csv', {
      csv,
    })
    expect(replaced.status).toBe(200)
    const objective = (tree: Tree, id: string) =>
      tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives)).find((o) => o.id === id)
    const target = draft.domains
      .flatMap((d) => d.themes.flatMap((t) => t.objectives))
      .find((o) => o.title === 'Datagedreven werken')!
    expect(objective(replaced.body, target.id)!.title).toBe('Datagedreven werken en datakwaliteit')
    const broken = await client.put('/api/knowledge-maps/digitaal-informatiebeheer/draft/csv', {
      csv: 'kolom\nwaarde\n',
    })
    expect(broken.status).toBe(422)
    expect(
      (await client.get('/api/knowledge-maps/digitaal-informatiebeheer/draft')).body.domains,
    ).toEqual(replaced.body.domains)
  })

  it('offers the published version as CSV to everyone', async () => {
    const response = await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'kenniskaart-toezicht-en-advies-v1.csv',
    )
    expect(String(response.body).split('\r\n')).toHaveLength(38)
  })
})
