import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import {
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { RoundSummary } from '../../../domain/api/reviews.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { mapTreeQuery, versionsQuery } from '../knowledge-maps/queries.ts'
import { CreateRoundForm } from './CreateRoundForm.tsx'
import { mapRoundsQuery } from './queries.ts'
import { RoundBadge } from './RoundBadge.tsx'

/**
 * `/kenniskaarten/$slug/reviewrondes` (programme team): the review rounds on a map's concept,
 * with their counts, and a form to open a new one.
 */
export function MapRoundsPage() {
  const { t } = useTranslation()
  const { slug } = useParams({ from: '/kenniskaarten/$slug/reviewrondes' })
  const editor = useCan('maps.edit')
  const map = useQuery(mapTreeQuery(slug))
  const rounds = useQuery({ ...mapRoundsQuery(slug), enabled: editor })
  const versions = useQuery({ ...versionsQuery(slug), enabled: editor })
  const hasDraft = versions.data?.versions.some((version) => version.number === null)
  const title = map.data
    ? t('reviews.rounds.titleFor', { map: map.data.map.title })
    : t('reviews.rounds.title')
  usePageTitle(title)

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug }}>
          {t('reviews.rounds.back')}
        </AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {!editor && <Paragraph>{t('edit.noAccess')}</Paragraph>}
      {editor && (
        <>
          <Paragraph className="rk-prose">{t('reviews.rounds.intro')}</Paragraph>
          <section aria-labelledby="rondes" className="rk-section">
            <Heading2 id="rondes">{t('reviews.rounds.listTitle')}</Heading2>
            {rounds.isPending && <Loading />}
            {rounds.isError && <ErrorAlert error={rounds.error} />}
            {rounds.data?.rounds.length === 0 && <Paragraph>{t('reviews.rounds.empty')}</Paragraph>}
            {rounds.data && rounds.data.rounds.length > 0 && (
              <RoundsTable rounds={rounds.data.rounds} />
            )}
          </section>
          {hasDraft === false && (
            <Paragraph>
              {t('reviews.rounds.noDraft')}{' '}
              <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug }}>
                {t('reviews.rounds.toEdit')}
              </AppLink>
            </Paragraph>
          )}
          {hasDraft && <CreateRoundForm slug={slug} />}
        </>
      )}
    </>
  )
}

function RoundsTable({ rounds }: { rounds: readonly RoundSummary[] }) {
  const { t, i18n } = useTranslation()
  const caption = t('reviews.rounds.listTitle')
  return (
    <ScrollTable label={caption}>
      <Table>
        <TableCaption className="rk-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('reviews.columns.round')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.state')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.participants')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.comments')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.open')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reviews.columns.handled')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rounds.map((round) => (
            <TableRow key={round.id}>
              <TableCell>
                <AppLink to="/meedenken/$roundId" params={{ roundId: round.id }}>
                  {round.title}
                </AppLink>
              </TableCell>
              <TableCell>{formatDate(round.deadline, i18n.language)}</TableCell>
              <TableCell>
                <RoundBadge state={round.state} />
              </TableCell>
              <TableCell>{round.counts.participants}</TableCell>
              <TableCell>{round.counts.comments}</TableCell>
              <TableCell>{round.counts.open}</TableCell>
              <TableCell>
                {t('reviews.columns.handledText', {
                  accepted: round.counts.accepted,
                  declined: round.counts.declined,
                  answered: round.counts.answered,
                })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  )
}
