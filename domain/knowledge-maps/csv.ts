import { ImportError, type ImportProblem } from './case-import.ts'
import { caseUuidSchema, TITLE_MAX } from './model.ts'
import type { DomainNode } from './tree.ts'

/** Columns of the spreadsheet form of a kenniskaart: one row per objective. */
export const CSV_COLUMNS = [
  'domein_id',
  'domein',
  'thema_id',
  'thema',
  'leerdoel_id',
  'leerdoel',
] as const

function quote(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** A tree as CSV (comma-separated, UTF-8, header row), for people who edit in a spreadsheet. */
export function toCsv(domains: DomainNode[]): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const domain of domains) {
    for (const theme of domain.themes) {
      for (const objective of theme.objectives) {
        lines.push(
          [domain.id, domain.title, theme.id, theme.title, objective.id, objective.title]
            .map(quote)
            .join(','),
        )
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`
}

/** Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, line breaks in quotes). */
export function parseCsvRows(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const source = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''))
}

/**
 * Reads the CSV form back into a tree. Rows are grouped by domain and theme in the order they
 * first appear. Empty ids get new ones (a new domain, theme or objective); given ids are kept.
 * Spreadsheets in Dutch settings often save with semicolons: both separators are accepted.
 * Throws an `ImportError` naming the line and column of every problem.
 */
export function fromCsv(
  text: string,
  newId: () => string = () => crypto.randomUUID(),
): DomainNode[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  const rows = parseCsvRows(text, separator)
  const problems: ImportProblem[] = []
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  if (header.join() !== CSV_COLUMNS.join()) {
    throw new ImportError([{ code: 'header_must_be', line: 1, detail: CSV_COLUMNS.join(', ') }])
  }
  const domains: DomainNode[] = []
  const seen = new Set<string>()
  for (const [index, cells] of rows.slice(1).entries()) {
    const line = index + 2
    if (cells.length !== CSV_COLUMNS.length) {
      problems.push({ code: 'expected_columns', line, detail: String(CSV_COLUMNS.length) })
      continue
    }
    const [domainId, domainTitle, themeId, themeTitle, objectiveId, objectiveTitle] = cells.map(
      (c) => c.trim(),
    ) as string[]
    const check = (column: string, value: string, isId: boolean) => {
      if (isId) {
        if (value && !caseUuidSchema.safeParse(value).success)
          problems.push({ code: 'invalid_id', line, column })
      } else if (!value) problems.push({ code: 'required', line, column })
      else if (value.length > TITLE_MAX) problems.push({ code: 'too_long', line, column })
    }
    check('domein_id', domainId!, true)
    check('domein', domainTitle!, false)
    check('thema_id', themeId!, true)
    check('thema', themeTitle!, false)
    check('leerdoel_id', objectiveId!, true)
    check('leerdoel', objectiveTitle!, false)
    let domain = domains.find((d) => (domainId ? d.id === domainId : d.title === domainTitle))
    if (!domain) {
      domain = { id: domainId || newId(), title: domainTitle!, themes: [] }
      domains.push(domain)
    } else if (domain.title !== domainTitle)
      problems.push({ code: 'differs_from_earlier_row', line, column: 'domein' })
    let theme = domain.themes.find((t) => (themeId ? t.id === themeId : t.title === themeTitle))
    if (!theme) {
      theme = { id: themeId || newId(), title: themeTitle!, objectives: [] }
      domain.themes.push(theme)
    } else if (theme.title !== themeTitle)
      problems.push({ code: 'differs_from_earlier_row', line, column: 'thema' })
    const id = objectiveId || newId()
    if (seen.has(id)) problems.push({ code: 'duplicate_id', line, column: 'leerdoel_id' })
    seen.add(id)
    theme.objectives.push({ id, title: objectiveTitle! })
  }
  if (rows.length <= 1) problems.push({ code: 'no_rows', line: 2 })
  if (problems.length > 0) throw new ImportError(problems)
  return domains
}
