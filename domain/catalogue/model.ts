/**
 * The opleidingsaanbod (catalogue): providers and their offerings, formal and informal, each
 * linked to the kenniskaart objectives it serves by objective identity (`map_nodes.node_id`),
 * so links survive new versions of a map. Pure: no I/O.
 */

/** Forms of learning, as the seed names them; codes are stable (CSV, API, translations). */
export const OFFERING_FORMS = [
  'formal_course',
  'e_learning',
  'masterclass',
  'webinar',
  'intervision',
  'coaching',
  'job_shadowing',
  'reading',
  'other_informal',
] as const
export type OfferingForm = (typeof OFFERING_FORMS)[number]

/** Formal learning; the rest is informal (learning from and with others, on the job). */
export const FORMAL_FORMS: readonly OfferingForm[] = [
  'formal_course',
  'e_learning',
  'masterclass',
  'webinar',
]
export const isFormal = (form: OfferingForm): boolean => FORMAL_FORMS.includes(form)

export const OFFERING_LEVELS = ['basis', 'gevorderd'] as const
export type OfferingLevel = (typeof OFFERING_LEVELS)[number]

/** Languages an offering is given in (ISO 639-1). */
export const OFFERING_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const
export type OfferingLanguage = (typeof OFFERING_LANGUAGES)[number]

/** An offering not reviewed for this many months is "possibly outdated". */
export const STALE_AFTER_MONTHS = 12

/**
 * The moment before which a last review makes an offering possibly outdated.
 *
 * @example staleCutoff(new Date('2026-11-25T10:00:00Z')) // '2025-11-25T10:00:00.000Z'
 */
export function staleCutoff(now: Date): string {
  const cutoff = new Date(now.getTime())
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS)
  return cutoff.toISOString()
}

export function isStale(lastReviewedAt: string, now: Date): boolean {
  return lastReviewedAt < staleCutoff(now)
}

/** Upper bound of a cost: one million euros, in cents; anything above is a typing error. */
export const COST_MAX_CENTS = 100_000_000

/**
 * A Dutch amount of money as whole cents, or null when the text is not an amount.
 * Accepts an optional euro sign, a dot for thousands in groups of three and a comma for
 * cents ("€ 1.250,00", "1250,50", "0"); a single dot followed by one or two digits is read
 * as a decimal point ("12.50"), because no thousands group has fewer than three digits.
 *
 * @example parseDutchAmount('€ 1.250,00') // 125000
 * @example parseDutchAmount('gratis') // null
 */
export function parseDutchAmount(text: string): number | null {
  const bare = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€/, '')
    .replace(/^EUR/i, '')
    .replace(/,-$/, '')
  let euros: string
  let cents = ''
  const dutch = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(bare)
  const pointed = /^(\d+)\.(\d{1,2})$/.exec(bare)
  if (dutch) {
    euros = dutch[1]!.replace(/\./g, '')
    cents = dutch[2] ?? ''
  } else if (pointed) {
    euros = pointed[1]!
    cents = pointed[2]!
  } else return null
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0') || '0')
  return Number.isSafeInteger(value) && value <= COST_MAX_CENTS ? value : null
}

/**
 * Cents as a Dutch amount for forms and CSV, without the euro sign: 125000 → "1.250,00".
 * (Pages format with `Intl.NumberFormat` in the reader's language.)
 */
export function formatDutchAmount(cents: number): string {
  const euros = Math.floor(cents / 100)
  const rest = String(cents % 100).padStart(2, '0')
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`
}
