import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanDetail } from '../../../domain/api/self-scans.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { levelLabel } from './format.ts'
import { scanQuery } from './queries.ts'
import { ScanForm } from './ScanForm.tsx'
import './self-scans.css'

/**
 * `/zelfscan/$scanId`: taking a scan, one theme per step (`?stap=N`), so a phone shows a
 * short page with the next step always near. A submitted scan opens its report instead.
 */
export function TakeScanPage() {
  const { t } = useTranslation()
  const { scanId } = useParams({ from: '/zelfscan/$scanId' })
  const scan = useQuery(scanQuery(scanId))
  const navigate = useNavigate()
  const title = scan.data
    ? t('selfScans.take.titleOf', { title: scan.data.tree.map.title })
    : t('selfScans.take.title')
  usePageTitle(title)
  const submitted = scan.data?.status === 'submitted'

  useEffect(() => {
    if (submitted)
      void navigate({ to: '/zelfscan/$scanId/rapport', params: { scanId }, replace: true })
  }, [submitted, navigate, scanId])

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/zelfscan">{t('selfScans.backToList')}</AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {scan.isPending && <Loading />}
      {scan.isError && <ErrorAlert error={scan.error} />}
      {scan.data && !submitted && <ScanAim scan={scan.data} />}
      {scan.data && !submitted && <ScanSteps scan={scan.data} />}
    </>
  )
}

/** The level this scan measures against, and for which stage: said before the first answer. */
function ScanAim({ scan }: { scan: ScanDetail }) {
  const { t, i18n } = useTranslation()
  const level = levelLabel(scan.scale, scan.target, i18n.language) ?? String(scan.target)
  return (
    <Paragraph className="rk-scan-aim">
      {scan.targetStage
        ? t('selfScans.fit.scanAimStage', {
            level,
            stages: t(`selfScans.fit.stages.${scan.targetStage}`),
          })
        : t('selfScans.fit.scanAim', { level })}
    </Paragraph>
  )
}

function ScanSteps({ scan }: { scan: ScanDetail }) {
  const { stap } = useSearch({ from: '/zelfscan/$scanId' })
  const themes = scan.tree.domains.flatMap((domain) =>
    domain.themes.map((theme) => ({ ...theme, domain })),
  )
  // The last step, after the themes, is checking and submitting.
  const steps = themes.length + 1
  const step = Math.min(Math.max(stap ?? 1, 1), steps)
  return <ScanForm scan={scan} themes={themes} step={step} steps={steps} />
}
