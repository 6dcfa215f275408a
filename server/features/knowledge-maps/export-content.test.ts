import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { CONTENT_DIR } from './content.ts'
import { exportContentFile } from './export-content.ts'

let ctx: TestContext
let dir: string
beforeAll(async () => {
  ctx = await createTestContext()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenniskaarten-'))
})
afterAll(async () => {
  await ctx.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const file = (slug: string) => fs.readFileSync(path.join(CONTENT_DIR, `${slug}.json`), 'utf8')

describe('exporting kenniskaarten back to content files', () => {
  it('gives every seeded map its file back byte for byte (content → seed → tree → content)', async () => {
    for (const name of fs.readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.json'))) {
      const slug = name.replace(/\.json$/, '')
      const written = await exportContentFile({ db: ctx.db, slug, which: 'current', dir })
      expect(written).toBe(path.join(dir, name))
      expect(fs.readFileSync(written, 'utf8')).toBe(file(slug))
    }
  })

  it('serves a numbered version as a download named after the map', async () => {
    const res = await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/1/content')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="toezicht-en-advies.json"',
    )
    expect(`${JSON.stringify(res.body, null, 2)}\n`).toBe(file('toezicht-en-advies'))
    expect(
      (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies/versions/9/content')).status,
    ).toBe(404)
  })

  it('exports the draft with its edits, and refuses a draft the seed would refuse', async () => {
    const { client } = await ctx.signedIn(['programme'])
    expect((await ctx.client().get('/api/knowledge-maps/beginners/draft/content')).status).toBe(401)
    const draft = (await client.get('/api/knowledge-maps/beginners/draft')).body
    const objective = draft.domains[0].themes[0].objectives[0]
    await client.patch(`/api/knowledge-maps/beginners/draft/nodes/${objective.id}`, {
      title: 'Archiefvorming, herzien',
    })
    const res = await client.get('/api/knowledge-maps/beginners/draft/content')
    expect(res.status).toBe(200)
    expect(res.body.domains[0].themes[0].objectives[0]).toEqual({
      id: objective.id,
      title: 'Archiefvorming, herzien',
    })
    expect(res.body).toMatchObject({ slug: 'beginners', status: 'concept' })

    const theme = await client.post('/api/knowledge-maps/beginners/draft/nodes', {
      kind: 'theme',
      parentId: draft.domains[0].id,
      title: 'Nog leeg',
    })
    expect(theme.status).toBe(201)
    const refused = await client.get('/api/knowledge-maps/beginners/draft/content')
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('validation_failed')
    expect(refused.body.errors[0]).toMatchObject({
      field: expect.stringMatching(/^domains\.0\.themes\.\d+\.objectives$/),
      code: 'too_short',
    })
    const before = fs.readdirSync(dir).length
    await expect(
      exportContentFile({
        db: ctx.db,
        slug: 'beginners',
        which: 'draft',
        dir: path.join(dir, 'x'),
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' })
    expect(fs.existsSync(path.join(dir, 'x', 'beginners.json'))).toBe(false)
    expect(fs.readdirSync(dir).length).toBe(before)
  })
})
