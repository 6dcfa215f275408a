import type { z } from 'zod'
import { parseCsv, writeCsv } from '../csv.ts'
import { CSV_ROWS_MAX, type OfferingInput, offeringInput } from '../schemas/catalogue.ts'
import { toFieldErrors } from '../validation.ts'
import { formatDutchAmount } from './model.ts'

/**
 * The spreadsheet form of the catalogue: one row per offering, Dutch headers. An empty `id`
 * adds an offering; an offering's id changes that one. Lists (start moments, objectives) are
 * separated by `;`. Comma- and semicolon-separated files are both read (Excel in Dutch writes
 * semicolons).
 */
export const OFFERING_CSV_COLUMNS = [
  'id',
  'aanbieder',
  'titel',
  'beschrijving',
  'vorm',
  'niveau',
  'studielast_uren',
  'kosten',
  'taal',
  'online',
  'locatie',
  'startmomenten',
  'certificaat',
  'link',
  'leerdoelen',
] as const
export type OfferingCsvColumn = (typeof OFFERING_CSV_COLUMNS)[number]

/** Which column holds each field of `offeringInput`, to name the column of a problem. */
const COLUMN_OF: Record<string, OfferingCsvColumn> = {
  providerId: 'aanbieder',
  title: 'titel',
  description: 'beschrijving',
  form: 'vorm',
  level: 'niveau',
  studyHours: 'studielast_uren',
  cost: 'kosten',
  language: 'taal',
  online: 'online',
  location: 'locatie',
  startMoments: 'startmomenten',
  certificate: 'certificaat',
  url: 'link',
  objectiveIds: 'leerdoelen',
}

export interface CsvRowProblem {
  column: OfferingCsvColumn | ''
  code: string
}

/** One data row as read: its line (the header is line 1) and the raw cells by column. */
export interface OfferingCsvRow {
  line: number
  cells: Record<OfferingCsvColumn, string>
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar'])
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar'])

const list = (cell: string) =>
  cell
    .split(/[;\s]+/)
    .map((item) => item.trim())
    .filter(Boolean)

/** A date as YYYY-MM-DD; DD-MM-YYYY (as Dutch spreadsheets show dates) is turned around. */
const isoDate = (cell: string) => {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(cell)
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : cell
}

/**
 * Reads the file into rows, or names what is wrong with the file as a whole (header, size).
 *
 * @example readOfferingsCsv('id,aanbieder,...\n,archiefacademie,...')
 */
export function readOfferingsCsv(text: string): {
  rows: OfferingCsvRow[]
  problems: { line: number; column: string; code: string }[]
} {
  const records = parseCsv(text)
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase())
  const expected = OFFERING_CSV_COLUMNS.join(',')
  if (header.join(',') !== expected)
    return { rows: [], problems: [{ line: 1, column: '', code: `header_must_be:${expected}` }] }
  const rows: OfferingCsvRow[] = []
  const problems: { line: number; column: string; code: string }[] = []
  records.slice(1).forEach((record, index) => {
    const line = index + 2
    if (record.every((cell) => cell.trim() === '')) return
    if (record.length !== OFFERING_CSV_COLUMNS.length) {
      problems.push({ line, column: '', code: `expected_${OFFERING_CSV_COLUMNS.length}_columns` })
      return
    }
    const cells = Object.fromEntries(
      OFFERING_CSV_COLUMNS.map((column, i) => [column, (record[i] ?? '').trim()]),
    ) as Record<OfferingCsvColumn, string>
    rows.push({ line, cells })
  })
  if (rows.length === 0 && problems.length === 0)
    problems.push({ line: 2, column: '', code: 'no_rows' })
  if (rows.length > CSV_ROWS_MAX)
    problems.push({ line: rows[CSV_ROWS_MAX]!.line, column: '', code: 'too_many_rows' })
  return { rows, problems }
}

/**
 * One row checked against the same schema as the form, with the provider already resolved
 * (the caller knows which providers exist). Problems name the column and a stable code.
 */
export function offeringFromCsvRow(
  row: OfferingCsvRow,
  providerId: string,
): { input: OfferingInput | null; problems: CsvRowProblem[] } {
  const { cells } = row
  const problems: CsvRowProblem[] = []
  const onlineCell = cells.online.toLowerCase()
  let online: boolean | undefined
  if (YES.has(onlineCell)) online = true
  else if (NO.has(onlineCell)) online = false
  else problems.push({ column: 'online', code: onlineCell ? 'not_yes_or_no' : 'required' })
  const candidate = {
    providerId,
    title: cells.titel,
    description: cells.beschrijving,
    form: cells.vorm,
    level: cells.niveau,
    studyHours: cells.studielast_uren,
    cost: cells.kosten,
    language: cells.taal.toLowerCase(),
    online: online ?? false,
    location: cells.locatie,
    startMoments: list(cells.startmomenten).map(isoDate),
    certificate: cells.certificaat,
    url: cells.link,
    objectiveIds: list(cells.leerdoelen).map((id) => id.toLowerCase()),
  }
  const parsed = offeringInput.safeParse(candidate)
  if (!parsed.success) problems.push(...problemsOf(parsed.error))
  return { input: parsed.success && problems.length === 0 ? parsed.data : null, problems }
}

function problemsOf(error: z.ZodError): CsvRowProblem[] {
  const seen = new Set<string>()
  const problems: CsvRowProblem[] = []
  for (const fieldError of toFieldErrors(error.issues)) {
    const field = fieldError.field.split('.')[0] ?? ''
    const column = COLUMN_OF[field] ?? ''
    // A wrong choice of form or level is named for what it is.
    let code: string = fieldError.code
    if (code === 'invalid_choice' && column === 'vorm') code = 'unknown_form'
    if (code === 'invalid_choice' && column === 'niveau') code = 'unknown_level'
    if (code === 'invalid_choice' && column === 'taal') code = 'unknown_language'
    if (code === 'invalid' && column === 'leerdoelen') code = 'unknown_objective'
    if (code === 'invalid' && column === 'startmomenten') code = 'invalid_date'
    if (seen.has(`${column}:${code}`)) continue
    seen.add(`${column}:${code}`)
    problems.push({ column, code })
  }
  return problems
}

/** Offerings as CSV (comma-separated, UTF-8, header row), to edit and upload again. */
export function offeringsToCsv(
  offerings: {
    id: string
    providerSlug: string
    title: string
    description: string
    form: string
    level: string
    studyHours: number
    costCents: number
    language: string
    online: boolean
    location: string | null
    startMoments: string[]
    certificate: string | null
    url: string | null
    objectiveIds: string[]
  }[],
): string {
  return writeCsv(
    OFFERING_CSV_COLUMNS,
    offerings.map((o) => [
      o.id,
      o.providerSlug,
      o.title,
      o.description,
      o.form,
      o.level,
      String(o.studyHours).replace('.', ','),
      formatDutchAmount(o.costCents),
      o.language,
      o.online ? 'ja' : 'nee',
      o.location ?? '',
      o.startMoments.join(';'),
      o.certificate ?? '',
      o.url ?? '',
      o.objectiveIds.join(';'),
    ]),
  )
}
