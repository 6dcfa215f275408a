/**
 * The one CSV writer and reader of Routekaart (comma-separated, UTF-8, CRLF, RFC 4180 quoting),
 * used by the kenniskaart and catalogue exports and imports alike.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
 * a formula (CSV injection, OWASP). The writer neutralises such a cell with a leading `'`;
 * the reader takes that `'` off again, so what the programme typed ("-foo") survives export and
 * import unchanged. A value that itself starts with `'` gets one more, so reading never
 * removes a quote that was really there.
 */

/** First characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/
/** Written with a `'` before them: formula starts, and a leading `'` itself (to stay lossless). */
const NEUTRALISE = /^[=+\-@\t\r']/
/** A `'` the writer put before such a character: taken off again when reading. */
const NEUTRALISED = /^'[=+\-@\t\r']/
/** Both separators are quoted: Dutch spreadsheets read and write semicolons. */
const NEEDS_QUOTES = /[",;\n\r]/

/**
 * One cell as written to a file: neutralised when a spreadsheet would run it as a formula,
 * quoted when it holds a separator, quote or line break.
 *
 * @example csvCell('=SUM(A1)') // "'=SUM(A1)"
 * @example csvCell('a, b') // '"a, b"'
 */
export function csvCell(value: string): string {
  const safe = NEUTRALISE.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** True when a spreadsheet would read this cell as a formula (no written cell ever is). */
export const startsLikeFormula = (cell: string) => FORMULA_START.test(cell)

/**
 * A header and rows as CSV text, CRLF line ends and a closing line end.
 *
 * @example writeCsv(['a', 'b'], [['1', '-2']]) // 'a,b\r\n1,\'-2\r\n'
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** `;` when the header line has semicolons and no commas (Excel in Dutch), else `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quotes, doubled quotes, line breaks in quotes),
 * taking off the `'` the writer put before a formula-like cell. A leading byte order mark is
 * ignored; rows with only blank cells are left out.
 *
 * @example parseCsv('a,b\r\n"x, y",\'-1\r\n') // [['a', 'b'], ['x, y', '-1']]
 */
export function parseCsv(text: string, separator: ',' | ';' = detectSeparator(text)): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(NEUTRALISED.test(field) ? field.slice(1) : field)
    field = ''
  }
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
    else if (char === separator) endField()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      endField()
      rows.push(row)
      row = []
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''))
}
