import { useQuery } from '@tanstack/react-query'
import { useParams, useRouterState, useSearch } from '@tanstack/react-router'
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { validMapContent } from '../../../domain/knowledge-maps/content-export.ts'
import type { MapTree as Tree } from '../../../domain/knowledge-maps/tree.ts'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { useDutchContent } from '../../components/NlText.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { ArchiveSection } from './ArchiveSection.tsx'
import { MapStateBadge, versionText } from './labels.tsx'
import { MapTools } from './MapTools.tsx'
import { MapTree } from './MapTree.tsx'
import { mapTreeQuery, versionsQuery } from './queries.ts'
import { numberedVersions } from './VersionPicker.tsx'

/**
 * `/kenniskaarten/$slug`: one kenniskaart as a readable tree, in its current version or, with
 * `?versie=N`, an earlier one. Every objective has its own address (`#<id>`).
 */
export function MapPage() {
  const { t } = useTranslation()
  const { slug } = useParams({ from: '/kenniskaarten/$slug' })
  const { versie } = useSearch({ from: '/kenniskaarten/$slug' })
  const hash = useRouterState({ select: (state) => state.location.hash })
  const tree = useQuery(mapTreeQuery(slug, versie))
  usePageTitle(tree.data ? `${tree.data.map.title} — ${t('maps.title')}` : t('maps.title'))
  useScrollToFragment(tree.data, hash)

  return (
    <>
      <Paragraph className="rk-back rk-no-print">
        <AppLink to="/kenniskaarten">{t('maps.backToAll')}</AppLink>
      </Paragraph>
      {tree.isPending && (
        <>
          <Heading1>{t('maps.title')}</Heading1>
          <Loading />
        </>
      )}
      {tree.isError && (
        <>
          <Heading1>{t('maps.title')}</Heading1>
          <ErrorAlert error={tree.error} />
        </>
      )}
      {tree.data && <MapView tree={tree.data} slug={slug} target={hash} />}
    </>
  )
}

/**
 * After the tree arrives, go to the objective named in the address (a shared link or a search
 * result), and put focus there so the keyboard continues from it. The timeout lets the
 * layout's own focus on the page heading go first.
 */
function useScrollToFragment(tree: Tree | undefined, hash: string) {
  useEffect(() => {
    if (!tree || !hash) return
    const timer = setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash))
      if (!target) return
      target.tabIndex = -1
      target.focus({ preventScroll: true })
      target.scrollIntoView({ block: 'start' })
    }, 50)
    return () => clearTimeout(timer)
  }, [tree, hash])
}

function MapView({ tree, slug, target }: { tree: Tree; slug: string; target: string }) {
  const { t, i18n } = useTranslation()
  const editor = useCan('maps.edit')
  const nl = useDutchContent()
  const versions = useQuery(versionsQuery(slug))
  const { map, version } = tree
  const numbered = numberedVersions(versions.data?.versions ?? [])
  const current = numbered.find((v) => v.state === 'published')
  const isConcept = version.number === null
  const isOlder = version.state === 'superseded'

  return (
    <>
      <Heading1 {...nl}>{map.title}</Heading1>
      <div className="rk-map-head">
        {isOlder ? (
          <span className="rk-badge rk-badge--superseded">
            {t('maps.versionStates.superseded')}
          </span>
        ) : (
          <MapStateBadge state={map.state} />
        )}
        <Paragraph className="rk-map-head__version">
          {isOlder && <strong>{t('maps.version.older')}: </strong>}
          {versionText(version)}
        </Paragraph>
      </div>
      <Paragraph lead className="rk-prose" {...nl}>
        {map.description}
      </Paragraph>
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
          <dd>{objectivesOf(tree).length}</dd>
        </div>
      </dl>
      {map.archivedAt && (
        <Alert type="warning" className="rk-archived-banner">
          <Paragraph>
            <strong>{t('maps.archived.title')}</strong>{' '}
            {t('maps.archived.text', { date: formatDate(map.archivedAt, i18n.language) })}
          </Paragraph>
        </Alert>
      )}
      {isConcept && (
        <Alert type="warning" className="rk-concept-banner">
          <Paragraph>
            <strong>{t('maps.concept.title')}</strong> {t('maps.concept.text')}
          </Paragraph>
        </Alert>
      )}
      {isOlder && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('maps.version.older')}.</strong>{' '}
            {t('maps.version.olderText', {
              number: version.number,
              date: version.publishedAt ? formatDate(version.publishedAt, i18n.language) : '',
            })}{' '}
            {current && (
              <AppLink
                to="/kenniskaarten/$slug"
                params={{ slug }}
                search={{}}
                className="rk-no-print"
              >
                {t('maps.version.toCurrent', { number: current.number })}
              </AppLink>
            )}
          </Paragraph>
        </Alert>
      )}

      <MapTools
        map={map}
        version={version}
        versions={versions.data?.versions ?? []}
        exportable={validMapContent(tree).success}
      />

      <MapTree domains={tree.domains} targetId={target} />

      {editor && !isOlder && <ArchiveSection map={map} />}
    </>
  )
}
