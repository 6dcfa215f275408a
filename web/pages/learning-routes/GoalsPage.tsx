import { useQuery } from '@tanstack/react-query'
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { type Announcement, LiveStatus } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { GoalCard } from './GoalCard.tsx'
import { LearningNav } from './LearningNav.tsx'
import { goalsQuery } from './queries.ts'
import './learning-routes.css'

/**
 * `/leerdoelen`: my learning goals, active ones first, then those reached or dropped; each
 * with its SMART parts, objectives, status actions, editing and history.
 */
export function GoalsPage() {
  const { t } = useTranslation()
  usePageTitle(t('learningGoals.title'))
  const goals = useQuery(goalsQuery)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const announce = (text: string) => setAnnouncement({ type: 'ok', text, at: Date.now() })
  const active = goals.data?.goals.filter((goal) => goal.status === 'active') ?? []
  const closed = goals.data?.goals.filter((goal) => goal.status !== 'active') ?? []

  return (
    <>
      <Heading1>{t('learningGoals.title')}</Heading1>
      <LearningNav />
      <div className="rk-prose">
        <Paragraph lead>{t('learningGoals.intro')}</Paragraph>
      </div>
      <Alert type="info" className="rk-private-note">
        <Paragraph>
          <strong>{t('learningRoute.private.title')}</strong> {t('learningRoute.private.text')}
        </Paragraph>
      </Alert>
      <Paragraph>
        <AppButtonLink to="/leerdoelen/nieuw" appearance="primary-action-button">
          {t('learningGoals.new')}
        </AppButtonLink>
      </Paragraph>
      <LiveStatus announcement={announcement} />
      {goals.isPending && <Loading />}
      {goals.isError && <ErrorAlert error={goals.error} />}
      {goals.data && (
        <>
          <section aria-labelledby="actieve-doelen" className="rk-section">
            <Heading2 id="actieve-doelen">{t('learningGoals.active')}</Heading2>
            {active.length === 0 ? (
              <Paragraph>
                {goals.data.goals.length === 0
                  ? t('learningGoals.empty')
                  : t('learningGoals.noActive')}
              </Paragraph>
            ) : (
              <>
                <Paragraph>
                  <AppLink to="/leerroute">{t('learningGoals.toRoute')}</AppLink>
                </Paragraph>
                <ul className="rk-card-list">
                  {active.map((goal) => (
                    <GoalCard key={goal.id} goal={goal} announce={announce} />
                  ))}
                </ul>
              </>
            )}
          </section>
          {closed.length > 0 && (
            <section aria-labelledby="gesloten-doelen" className="rk-section">
              <Heading2 id="gesloten-doelen">{t('learningGoals.closed')}</Heading2>
              <ul className="rk-card-list">
                {closed.map((goal) => (
                  <GoalCard key={goal.id} goal={goal} announce={announce} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  )
}
