import {
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { ScanReport } from '../../../domain/api/self-scans.ts'
import { formatDate } from '../../components/format.ts'
import { AppLink } from '../../components/links.tsx'
import { NlText, useDutchContent } from '../../components/NlText.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { formatDelta, formatScore, levelLabel, localised } from './format.ts'

type Point = ScanReport['developmentPoints'][number]

/** Per domain and theme: the score against the aim, and (in full) each objective and the note. */
export function DomainSections({ report }: { report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const nl = useDutchContent()
  return (
    <>
      {report.domains.map((domain) => (
        <section key={domain.id} aria-labelledby={`domein-${domain.id}`} className="rk-section">
          <Heading2 id={`domein-${domain.id}`} {...nl}>
            {domain.title}
          </Heading2>
          <Paragraph>
            {t('selfScans.report.groupScore', {
              score: formatScore(domain.mean, lang),
              target: report.target,
            })}
          </Paragraph>
          {domain.themes.map((theme) => (
            <section
              key={theme.id}
              aria-labelledby={`thema-${theme.id}`}
              className="rk-report-theme"
            >
              <Heading3 id={`thema-${theme.id}`} {...nl}>
                {theme.title}
              </Heading3>
              <Paragraph>
                {t('selfScans.report.groupScore', {
                  score: formatScore(theme.mean, lang),
                  target: report.target,
                })}{' '}
                {theme.developCount > 0 &&
                  t('selfScans.report.developCount', { count: theme.developCount })}
              </Paragraph>
              {theme.objectives && (
                <UnorderedList className="rk-report-objectives">
                  {theme.objectives.map((objective) => (
                    <UnorderedListItem key={objective.id}>
                      <strong {...nl}>{objective.title}</strong>
                      {': '}
                      {objective.notApplicable
                        ? localised(report.scale.notApplicable, lang)
                        : (levelLabel(report.scale, objective.level, lang) ?? '–')}
                      {objective.develop && <> · {t('selfScans.report.wantsToDevelop')}</>}
                      {objective.importance && (
                        <> · {t(`selfScans.importance.${objective.importance}`)}</>
                      )}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
              {theme.note && (
                <>
                  <Heading4>{t('selfScans.report.note')}</Heading4>
                  <Paragraph className="rk-report-note">{theme.note}</Paragraph>
                </>
              )}
            </section>
          ))}
        </section>
      ))}
    </>
  )
}

function PointList({ points, report }: { points: Point[]; report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const nl = useDutchContent()
  return (
    <UnorderedList>
      {points.map((point) => (
        <UnorderedListItem key={point.objectiveId}>
          <strong {...nl}>{point.title}</strong> (<NlText>{point.themeTitle}</NlText>)
          {point.level !== null && <> · {levelLabel(report.scale, point.level, lang)}</>}
          {point.develop && <> · {t('selfScans.report.wantsToDevelop')}</>}
          {point.importance && <> · {t(`selfScans.importance.${point.importance}`)}</>}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  )
}

/** Strengths, and development points: what the person wants to develop first. */
export function PointsSection({ report }: { report: ScanReport }) {
  const { t } = useTranslation()
  const points = [...report.developmentPoints].sort((a, b) => Number(b.develop) - Number(a.develop))
  return (
    <>
      {report.scope === 'full' && (
        <section aria-labelledby="sterke-punten" className="rk-section">
          <Heading2 id="sterke-punten">{t('selfScans.report.strengths')}</Heading2>
          {report.strengths.length === 0 ? (
            <Paragraph>{t('selfScans.report.noStrengths')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('selfScans.report.strengthsIntro')}</Paragraph>
              <PointList points={report.strengths} report={report} />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="ontwikkelpunten" className="rk-section">
        <Heading2 id="ontwikkelpunten">{t('selfScans.report.points')}</Heading2>
        {points.length === 0 ? (
          <Paragraph>{t('selfScans.report.noPoints')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t(`selfScans.report.pointsIntro.${report.scope}`)}</Paragraph>
            <PointList points={points} report={report} />
          </>
        )}
      </section>
    </>
  )
}

/** The change since the previous scan of the same map, per theme and (in full) per objective. */
export function ChangeSection({ report }: { report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const nl = useDutchContent()
  const change = report.change
  if (!change) {
    return (
      <section aria-labelledby="verandering" className="rk-section">
        <Heading2 id="verandering">{t('selfScans.report.change')}</Heading2>
        <Paragraph>{t('selfScans.report.firstScan')}</Paragraph>
      </section>
    )
  }
  const changedObjectives = (change.objectives ?? []).filter(
    (objective) => objective.before !== objective.after,
  )
  const rows = (items: typeof change.themes, caption: string) => (
    <ScrollTable label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">
              {t('selfScans.report.changeColumns.item')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              {t('selfScans.report.changeColumns.before')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              {t('selfScans.report.changeColumns.after')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              {t('selfScans.report.changeColumns.delta')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" {...nl}>
                {item.title}
              </TableHeaderCell>
              <TableCell>{formatScore(item.before, lang)}</TableCell>
              <TableCell>{formatScore(item.after, lang)}</TableCell>
              <TableCell>{formatDelta(item.delta, lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  )
  return (
    <section aria-labelledby="verandering" className="rk-section">
      <Heading2 id="verandering">{t('selfScans.report.change')}</Heading2>
      <Paragraph>
        {t('selfScans.report.changeIntro', {
          date: formatDate(change.previous.submittedAt, lang),
          before: formatScore(change.overall.before, lang),
          after: formatScore(change.overall.after, lang),
          delta: formatDelta(change.overall.delta, lang),
        })}
      </Paragraph>
      {rows(change.themes, t('selfScans.report.changeThemes'))}
      {change.objectives &&
        (changedObjectives.length > 0 ? (
          rows(changedObjectives, t('selfScans.report.changeObjectives'))
        ) : (
          <Paragraph>{t('selfScans.report.noObjectiveChanges')}</Paragraph>
        ))}
    </section>
  )
}

/**
 * The next step on the route: learning goals from the chosen development points, with a link
 * to a new goal that offers this scan's points (those chosen to develop ticked already).
 */
export function NextStep({ report }: { report: ScanReport }) {
  const { t } = useTranslation()
  const chosen = report.developmentPoints.filter((point) => point.develop)
  return (
    <section aria-labelledby="volgende-stap" className="rk-section rk-next-step">
      <Heading2 id="volgende-stap">{t('selfScans.next.title')}</Heading2>
      {chosen.length === 0 ? (
        <Paragraph>{t('selfScans.next.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('selfScans.next.intro', { count: chosen.length })}</Paragraph>
          <PointList points={chosen} report={report} />
        </>
      )}
      <Paragraph>
        <AppLink to="/leerdoelen/nieuw" search={{ scan: report.scan.id }}>
          {t('learningGoals.fromReport')}
        </AppLink>
      </Paragraph>
    </section>
  )
}
