import i18n from 'i18next'
import type { MapState } from '../../../domain/knowledge-maps/model.ts'
import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import { formatDate } from '../../components/format.ts'
import { translateCode } from '../../i18n/dynamic.ts'

/**
 * The state of a map as a badge. The words carry the meaning; the colour only repeats it.
 * A concept says plainly that it is still being developed.
 */
export function MapStateBadge({ state }: { state: MapState }) {
  return (
    <span className={`rk-badge rk-badge--${state}`}>
      {translateCode('maps.states', state, null)}
    </span>
  )
}

/** "Versie 2, gepubliceerd op 3 maart 2027", or "Concept" for a version without a number. */
export function versionText(version: MapTree['version']): string {
  const t = i18n.t
  if (version.number === null) return t('maps.version.concept')
  if (!version.publishedAt) return t('maps.version.numbered', { number: version.number })
  return t('maps.version.published', {
    number: version.number,
    date: formatDate(version.publishedAt, i18n.language),
  })
}
