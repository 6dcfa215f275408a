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
import { GoalsFromPoints } from './GoalsFromPoints.tsx'
import { useVoice } from './voice.ts'

type Point = ScanReport['developmentPoints'][number]

/** Per domain and theme: the score against the aim, and (in full) each objective and the note. */
export function DomainSections({ report }: { report: ScanReport }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const say = useVoice(report)
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
                {theme.developCount > 0 && say('developCount', { count: theme.developCount })}
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
                      {objective.develop && <> · {say('wantsToDevelop')}</>}
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
          {point.importance && <> · {t(`selfScans.importance.${point.importance}`)}</>}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  )
}

/**
 * Strengths, and development points: first, apart, what the person chose to develop (the
 * short list they asked for); then, folded, the other objectives below the aim. One rule, said
 * on the page: a chosen objective is a development point only, never also a strength.
 */
export function PointsSection({ report }: { report: ScanReport }) {
  const { t } = useTranslation()
  const say = useVoice(report)
  const full = report.scope === 'full'
  const chosen = report.developmentPoints.filter((point) => point.develop)
  const others = report.developmentPoints.filter((point) => !point.develop)
  return (
    <>
      {full && (
        <section aria-labelledby="sterke-punten" className="rk-section">
          <Heading2 id="sterke-punten">{t('selfScans.report.strengths')}</Heading2>
          {report.strengths.length === 0 ? (
            <Paragraph>{say('noStrengths')}</Paragraph>
          ) : (
            <>
              <Paragraph>{say('strengthsIntro')}</Paragraph>
              <PointList points={report.strengths} report={report} />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="ontwikkelpunten" className="rk-section">
        <Heading2 id="ontwikkelpunten">{t('selfScans.report.points')}</Heading2>
        {full && report.developmentPoints.length === 0 ? (
          <Paragraph>{t('selfScans.report.noPoints')}</Paragraph>
        ) : (
          <>
            {full && <Paragraph className="rk-muted">{say('rule')}</Paragraph>}
            <Heading3 id="gekozen-punten">{say('chosen')}</Heading3>
            {chosen.length === 0 ? (
              <Paragraph>{say('noneChosen')}</Paragraph>
            ) : (
              <>
                <Paragraph>{say('chosenIntro')}</Paragraph>
                <PointList points={chosen} report={report} />
              </>
            )}
            {full && others.length > 0 && (
              <details className="rk-details rk-other-points">
                <summary>{t('selfScans.points.others', { count: others.length })}</summary>
                <Paragraph>{t('selfScans.points.othersIntro')}</Paragraph>
                <PointList points={others} report={report} />
              </details>
            )}
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
  const say = useVoice(report)
  const nl = useDutchContent()
  const change = report.change
  if (!change) {
    return (
      <section aria-labelledby="verandering" className="rk-section">
        <Heading2 id="verandering">{t('selfScans.report.change')}</Heading2>
        <Paragraph>{say('firstScan')}</Paragraph>
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
 * The next step on the route: leerdoelen from the chosen development points — one goal for
 * the ticked points together, or one goal per point (the form opens for each in turn). With
 * nothing chosen, the goal form offers this scan's points to choose from.
 */
export function NextStep({ report }: { report: ScanReport }) {
  const { t } = useTranslation()
  const chosen = report.developmentPoints.filter((point) => point.develop)
  return (
    <section aria-labelledby="volgende-stap" className="rk-section rk-next-step">
      <Heading2 id="volgende-stap">{t('selfScans.next.title')}</Heading2>
      {chosen.length === 0 ? (
        <>
          <Paragraph>{t('selfScans.next.none')}</Paragraph>
          <Paragraph>
            <AppLink to="/leerdoelen/nieuw" search={{ scan: report.scan.id }}>
              {t('learningGoals.fromReport')}
            </AppLink>
          </Paragraph>
        </>
      ) : (
        <GoalsFromPoints scanId={report.scan.id} points={chosen} />
      )}
    </section>
  )
}
