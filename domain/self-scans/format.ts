/**
 * Scores as people read them, the same on the web page and in the PDF: always one decimal,
 * a comma in Dutch ("2,2") and a point in English ("2.2"). Levels and aims are whole numbers
 * of the scale and are written as they are.
 */
export type ReportLocale = 'nl' | 'en'

const formats: Record<ReportLocale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
}

const localeOf = (locale: string): ReportLocale => (locale === 'en' ? 'en' : 'nl')

/**
 * A score with one decimal, or "–" when there is none.
 *
 * @example formatScore(2.17, 'nl') // "2,2"
 * @example formatScore(2, 'en') // "2.0"
 */
export function formatScore(value: number | null, locale: string): string {
  if (value === null) return '–'
  return formats[localeOf(locale)].format(value)
}

/**
 * A change with its sign, so growth and decline read as such: "+0,5", "−0,3", "0,0".
 *
 * @example formatDelta(-0.25, 'nl') // "−0,3"
 */
export function formatDelta(value: number | null, locale: string): string {
  if (value === null) return '–'
  const formatted = formatScore(Math.abs(value), locale)
  // A change that rounds to nothing carries no sign.
  if (formatted === formatScore(0, locale)) return formatted
  return `${value > 0 ? '+' : '−'}${formatted}`
}
