import type { Localised, Scale } from '../../../domain/self-scans/scale.ts'

/** A score as people read it in their language: "3,4" in Dutch, "3.4" in English. */
export function formatScore(value: number | null, locale: string): string {
  if (value === null) return '–'
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value)
}

/** A change with its sign, so "+0,5" and "−0,3" read as growth and decline. */
export function formatDelta(value: number | null, locale: string): string {
  if (value === null) return '–'
  const formatted = formatScore(Math.abs(value), locale)
  if (value > 0) return `+${formatted}`
  if (value < 0) return `−${formatted}`
  return formatted
}

/** Scale texts carry both languages in the data; English only when the page is English. */
export const localised = (text: Localised, locale: string) => (locale === 'en' ? text.en : text.nl)

/** "3 – Ik pas het toe met hulp" for a level value of the scale. */
export function levelLabel(scale: Scale, value: number | null, locale: string): string | null {
  const level = scale.levels.find((candidate) => candidate.value === value)
  return level ? `${level.value} – ${localised(level.label, locale)}` : null
}
