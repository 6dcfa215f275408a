import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { type ScanSummary, type scanMapSchema, startScan } from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { FitNotice } from './FitNotice.tsx'
import { formatScore, localised } from './format.ts'
import { myScansQuery, scanMapsQuery } from './queries.ts'
import './self-scans.css'

type ScanMap = z.infer<typeof scanMapSchema>

/**
 * `/zelfscan`: my scans, newest first (so growth over time shows), and the kenniskaarten a new
 * scan can be taken on — those written for the person's stage first, with honestly which map
 * fits and the level a scan would aim for. Maps still in concept are named plainly, unlinked.
 */
export function ScanListPage() {
  const { t } = useTranslation()
  usePageTitle(t('selfScans.list.title'))
  const scans = useQuery(myScansQuery)
  const maps = useQuery(scanMapsQuery)

  return (
    <>
      <Heading1>{t('selfScans.list.title')}</Heading1>
      <Paragraph lead className="rk-prose">
        {t('selfScans.list.lead')}
      </Paragraph>
      <Paragraph className="rk-prose">{t('selfScans.privacy')}</Paragraph>

      <section aria-labelledby="mijn-scans" className="rk-section">
        <Heading2 id="mijn-scans">{t('selfScans.list.mine')}</Heading2>
        {scans.isPending && <Loading />}
        {scans.isError && <ErrorAlert error={scans.error} />}
        {scans.data?.scans.length === 0 && <Paragraph>{t('selfScans.list.none')}</Paragraph>}
        {scans.data && scans.data.scans.length > 0 && (
          <ul className="rk-card-list">
            {scans.data.scans.map((scan) => (
              <ScanCard key={scan.id} scan={scan} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="scan-starten" className="rk-section">
        <Heading2 id="scan-starten">{t('selfScans.list.start')}</Heading2>
        <Paragraph className="rk-prose">{t('selfScans.list.startIntro')}</Paragraph>
        {maps.data && <FitNotice list={maps.data} />}
        {maps.isPending && <Loading />}
        {maps.isError && <ErrorAlert error={maps.error} />}
        {maps.data && maps.data.maps.length === 0 && (
          <Paragraph>{t('selfScans.list.noMaps')}</Paragraph>
        )}
        {maps.data && maps.data.maps.length > 0 && (
          <ul className="rk-card-list">
            {maps.data.maps.map((map) => (
              <MapCard key={map.slug} map={map} />
            ))}
          </ul>
        )}
        {maps.data && maps.data.upcoming.length > 0 && (
          <>
            <Heading3>{t('selfScans.list.upcoming')}</Heading3>
            <Paragraph>{t('selfScans.list.upcomingIntro')}</Paragraph>
            <UnorderedList>
              {maps.data.upcoming.map((map) => (
                <UnorderedListItem key={map.slug}>
                  {map.title} ({translateCode('maps.audiences', map.audience, null)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </section>

      <section aria-labelledby="inzetbaarheid-check" className="rk-section">
        <Heading2 id="inzetbaarheid-check">{t('selfScans.list.employabilityTitle')}</Heading2>
        <Paragraph className="rk-prose">{t('selfScans.list.employabilityIntro')}</Paragraph>
        <AppButtonLink to="/inzetbaarheid" appearance="secondary-action-button">
          {t('selfScans.list.employabilityLink')}
        </AppButtonLink>
      </section>
    </>
  )
}

function ScanCard({ scan }: { scan: ScanSummary }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const submitted = scan.status === 'submitted'
  return (
    <li className="rk-card rk-scan-card">
      <Heading3>{scan.map.title}</Heading3>
      <span className={`rk-badge rk-badge--${submitted ? 'published' : 'draft'}`}>
        {t(`selfScans.status.${scan.status}`)}
      </span>
      <dl className="rk-meta">
        {submitted && scan.submittedAt ? (
          <>
            <div>
              <dt>{t('selfScans.list.submittedOn')}</dt>
              <dd>{formatDate(scan.submittedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('selfScans.list.score')}</dt>
              <dd>{formatScore(scan.overallMean, lang)}</dd>
            </div>
            <div>
              <dt>{t('selfScans.list.shared')}</dt>
              <dd>
                {scan.activeShares === 0
                  ? t('selfScans.list.notShared')
                  : t('selfScans.list.sharedWith', { count: scan.activeShares })}
              </dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>{t('selfScans.list.startedOn')}</dt>
              <dd>{formatDate(scan.startedAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('selfScans.list.progress')}</dt>
              <dd>
                {t('selfScans.progress.answered', {
                  answered: scan.progress.answered,
                  total: scan.progress.total,
                })}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('selfScans.list.version')}</dt>
          <dd>{scan.version.number ?? '–'}</dd>
        </div>
      </dl>
      <Paragraph>
        {submitted ? (
          <AppLink to="/zelfscan/$scanId/rapport" params={{ scanId: scan.id }}>
            {t('selfScans.list.readReport', { title: scan.map.title })}
          </AppLink>
        ) : (
          <AppLink to="/zelfscan/$scanId" params={{ scanId: scan.id }} search={{}}>
            {t('selfScans.list.resume', { title: scan.map.title })}
          </AppLink>
        )}
      </Paragraph>
    </li>
  )
}

function MapCard({ map }: { map: ScanMap }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const headingId = `kaart-${map.slug}`

  async function start() {
    setBusy(true)
    setError(null)
    try {
      const scan = await callApi(startScan, { body: { map: map.slug } })
      await navigate({ to: '/zelfscan/$scanId', params: { scanId: scan.id }, search: {} })
    } catch (failure) {
      setError(failure)
      setBusy(false)
    }
  }

  return (
    <li className="rk-card rk-scan-map" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{map.title}</Heading3>
      {map.fits && <span className="rk-badge rk-badge--suggested">{t('selfScans.fit.badge')}</span>}
      <dl className="rk-meta">
        <div>
          <dt>{t('maps.fields.audience')}</dt>
          <dd>{translateCode('maps.audiences', map.audience, null)}</dd>
        </div>
        <div>
          <dt>{t('selfScans.fit.aim')}</dt>
          <dd>
            {t('selfScans.fit.aimValue', {
              level: `${map.aim.level} – ${localised(map.aim.label, i18n.language)}`,
              stages: t(`selfScans.fit.stages.${map.aim.stage}`),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('maps.fields.objectives')}</dt>
          <dd>{map.objectives}</dd>
        </div>
        <div>
          <dt>{t('selfScans.list.version')}</dt>
          <dd>{map.versionNumber ?? '–'}</dd>
        </div>
        {map.lastSubmittedAt && (
          <div>
            <dt>{t('selfScans.list.lastDone')}</dt>
            <dd>{formatDate(map.lastSubmittedAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
      <Paragraph>{map.description}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      {map.draftScanId ? (
        <AppButtonLink
          to="/zelfscan/$scanId"
          params={{ scanId: map.draftScanId }}
          search={{}}
          appearance="primary-action-button"
        >
          {t('selfScans.list.resume', { title: map.title })}
        </AppButtonLink>
      ) : (
        <Button type="button" appearance="primary-action-button" busy={busy} onClick={start}>
          {t(map.lastSubmittedAt ? 'selfScans.list.again' : 'selfScans.list.begin', {
            title: map.title,
          })}
        </Button>
      )}
    </li>
  )
}
