import { useQuery } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LearningGoal } from '../../../domain/api/learning-routes.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { type Announcement, LiveStatus } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { ActivityTimeline } from './ActivityTimeline.tsx'
import { AddActivityForm } from './AddActivityForm.tsx'
import { LearningNav } from './LearningNav.tsx'
import { goalsQuery } from './queries.ts'
import { RouteSharePanel } from './RouteSharePanel.tsx'
import { SuggestionsPanel } from './SuggestionsPanel.tsx'
import './learning-routes.css'
import { NlText } from '../../components/NlText.tsx'

/**
 * `/leerroute`: per active goal the planned activities by date with their progress,
 * suggestions from the catalogue with their reasons, one's own activities; and sharing.
 */
export function RoutePage() {
  const { t } = useTranslation()
  usePageTitle(t('learningRoute.title'))
  const goals = useQuery(goalsQuery)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const announce = (text: string) => setAnnouncement({ type: 'ok', text, at: Date.now() })
  const active = goals.data?.goals.filter((goal) => goal.status === 'active') ?? []

  return (
    <>
      <Heading1>{t('learningRoute.title')}</Heading1>
      <LearningNav />
      <div className="rk-prose">
        <Paragraph lead>{t('learningRoute.intro')}</Paragraph>
        <Paragraph>{t('learningRoute.reminders')}</Paragraph>
        <Paragraph>{t('learningRoute.portfolio')}</Paragraph>
      </div>
      <Alert type="info" className="rk-private-note">
        <Paragraph>
          <strong>{t('learningRoute.private.title')}</strong> {t('learningRoute.private.text')}
        </Paragraph>
      </Alert>
      <LiveStatus announcement={announcement} className="rk-route-status" />
      {goals.isPending && <Loading />}
      {goals.isError && <ErrorAlert error={goals.error} />}
      {goals.data && active.length === 0 && (
        <section className="rk-section">
          <Paragraph>{t('learningRoute.noGoals')}</Paragraph>
          <Paragraph>
            <AppButtonLink to="/leerdoelen/nieuw" appearance="primary-action-button">
              {t('learningRoute.newGoal')}
            </AppButtonLink>
          </Paragraph>
        </section>
      )}
      {active.map((goal) => (
        <GoalRoute key={goal.id} goal={goal} announce={announce} />
      ))}
      {goals.data && (
        <Paragraph>
          <AppLink to="/leerdoelen">{t('learningRoute.goalsLink')}</AppLink>
        </Paragraph>
      )}
      {goals.data && <RouteSharePanel />}
    </>
  )
}

/** One goal on the route: its activities, suggestions and one's own activity. */
function GoalRoute({ goal, announce }: { goal: LearningGoal; announce: (text: string) => void }) {
  const { t, i18n } = useTranslation()
  const [addingOwn, setAddingOwn] = useState(false)
  const base = `route-${goal.id}`
  return (
    <section aria-labelledby={base} className="rk-section rk-goal-route">
      <Heading2 id={base}>{goal.title}</Heading2>
      <Paragraph className="rk-muted">
        {t('learningRoute.goalDeadline', { date: formatDate(goal.deadline, i18n.language) })}
        {' · '}
        <NlText>
          {goal.objectives
            .map((objective) => objective.title)
            .filter(Boolean)
            .join('; ')}
        </NlText>
      </Paragraph>
      <Heading3 id={`${base}-gepland`} tabIndex={-1}>
        {t('learningRoute.planned.title')}
      </Heading3>
      <ActivityTimeline activities={goal.activities} announce={announce} />
      <SuggestionsPanel goal={goal} announce={announce} />
      <section aria-labelledby={`${base}-eigen ${base}`} className="rk-subsection">
        <Heading3 id={`${base}-eigen`}>{t('learningRoute.own.title')}</Heading3>
        <Paragraph>{t('learningRoute.own.intro')}</Paragraph>
        {addingOwn ? (
          <AddActivityForm
            goalId={goal.id}
            formId={`${base}-eigen-activiteit`}
            heading={t('learningRoute.own.formTitle', { title: goal.title })}
            onDone={(added) => {
              setAddingOwn(false)
              if (added) announce(t('learningRoute.add.done', { title: added }))
              requestAnimationFrame(() =>
                focusFirst(added ? [`${base}-gepland`] : [`${base}-eigen-open`]),
              )
            }}
          />
        ) : (
          <Button
            id={`${base}-eigen-open`}
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setAddingOwn(true)
              requestAnimationFrame(() => focusFirst([`${base}-eigen-activiteit-kop`]))
            }}
          >
            {t('learningRoute.own.open')}
            <VisuallyHidden>: {goal.title}</VisuallyHidden>
          </Button>
        )}
      </section>
    </section>
  )
}
