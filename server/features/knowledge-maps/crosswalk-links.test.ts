import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

const SCRIPTS = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>x</script>']

describe('crosswalk links are web addresses or URNs only', () => {
  it('refuses javascript: and data: on the API, and keeps nothing', async () => {
    const { client } = await ctx.signedIn(['programme'])
    await client.post('/api/knowledge-maps/beginners/draft')
    const draft = (await client.get('/api/knowledge-maps/beginners/draft')).body
    const objective = draft.domains[0].themes[0].objectives[0]
    const add = (uri: string) =>
      client.post(`/api/knowledge-maps/beginners/draft/nodes/${objective.id}/crosswalks`, {
        framework: 'other',
        uri,
        label: 'Elders',
        relation: 'isRelatedTo',
      })
    for (const uri of [...SCRIPTS, 'ftp://archief.nl/x', 'urn:']) {
      const refused = await add(uri)
      expect(refused.status, uri).toBe(422)
      expect(refused.body.errors, uri).toEqual([{ field: 'uri', code: 'invalid' }])
    }
    const stored = await ctx.db.kysely.selectFrom('crosswalks').select('target_uri').execute()
    expect(stored.filter((row) => !/^(https?|urn):/i.test(row.target_uri))).toEqual([])
    expect((await add('https://esco.europa.eu/skill/1')).status).toBe(201)
    expect((await add('urn:nbn:nl:ui:13-abc')).status).toBe(201)
  })

  it('refuses a CASE package with such a URI on import, naming where it is', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const pkg = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/case')).body
    const objective = pkg.CFItems.at(-1)
    const meta = {
      title: 'Kopie',
      description: 'Uit een ander systeem',
      audience: 'gevorderden',
      level: 'gevorderden',
      format: 'case',
    }
    for (const uri of SCRIPTS) {
      const withLink = structuredClone(pkg)
      withLink.CFAssociations.push({
        identifier: crypto.randomUUID(),
        associationType: 'exactMatchOf',
        uri: 'https://elders.example/associations/1',
        lastChangeDateTime: pkg.CFDocument.lastChangeDateTime,
        originNodeURI: {
          title: objective.fullStatement,
          identifier: objective.identifier,
          uri: objective.uri,
        },
        destinationNodeURI: { title: 'Klik hier', identifier: 'x', uri },
      })
      const refused = await client.post('/api/knowledge-maps/import', {
        ...meta,
        slug: 'kopie-met-link',
        package: withLink,
      })
      expect(refused.status, uri).toBe(422)
      expect(refused.body.code).toBe('import_failed')
      expect(refused.body.problems, uri).toContainEqual(
        expect.objectContaining({
          list: 'CFAssociations',
          index: withLink.CFAssociations.length - 1,
        }),
      )
      const documentUri = structuredClone(pkg)
      documentUri.CFDocument.uri = uri
      const refusedDocument = await client.post('/api/knowledge-maps/import', {
        ...meta,
        slug: 'kopie-met-link',
        package: documentUri,
      })
      expect(refusedDocument.status, uri).toBe(422)
    }
    expect(
      await ctx.db.kysely
        .selectFrom('knowledge_maps')
        .select('id')
        .where('slug', '=', 'kopie-met-link')
        .execute(),
    ).toEqual([])
  })
})
