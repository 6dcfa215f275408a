import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import {
  Alert,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanReport } from '../../../domain/api/self-scans.ts'
import { maxLevel } from '../../../domain/self-scans/scale.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { DeleteScanSection } from './DeleteScanSection.tsx'
import { formatDelta, formatScore, levelLabel } from './format.ts'
import { reportPdfHref, reportQuery } from './queries.ts'
import { RadarChart, type RadarSeries } from './RadarChart.tsx'
import { ChangeSection, DomainSections, NextStep, PointsSection } from './ReportSections.tsx'
import { SharePanel } from './SharePanel.tsx'
import { useVoice } from './voice.ts'
import './self-scans.css'
import { useDutchContent } from '../../components/NlText.tsx'

/**
 * `/zelfscan/$scanId/rapport`: the report of a submitted scan. The owner reads it in full,
 * with sharing and deleting; a manager or coach it is shared with reads what was shared
 * (their visit is logged for the owner), without those tools, in words about the owner
 * (the viewer mode, `useVoice`).
 */
export function ReportPage() {
  const { t } = useTranslation()
  const { scanId } = useParams({ from: '/zelfscan/$scanId/rapport' })
  const report = useQuery(reportQuery(scanId))
  const title = report.data
    ? t('selfScans.report.titleOf', { title: report.data.scan.map.title })
    : t('selfScans.report.title')
  usePageTitle(title)

  return (
    <>
      {(!report.data || report.data.owner.mine) && (
        <Paragraph className="rk-back rk-no-print">
          <AppLink to="/zelfscan">{t('selfScans.backToList')}</AppLink>
        </Paragraph>
      )}
      <Heading1>{title}</Heading1>
      {report.isPending && <Loading />}
      {report.isError && <ErrorAlert error={report.error} />}
      {report.data && <ReportView report={report.data} />}
    </>
  )
}

function ReportView({ report }: { report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const mine = report.owner.mine
  const say = useVoice(report)
  const stages = report.targetStage ? t(`selfScans.fit.stages.${report.targetStage}`) : null
  const aim = levelLabel(report.scale, report.target, lang) ?? String(report.target)
  return (
    <>
      {!mine && (
        <Alert type="info">
          <Paragraph>
            <strong>{t('selfScans.report.sharedBy', { name: report.owner.name })}</strong>{' '}
            {t(`selfScans.report.scopeText.${report.scope}`, { name: report.owner.name })}
          </Paragraph>
        </Alert>
      )}
      <dl className="rk-meta">
        <div>
          <dt>{t('selfScans.report.submittedOn')}</dt>
          <dd>{formatDate(report.scan.submittedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('selfScans.list.version')}</dt>
          <dd>{report.scan.version.number ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('selfScans.report.aim')}</dt>
          <dd>{stages ? t('selfScans.fit.aimValue', { level: aim, stages }) : aim}</dd>
        </div>
      </dl>
      <Paragraph className="rk-no-print">
        <Link href={reportPdfHref(report.scan.id, lang)} download>
          {t('selfScans.report.pdf')}
        </Link>
      </Paragraph>

      <section aria-labelledby="overzicht" className="rk-section">
        <Heading2 id="overzicht">{t('selfScans.report.overview')}</Heading2>
        <Paragraph lead>
          {say('overall', { score: formatScore(report.overall.mean, lang), target: report.target })}
          {stages && <> {say('aimStage', { stages })}</>}
        </Paragraph>
        <Paragraph>
          {say('counts', {
            rated: report.overall.rated,
            notApplicable: report.overall.notApplicable,
            develop: report.overall.developCount,
          })}
        </Paragraph>
        <ThemeChart report={report} />
      </section>

      <DomainSections report={report} />
      <PointsSection report={report} />
      <ChangeSection report={report} />
      {mine && <NextStep report={report} />}
      {mine && <SharePanel scanId={report.scan.id} />}
      {mine && <DeleteScanSection scanId={report.scan.id} title={report.scan.map.title} />}
    </>
  )
}

/** The radar chart and, always, the same numbers as a table. */
function ThemeChart({ report }: { report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const nl = useDutchContent()
  const themes = report.domains.flatMap((domain) =>
    domain.themes.map((theme) => ({ ...theme, domainTitle: domain.title })),
  )
  const previous = new Map((report.change?.themes ?? []).map((change) => [change.id, change]))
  const hasPrevious = report.change !== null
  const say = useVoice(report)
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt per report and language only
  const { labels, series } = useMemo(() => {
    const list: RadarSeries[] = [
      { kind: 'score', label: say('chartScore'), values: themes.map((th) => th.mean) },
      {
        kind: 'target',
        label: t('selfScans.chart.target'),
        values: themes.map(() => report.target),
      },
    ]
    if (hasPrevious)
      list.push({
        kind: 'previous',
        label: t('selfScans.chart.previous'),
        values: themes.map((th) => previous.get(th.id)?.before ?? null),
      })
    return { labels: themes.map((theme) => theme.title), series: list }
  }, [report, lang])

  return (
    <figure className="rk-chart">
      <RadarChart
        labels={labels}
        series={series}
        min={0}
        max={maxLevel(report.scale)}
        description={say('chartDescription', { count: themes.length, target: report.target })}
      />
      <figcaption className="rk-chart__caption">{say('chartCaption')}</figcaption>
      <ScrollTable label={t('selfScans.chart.tableTitle')}>
        <Table>
          <TableCaption>{t('selfScans.chart.tableTitle')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('selfScans.chart.theme')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('selfScans.chart.domain')}</TableHeaderCell>
              <TableHeaderCell scope="col">{say('chartScore')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('selfScans.chart.target')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('selfScans.chart.gap')}</TableHeaderCell>
              {hasPrevious && (
                <TableHeaderCell scope="col">{t('selfScans.chart.previous')}</TableHeaderCell>
              )}
              {hasPrevious && (
                <TableHeaderCell scope="col">{t('selfScans.chart.change')}</TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {themes.map((theme) => (
              <TableRow key={theme.id}>
                <TableHeaderCell scope="row" {...nl}>
                  {theme.title}
                </TableHeaderCell>
                <TableCell {...nl}>{theme.domainTitle}</TableCell>
                <TableCell>{formatScore(theme.mean, lang)}</TableCell>
                <TableCell>{report.target}</TableCell>
                <TableCell>{formatScore(theme.gap, lang)}</TableCell>
                {hasPrevious && (
                  <TableCell>{formatScore(previous.get(theme.id)?.before ?? null, lang)}</TableCell>
                )}
                {hasPrevious && (
                  <TableCell>{formatDelta(previous.get(theme.id)?.delta ?? null, lang)}</TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
    </figure>
  )
}
