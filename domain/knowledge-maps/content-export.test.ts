import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMapContent, toMapContent, validMapContent } from './content-export.ts'
import { MAP_AUDIENCES, MAP_LEVELS, type MapContent, mapContentSchema } from './model.ts'
import type { MapTree } from './tree.ts'

const DIR = path.resolve('content/kenniskaarten')

/** What seeding makes of a content file and loading gives back (server/…/content.ts). */
function treeOfContent(content: MapContent): MapTree {
  const published = content.status === 'published'
  const at = published ? `${content.version.publishedAt}T00:00:00.000Z` : '2026-01-01T10:00:00Z'
  return {
    map: {
      slug: content.slug,
      title: content.title,
      description: content.description,
      audience: content.audience,
      level: content.level,
      state: published ? 'published' : 'concept',
      archivedAt: null,
    },
    version: {
      id: 'v',
      number: published ? content.version.number : null,
      state: published ? 'published' : 'draft',
      publishedAt: published ? at : null,
      documentId: content.documentId,
      updatedAt: at,
    },
    domains: content.domains.map((d) => ({
      ...d,
      themes: d.themes.map((t) => ({
        ...t,
        objectives: t.objectives.map((o) => ({ ...o, crosswalks: [] })),
      })),
    })),
  }
}

const uuid = fc.uuid({ version: 4 })
const title = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0)
const contentArb: fc.Arbitrary<MapContent> = fc
  .record({
    slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title,
    audience: fc.constantFrom(...MAP_AUDIENCES),
    level: fc.constantFrom(...MAP_LEVELS),
    published: fc.option(
      fc.record({
        number: fc.integer({ min: 1, max: 99 }),
        publishedAt: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      }),
    ),
    description: title,
    documentId: uuid,
    domains: fc.array(
      fc.record({
        id: uuid,
        title,
        themes: fc.array(
          fc.record({
            id: uuid,
            title,
            objectives: fc.array(fc.record({ id: uuid, title }), { minLength: 1, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ published, ...rest }) => ({
    slug: rest.slug,
    title: rest.title,
    audience: rest.audience,
    level: rest.level,
    status: published ? ('published' as const) : ('concept' as const),
    description: rest.description,
    version: published ?? { number: null, publishedAt: null },
    documentId: rest.documentId,
    domains: rest.domains,
  }))
  .filter((content) => mapContentSchema.safeParse(content).success)

describe('exporting a version as a content file', () => {
  it.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.json')))(
    'gives %s back byte for byte: content → seed → tree → content',
    (file) => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8')
      const content = mapContentSchema.parse(JSON.parse(text))
      const exported = toMapContent(treeOfContent(content))
      expect(exported).toEqual(content)
      expect(formatMapContent(exported)).toBe(text)
    },
  )

  it('round-trips any valid content', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const exported = toMapContent(treeOfContent(content))
        expect(exported).toEqual(content)
        expect(mapContentSchema.safeParse(exported).success).toBe(true)
      }),
    )
  })

  it('writes a superseded version as published and a draft as concept, without crosswalks', () => {
    const content = mapContentSchema.parse(
      JSON.parse(fs.readFileSync(path.join(DIR, 'toezicht-en-advies.json'), 'utf8')),
    )
    const tree = treeOfContent(content)
    tree.version.state = 'superseded'
    tree.domains[0]!.themes[0]!.objectives[0]!.crosswalks = [
      {
        id: 'x',
        framework: 'esco',
        uri: 'http://data.europa.eu/esco/skill/x',
        label: 'X',
        relation: 'isRelatedTo',
      },
    ]
    expect(toMapContent(tree)).toEqual(content)
    const draft = {
      ...tree,
      version: { ...tree.version, number: null, state: 'draft' as const, publishedAt: null },
    }
    expect(toMapContent(draft)).toMatchObject({
      status: 'concept',
      version: { number: null, publishedAt: null },
    })
  })

  it('refuses a draft with a theme without objectives', () => {
    const content = mapContentSchema.parse(
      JSON.parse(fs.readFileSync(path.join(DIR, 'beginners.json'), 'utf8')),
    )
    const tree = treeOfContent(content)
    tree.domains[0]!.themes[0]!.objectives = []
    const result = validMapContent(tree)
    expect(result.success).toBe(false)
    expect(!result.success && result.issues[0]?.path).toEqual([
      'domains',
      0,
      'themes',
      0,
      'objectives',
    ])
  })
})
