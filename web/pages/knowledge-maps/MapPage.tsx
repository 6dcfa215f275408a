import { useQuery } from '@tanstack/react-query'
import { useParams, useRouterState, useSearch } from '@tanstack/react-router'
import {
  Alert,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { MapTree as Tree } from '../../../domain/knowledge-maps/tree.ts'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { MapStateBadge, versionText } from './labels.tsx'
import { MapSearchForm } from './MapSearchForm.tsx'
import { MapTree } from './MapTree.tsx'
import { downloads, mapTreeQuery, versionsQuery } from './queries.ts'
import { numberedVersions, useVersionLabel, VersionPicker } from './VersionPicker.tsx'

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
  const versions = useQuery(versionsQuery(slug))
  const label = useVersionLabel()
  const editor = useCan('maps.edit')
  const { map, version } = tree
  const numbered = numberedVersions(versions.data?.versions ?? [])
  const current = numbered.find((v) => v.state === 'published')
  const isConcept = version.number === null
  const isOlder = version.state === 'superseded'
  const caseName = `kenniskaart-${slug}-${version.number === null ? 'concept' : `v${version.number}`}.json`

  return (
    <>
      <Heading1>{map.title}</Heading1>
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
      <Paragraph lead className="rk-prose">
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

      <section aria-labelledby="over-deze-kaart" className="rk-map-tools rk-no-print">
        <Heading2 id="over-deze-kaart">{t('maps.tools.title')}</Heading2>
        {numbered.length > 1 && (
          <VersionPicker
            slug={slug}
            versions={versions.data?.versions ?? []}
            shown={version.number}
          />
        )}
        <UnorderedList className="rk-tool-links">
          <UnorderedListItem>
            <Link href={downloads.case(slug, version.number ?? undefined)} download={caseName}>
              {t('maps.tools.downloadCase')}
            </Link>
          </UnorderedListItem>
          {!isOlder && (
            <UnorderedListItem>
              <Link href={downloads.csv(slug)} download>
                {t('maps.tools.downloadCsv')}
              </Link>
            </UnorderedListItem>
          )}
          {(numbered.length > 1 || (editor && numbered.length > 0)) && (
            <UnorderedListItem>
              <AppLink to="/kenniskaarten/$slug/vergelijken" params={{ slug }}>
                {t('maps.tools.compare')}
              </AppLink>
            </UnorderedListItem>
          )}
          {editor && (
            <>
              <UnorderedListItem>
                <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug }}>
                  {t('maps.tools.edit')}
                </AppLink>
              </UnorderedListItem>
              <UnorderedListItem>
                <AppLink to="/kenniskaarten/$slug/reviewrondes" params={{ slug }}>
                  {t('reviews.rounds.title')}
                </AppLink>
              </UnorderedListItem>
              <UnorderedListItem>
                <AppLink to="/kenniskaarten/$slug/werksessies" params={{ slug }}>
                  {t('workSessions.title')}
                </AppLink>
              </UnorderedListItem>
            </>
          )}
        </UnorderedList>
        <Paragraph className="rk-form__note">{t('maps.tools.caseNote')}</Paragraph>
        <MapSearchForm id="zoeken-vanaf-kaart" />
        {numbered.length > 1 && (
          <details className="rk-details">
            <summary>{t('maps.versions.history')}</summary>
            <UnorderedList>
              {numbered.map((v) => (
                <UnorderedListItem key={v.id}>
                  <AppLink
                    to="/kenniskaarten/$slug"
                    params={{ slug }}
                    search={{ versie: v.state === 'published' ? undefined : v.number }}
                  >
                    {label(v)}
                  </AppLink>
                  {v.changeNote && <span className="rk-change-note">: {v.changeNote}</span>}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </details>
        )}
      </section>

      <MapTree domains={tree.domains} targetId={target} />
    </>
  )
}
