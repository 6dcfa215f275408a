import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCasePackage } from './case-export.ts'
import { fromCasePackage, type ImportError } from './case-import.ts'
import { fromCsv, toCsv } from './csv.ts'
import type { DomainNode, MapTree } from './tree.ts'

const uuid = fc.uuid({ version: 4 })
const title = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0)
const treeArb: fc.Arbitrary<DomainNode[]> = fc.array(
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
)
const unique = (domains: DomainNode[]) => {
  const ids = domains.flatMap((d) => [
    d.id,
    ...d.themes.flatMap((t) => [t.id, ...t.objectives.map((o) => o.id)]),
  ])
  return new Set(ids).size === ids.length
}

function treeOf(domains: DomainNode[]): MapTree {
  return {
    map: {
      slug: 'proef',
      title: 'Proefkaart',
      description: 'Een proef',
      audience: 'gevorderden',
      level: 'gevorderden',
      state: 'published',
      archivedAt: null,
    },
    version: {
      id: 'v',
      number: 1,
      state: 'published',
      publishedAt: '2026-01-01T00:00:00.000Z',
      documentId: '3f1c0c4e-6a55-4b8e-9d0a-1c2b3d4e5f60',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    domains,
  }
}

describe('CASE round trip', () => {
  it('gives the same tree after export and import, for any tree', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb.filter(unique), async (domains) => {
        const pkg = await toCasePackage(treeOf(domains), 'https://routekaart.test')
        expect(fromCasePackage(JSON.parse(JSON.stringify(pkg))).domains).toEqual(domains)
      }),
      { numRuns: 50 },
    )
  })

  it('names the item that is wrong and imports nothing', async () => {
    const pkg = await toCasePackage(
      treeOf([
        {
          id: '11111111-1111-4111-8111-111111111111',
          title: 'D',
          themes: [
            {
              id: '22222222-2222-4222-8222-222222222222',
              title: 'T',
              objectives: [{ id: '33333333-3333-4333-8333-333333333333', title: 'O' }],
            },
          ],
        },
      ]),
      'https://routekaart.test',
    )
    const broken = structuredClone(pkg)
    broken.CFItems![2]!.identifier = 'NIET-EEN-UUID'
    try {
      fromCasePackage(broken)
      expect.unreachable()
    } catch (error) {
      // The place as data, in our own codes: never zod's internal ones.
      expect((error as ImportError).problems).toContainEqual({
        code: 'invalid',
        list: 'CFItems',
        index: 2,
        field: 'identifier',
      })
    }
    const extra = structuredClone(pkg) as unknown as { CFDocument: Record<string, unknown> }
    extra.CFDocument.kleur = 'rood'
    delete extra.CFDocument.title
    try {
      fromCasePackage(extra)
      expect.unreachable()
    } catch (error) {
      expect((error as ImportError).problems).toEqual(
        expect.arrayContaining([
          { code: 'unknown_field', list: 'CFDocument', detail: 'kleur' },
          { code: 'required', list: 'CFDocument', field: 'title' },
        ]),
      )
    }
    const orphan = structuredClone(pkg)
    orphan.CFAssociations = orphan.CFAssociations!.slice(0, 2)
    try {
      fromCasePackage(orphan)
      expect.unreachable()
    } catch (error) {
      expect((error as ImportError).problems).toContainEqual({
        code: 'no_parent',
        list: 'CFItems',
        index: 2,
      })
    }
  })
})

describe('CSV round trip', () => {
  it('gives the same tree after export and import, for any tree', () => {
    fc.assert(
      fc.property(treeArb.filter(unique), (domains) => {
        expect(fromCsv(toCsv(domains))).toEqual(domains)
      }),
      { numRuns: 100 },
    )
  })

  it('reads semicolon-separated files from Dutch spreadsheets and gives new ids to new rows', () => {
    const csv =
      'domein_id;domein;thema_id;thema;leerdoel_id;leerdoel\n;Kennis;;Archief;;Selectie\n;Kennis;;Archief;;"Metadata; ordening"\n'
    const [domain] = fromCsv(csv)
    expect(domain!.title).toBe('Kennis')
    expect(domain!.themes[0]!.objectives.map((o) => o.title)).toEqual([
      'Selectie',
      'Metadata; ordening',
    ])
    expect(domain!.themes[0]!.objectives[0]!.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('names the line and column of every problem', () => {
    const csv =
      'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,Kennis,,Archief,,\nxyz,Kennis,,Archief,,Iets\n,Kennis,,Archief\n'
    try {
      fromCsv(csv)
      expect.unreachable()
    } catch (error) {
      expect((error as ImportError).problems).toEqual([
        { code: 'required', line: 2, column: 'leerdoel' },
        { code: 'invalid_id', line: 3, column: 'domein_id' },
        { code: 'expected_columns', line: 4, detail: '6' },
      ])
    }
    expect(() => fromCsv('naam,titel\n')).toThrowError(/header_must_be/)
  })
})
