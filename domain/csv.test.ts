import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { offeringsToCsv, readOfferingsCsv } from './catalogue/csv.ts'
import { csvCell, parseCsv, startsLikeFormula, writeCsv } from './csv.ts'
import { fromCsv, toCsv } from './knowledge-maps/csv.ts'

const HEADER = ['a', 'b', 'c']
/** Any text, including quotes, both separators, line breaks and formula starts. */
const cell = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    ',',
    ';',
    '"',
    "'",
    '\n',
    '\r',
    '\t',
    '=',
    '+',
    '-',
    '@',
    'é',
    '€',
  ),
})
const row = fc
  .array(cell, { minLength: 3, maxLength: 3 })
  .filter((r) => r.some((c) => c.trim() !== ''))

describe('the CSV writer', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")']) {
      const written = csvCell(formula)
      expect(written.replace(/^"/, '').startsWith("'"), formula).toBe(true)
    }
    expect(csvCell('gewoon')).toBe('gewoon')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('zeg "ja"')).toBe('"zeg ""ja"""')
  })

  it('never writes a cell a spreadsheet reads as a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        for (const [written] of parseCsvCellsAsWritten(writeCsv(HEADER, rows))) {
          expect(startsLikeFormula(written ?? '')).toBe(false)
        }
      }),
    )
  })

  it('reads back what it wrote for values not starting like a formula (property)', () => {
    const plain = row.filter((r) => r.every((c) => !startsLikeFormula(c) && !c.startsWith("'")))
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 5 }), (rows) => {
        expect(parseCsv(writeCsv(HEADER, rows))).toEqual([HEADER, ...rows])
      }),
    )
  })

  it('reads back formula-like values and leading quotes unchanged too (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        expect(parseCsv(writeCsv(HEADER, rows))).toEqual([HEADER, ...rows])
      }),
    )
  })

  it('reads semicolon files, a byte order mark, and leaves blank rows out', () => {
    expect(parseCsv('\uFEFFa;b\r\n\r\n"x;y";\'-1\r\n')).toEqual([
      ['a', 'b'],
      ['x;y', '-1'],
    ])
  })
})

describe('the exports go through it', () => {
  it('a kenniskaart whose titles start like formulas survives export and import', () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`
    const domains = [
      {
        id: id(1),
        title: '=Bewaren',
        themes: [{ id: id(2), title: '-Selectie', objectives: [{ id: id(3), title: '@kan: +1' }] }],
      },
    ]
    const csv = toCsv(domains)
    expect(csv).toContain("'=Bewaren")
    expect(csv).toContain("'-Selectie")
    expect(fromCsv(csv)).toEqual(domains)
  })

  it('an offering whose description starts with a dash is written neutralised and read back', () => {
    const csv = offeringsToCsv([
      {
        id: '11111111-1111-4111-8111-111111111111',
        providerSlug: 'archiefacademie',
        title: '=cmd|calc',
        description: '- eerste punt\n- tweede punt',
        form: 'course',
        level: 'basis',
        studyHours: 1.5,
        costCents: 0,
        language: 'nl',
        online: true,
        location: null,
        startMoments: [],
        certificate: null,
        url: null,
        objectiveIds: [],
      },
    ])
    for (const [written] of parseCsvCellsAsWritten(csv)) {
      expect(startsLikeFormula(written ?? '')).toBe(false)
    }
    const { rows } = readOfferingsCsv(csv)
    expect(rows[0]?.cells.titel).toBe('=cmd|calc')
    expect(rows[0]?.cells.beschrijving).toBe('- eerste punt\n- tweede punt')
  })
})

/**
 * Every cell as a spreadsheet sees it (quotes removed, nothing taken off), one per entry: to
 * check no written cell starts like a formula.
 */
function parseCsvCellsAsWritten(text: string): string[][] {
  const cells: string[][] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',' || char === '\n') {
      cells.push([field])
      field = ''
    } else if (char !== '\r') field += char
  }
  return cells
}
