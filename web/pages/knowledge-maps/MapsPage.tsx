import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { MapSummary } from '../../../domain/api/knowledge-maps.ts'
import {
  MAP_LEVELS,
  type MapAudience,
  type MapState,
} from '../../../domain/knowledge-maps/model.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { useDutchContent } from '../../components/NlText.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { MapStateBadge } from './labels.tsx'
import { MapFilters } from './MapFilters.tsx'
import { MapSearchForm } from './MapSearchForm.tsx'
import { mapsQuery } from './queries.ts'

/**
 * `/kenniskaarten`: every kenniskaart, grouped by level (basis, gevorderden) as in the seed,
 * with filters on audience, level and state in the address (`?doelgroep=&niveau=&status=`).
 */
export function MapsPage() {
  const { t } = useTranslation()
  usePageTitle(t('maps.title'))
  const search = useSearch({ from: '/kenniskaarten' })
  const maps = useQuery(
    mapsQuery({
      audience: search.doelgroep as MapAudience | undefined,
      state: search.status as MapState | undefined,
    }),
  )
  // The API filters on audience and state; the level follows from the audience, so it is
  // filtered here.
  const shown = maps.data?.maps.filter((map) => !search.niveau || map.level === search.niveau)
  const editor = useCan('maps.edit')

  return (
    <>
      <Heading1>{t('maps.title')}</Heading1>
      <div className="rk-prose">
        <Paragraph lead>{t('maps.intro')}</Paragraph>
        <Paragraph>{t('maps.levelsIntro')}</Paragraph>
      </div>
      <MapSearchForm />
      {editor && (
        <Paragraph>
          <AppButtonLink to="/kenniskaarten/importeren" appearance="secondary-action-button">
            {t('maps.import.title')}
          </AppButtonLink>
        </Paragraph>
      )}
      <MapFilters current={search} />
      {maps.isPending && <Loading />}
      {maps.isError && <ErrorAlert error={maps.error} />}
      {shown && (
        <Paragraph role="status" className="rk-count">
          {t('maps.count', { count: shown.length })}
        </Paragraph>
      )}
      {shown &&
        MAP_LEVELS.map((level) => {
          const inLevel = shown.filter((map) => map.level === level)
          if (inLevel.length === 0) return null
          return (
            <section key={level} aria-labelledby={`niveau-${level}`} className="rk-section">
              <Heading2 id={`niveau-${level}`}>
                {translateCode('maps.levelTitles', level, null)}
              </Heading2>
              <ul className="rk-card-list">
                {inLevel.map((map) => (
                  <MapCard key={map.slug} map={map} />
                ))}
              </ul>
            </section>
          )
        })}
    </>
  )
}

function MapCard({ map }: { map: MapSummary }) {
  const { t, i18n } = useTranslation()
  const version = map.currentVersion
  const nl = useDutchContent()
  return (
    <li className={`rk-card rk-map-card rk-map-card--${map.state}`}>
      <Heading3 {...nl}>
        <AppLink to="/kenniskaarten/$slug" params={{ slug: map.slug }}>
          {map.title}
        </AppLink>
      </Heading3>
      <MapStateBadge state={map.state} />
      <dl className="rk-meta">
        <div>
          <dt>{t('maps.fields.level')}</dt>
          <dd>{translateCode('maps.levels', map.level, null)}</dd>
        </div>
        <div>
          <dt>{t('maps.fields.audience')}</dt>
          <dd>{translateCode('maps.audiences', map.audience, null)}</dd>
        </div>
        <div>
          <dt>{t('maps.fields.objectives')}</dt>
          <dd>{map.objectiveCount}</dd>
        </div>
        <div>
          <dt>{t('maps.fields.version')}</dt>
          <dd>
            {version?.number && version.publishedAt
              ? t('maps.version.published', {
                  number: version.number,
                  date: formatDate(version.publishedAt, i18n.language),
                })
              : t('maps.version.concept')}
          </dd>
        </div>
      </dl>
      <Paragraph {...nl}>{map.description}</Paragraph>
    </li>
  )
}
