import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Alert, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ActivityTimeline } from './ActivityTimeline.tsx'
import { GoalDetails, GoalStatusBadge } from './GoalCard.tsx'
import { sharedRouteQuery } from './queries.ts'
import './learning-routes.css'

/**
 * `/leerroute/van/$ownerId`: a route someone shared with me as manager or coach, to read
 * only. The page says first that the owner sees this visit (the server logs it).
 */
export function SharedRoutePage() {
  const { t } = useTranslation()
  const { ownerId } = useParams({ from: '/leerroute/van/$ownerId' })
  const route = useQuery(sharedRouteQuery(ownerId))
  const title = route.data
    ? t('learningRoute.shared.titleOf', { name: route.data.owner.name })
    : t('learningRoute.shared.title')
  usePageTitle(title)
  const active = route.data?.goals.filter((goal) => goal.status === 'active') ?? []
  const closed = route.data?.goals.filter((goal) => goal.status !== 'active') ?? []

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/gedeeld-met-mij">{t('learningRoute.shared.back')}</AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {route.isPending && <Loading />}
      {route.isError && <ErrorAlert error={route.error} />}
      {route.data && (
        <>
          <Alert type="info" className="rk-private-note">
            <Paragraph>
              <strong>{t('learningRoute.shared.notice', { name: route.data.owner.name })}</strong>{' '}
              {t('learningRoute.shared.logged', { name: route.data.owner.name })}
            </Paragraph>
          </Alert>
          {route.data.goals.length === 0 && (
            <Paragraph>{t('learningRoute.shared.noGoals')}</Paragraph>
          )}
          {[...active, ...closed].map((goal) => (
            <section key={goal.id} aria-labelledby={`gedeeld-${goal.id}`} className="rk-section">
              <Heading2 id={`gedeeld-${goal.id}`}>{goal.title}</Heading2>
              <GoalStatusBadge goal={goal} />
              <GoalDetails goal={goal} />
              <Heading3>{t('learningRoute.planned.title')}</Heading3>
              <ActivityTimeline activities={goal.activities} readOnly />
            </section>
          ))}
        </>
      )}
    </>
  )
}
