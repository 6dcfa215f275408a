import { parseCsv, writeCsv } from '../csv.ts'
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

/** A tree as CSV (comma-separated, UTF-8, header row), for people who edit in a spreadsheet. */
export function toCsv(domains: DomainNode[]): string {
  const rows: string[][] = []
  for (const domain of domains) {
    for (const theme of domain.themes) {
      for (const objective of theme.objectives) {
        rows.push([domain.id, domain.title, theme.id, theme.title, objective.id, objective.title])
      }
    }
  }
  return writeCsv(CSV_COLUMNS, rows)
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
  const rows = parseCsv(text)
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
