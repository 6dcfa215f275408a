import type { Localised, Scale } from '../../../domain/self-scans/scale.ts'

/** Scores are written by the domain's formatter, so the page and the PDF say the same. */
export { formatDelta, formatScore } from '../../../domain/self-scans/format.ts'

/** Scale texts carry both languages in the data; English only when the page is English. */
export const localised = (text: Localised, locale: string) => (locale === 'en' ? text.en : text.nl)

/** "3 – Ik pas het toe met hulp" for a level value of the scale. */
export function levelLabel(scale: Scale, value: number | null, locale: string): string | null {
  const level = scale.levels.find((candidate) => candidate.value === value)
  return level ? `${level.value} – ${localised(level.label, locale)}` : null
}
