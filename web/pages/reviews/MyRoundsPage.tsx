import { useQuery } from '@tanstack/react-query'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { myRoundsQuery } from './queries.ts'
import { RoundBadge } from './RoundBadge.tsx'

/** `/meedenken`: the review rounds the signed-in person is invited to, open ones first. */
export function MyRoundsPage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('reviews.mine.title'))
  const rounds = useQuery(myRoundsQuery)
  const sorted = [...(rounds.data?.rounds ?? [])].sort(
    (a, b) => Number(b.state === 'open') - Number(a.state === 'open'),
  )

  return (
    <>
      <Heading1>{t('reviews.mine.title')}</Heading1>
      <div className="rk-prose">
        <Paragraph lead>{t('reviews.mine.lead')}</Paragraph>
        <Paragraph>{t('reviews.mine.intro')}</Paragraph>
      </div>
      {rounds.isPending && <Loading />}
      {rounds.isError && <ErrorAlert error={rounds.error} />}
      {rounds.data?.rounds.length === 0 && <Paragraph>{t('reviews.mine.empty')}</Paragraph>}
      {sorted.length > 0 && (
        <ul className="rk-card-list">
          {sorted.map((round) => (
            <li key={round.id} className="rk-card">
              <Heading2 className="rk-card__title">
                <AppLink to="/meedenken/$roundId" params={{ roundId: round.id }}>
                  {round.map.title}: {round.title}
                </AppLink>
              </Heading2>
              <RoundBadge state={round.state} />
              <dl className="rk-meta">
                <div>
                  <dt>{t('reviews.columns.deadline')}</dt>
                  <dd>{formatDate(round.deadline, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('reviews.columns.comments')}</dt>
                  <dd>{round.counts.comments}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
