import i18n from 'i18next'
import type { OfferingSummary } from '../../../domain/api/catalogue.ts'
import { formatDate } from '../../components/format.ts'
import { translateCode } from '../../i18n/dynamic.ts'

/** Cents as euros in the reader's language; zero says "free". */
export function costText(cents: number): string {
  if (cents === 0) return i18n.t('catalogue.values.free')
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100)
}

export function hoursText(hours: number): string {
  const formatted = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(hours)
  return i18n.t('catalogue.values.hours', { count: hours, hours: formatted })
}

export function whereText(offering: Pick<OfferingSummary, 'online' | 'location'>): string {
  if (offering.online && offering.location)
    return i18n.t('catalogue.values.onlineAnd', { location: offering.location })
  if (offering.online) return i18n.t('catalogue.values.online')
  return offering.location ?? ''
}

export function startsText(startMoments: readonly string[]): string {
  if (startMoments.length === 0) return i18n.t('catalogue.values.anytime')
  return startMoments.map((date) => formatDate(date, i18n.language)).join('; ')
}

export const formLabel = (form: string) => translateCode('catalogue.forms', form, null)
export const levelLabel = (level: string) => translateCode('catalogue.levels', level, null)
export const languageLabel = (language: string) =>
  translateCode('catalogue.languages', language, null)

/** "Possibly outdated" or "archived" as a badge; nothing for a current offering. */
export function OfferingStateBadge({
  offering,
}: {
  offering: Pick<OfferingSummary, 'stale' | 'archived'>
}) {
  if (offering.archived)
    return <span className="rk-badge rk-badge--archived">{i18n.t('catalogue.archived')}</span>
  if (offering.stale)
    return <span className="rk-badge rk-badge--open">{i18n.t('catalogue.stale')}</span>
  return null
}
