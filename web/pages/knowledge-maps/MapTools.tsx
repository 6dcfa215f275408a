import {
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import { useCan } from '../../api/session.ts'
import { AppLink } from '../../components/links.tsx'
import { MapSearchForm } from './MapSearchForm.tsx'
import { downloads } from './queries.ts'
import {
  numberedVersions,
  useVersionLabel,
  VersionPicker,
  type VersionSummary,
} from './VersionPicker.tsx'

/**
 * What one can do with a map besides reading it: pick another version, download it (CASE,
 * CSV; for the programme team also as a content file), compare versions, search; for the programme team also edit, review rounds and work
 * sessions. Left out when printing.
 */
export function MapTools({
  map,
  version,
  versions,
  exportable,
}: {
  map: MapTree['map']
  version: MapTree['version']
  versions: readonly VersionSummary[]
  /** Whether this version makes a valid content file (a concept may still have empty themes). */
  exportable: boolean
}) {
  const { t } = useTranslation()
  const { slug } = map
  // Nothing of an archived map is edited; it can be restored from its page.
  const programme = useCan('maps.edit')
  const editor = programme && map.state !== 'archived'
  const label = useVersionLabel()
  const numbered = numberedVersions(versions)
  const caseName = `kenniskaart-${slug}-${version.number === null ? 'concept' : `v${version.number}`}.json`
  return (
    <section aria-labelledby="over-deze-kaart" className="rk-map-tools rk-no-print">
      <Heading2 id="over-deze-kaart">{t('maps.tools.title')}</Heading2>
      {numbered.length > 1 && (
        <VersionPicker slug={slug} versions={versions} shown={version.number} />
      )}
      <UnorderedList className="rk-tool-links">
        <UnorderedListItem>
          <Link href={downloads.case(slug, version.number ?? undefined)} download={caseName}>
            {t('maps.tools.downloadCase')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={downloads.csv(slug, version.number ?? undefined)} download>
            {t('maps.tools.downloadCsv')}
          </Link>
        </UnorderedListItem>
        {programme && (
          <UnorderedListItem>
            {exportable ? (
              <Link href={downloads.content(slug, version.number)} download={`${slug}.json`}>
                {t('maps.tools.downloadContent')}
              </Link>
            ) : (
              t('edit.csv.contentIncomplete')
            )}
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
                {map.hasDraft ? t('maps.tools.editDraft') : t('maps.tools.edit')}
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
      {programme && <Paragraph className="rk-form__note">{t('maps.tools.contentNote')}</Paragraph>}
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
  )
}
