import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  deleteGoal,
  type LearningGoal,
  setGoalStatus,
} from '../../../domain/api/learning-routes.ts'
import type { GoalStatus } from '../../../domain/learning-routes/goals.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { NlText } from '../../components/NlText.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { objectiveWhere } from './labels.ts'
import { refreshRoute } from './queries.ts'

/** What, why, how you will know, by when, and the objectives: read by owner and sharer alike. */
export function GoalDetails({ goal }: { goal: LearningGoal }) {
  const { t, i18n } = useTranslation()
  return (
    <dl className="rk-goal-details">
      <div>
        <dt>{t('learningGoals.show.why')}</dt>
        <dd>{goal.why}</dd>
      </div>
      <div>
        <dt>{t('learningGoals.show.measure')}</dt>
        <dd>{goal.measure}</dd>
      </div>
      <div>
        <dt>{t('learningGoals.show.deadline')}</dt>
        <dd>{formatDate(goal.deadline, i18n.language)}</dd>
      </div>
      <div>
        <dt>{t('learningGoals.show.objectives')}</dt>
        <dd>
          <UnorderedList>
            {goal.objectives.map((objective) => (
              <UnorderedListItem key={objective.id}>
                {objective.title !== null ? (
                  <NlText>{objective.title}</NlText>
                ) : (
                  <span className="rk-muted">{t('learningGoals.objectiveGone')}</span>
                )}
                {objective.title !== null && (
                  <span className="rk-muted">
                    {' '}
                    — <NlText>{objectiveWhere(objective)}</NlText>
                  </span>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </dd>
      </div>
    </dl>
  )
}

/** A goal's status as a badge: active, reached (with the date) or dropped. */
export function GoalStatusBadge({ goal }: { goal: LearningGoal }) {
  const { t, i18n } = useTranslation()
  const label = t(`learningGoals.status.${goal.status}`)
  return (
    <span className={`rk-badge rk-badge--goal-${goal.status}`}>
      {goal.closedAt
        ? t('learningGoals.closedOn', {
            status: label,
            date: formatDate(goal.closedAt, i18n.language),
          })
        : label}
    </span>
  )
}

/**
 * One of my goals with its actions: edit, reached, drop (after a question), reopen, delete
 * (after a question), and its history with the earlier wording of every edit.
 */
export function GoalCard({
  goal,
  announce,
}: {
  goal: LearningGoal
  announce: (text: string) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<'drop' | 'delete' | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const headingId = `doel-${goal.id}`

  async function act(action: () => Promise<unknown>, message: string, focus: string[]) {
    setBusy(true)
    setError(null)
    try {
      await action()
      await refreshRoute(queryClient)
      setConfirming(null)
      announce(message)
      requestAnimationFrame(() => focusFirst(focus))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  const setStatus = (status: GoalStatus, key: 'completed' | 'dropped' | 'reopened') =>
    act(
      () => callApi(setGoalStatus, { params: { goalId: goal.id }, body: { status } }),
      t(`learningGoals.actions.${key}`, { title: goal.title }),
      [headingId, 'actieve-doelen'],
    )

  const ask = (what: 'drop' | 'delete') => setConfirming(what)

  return (
    <li className="rk-card rk-goal">
      <Heading3 id={headingId}>{goal.title}</Heading3>
      <GoalStatusBadge goal={goal} />
      <GoalDetails goal={goal} />
      <Paragraph>
        {t('learningGoals.activityCount', { count: goal.activities.length })}
        {goal.status === 'active' && (
          <>
            {' '}
            <AppLink to="/leerroute" hash={`route-${goal.id}`}>
              {t('learningGoals.planOnRoute')}
              <VisuallyHidden>: {goal.title}</VisuallyHidden>
            </AppLink>
          </>
        )}
      </Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      {confirming === null ? (
        <ButtonGroup className="rk-no-print">
          {goal.status === 'active' && (
            <>
              <AppButtonLink
                to="/leerdoelen/$goalId/bewerken"
                params={{ goalId: goal.id }}
                appearance="secondary-action-button"
              >
                {t('learningGoals.actions.edit')}
                <VisuallyHidden>: {goal.title}</VisuallyHidden>
              </AppButtonLink>
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={busy}
                onClick={() => setStatus('completed', 'completed')}
              >
                {t('learningGoals.actions.complete')}
                <VisuallyHidden>: {goal.title}</VisuallyHidden>
              </Button>
              <Button
                id={`${headingId}-stoppen`}
                type="button"
                appearance="secondary-action-button"
                onClick={() => ask('drop')}
              >
                {t('learningGoals.actions.drop')}
                <VisuallyHidden>: {goal.title}</VisuallyHidden>
              </Button>
            </>
          )}
          {goal.status !== 'active' && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={busy}
              onClick={() => setStatus('active', 'reopened')}
            >
              {t('learningGoals.actions.reopen')}
              <VisuallyHidden>: {goal.title}</VisuallyHidden>
            </Button>
          )}
          <Button
            id={`${headingId}-verwijderen`}
            type="button"
            appearance="subtle-button"
            hint="danger"
            onClick={() => ask('delete')}
          >
            {t('learningGoals.actions.delete')}
            <VisuallyHidden>: {goal.title}</VisuallyHidden>
          </Button>
        </ButtonGroup>
      ) : (
        <ConfirmAction
          key={confirming}
          id={`${headingId}-vraag`}
          headingLevel={4}
          question={t(`learningGoals.actions.${confirming}Question`, { title: goal.title })}
          consequence={t(`learningGoals.actions.${confirming}Explain`)}
          confirmLabel={t(`learningGoals.actions.${confirming}Confirm`)}
          cancelLabel={t('learningGoals.actions.cancel')}
          busy={busy}
          onConfirm={() =>
            confirming === 'drop'
              ? setStatus('dropped', 'dropped')
              : act(
                  () => callApi(deleteGoal, { params: { goalId: goal.id } }),
                  t('learningGoals.actions.deleted', { title: goal.title }),
                  ['actieve-doelen'],
                )
          }
          onCancel={() => setConfirming(null)}
          returnFocusTo={[`${headingId}-${confirming === 'drop' ? 'stoppen' : 'verwijderen'}`]}
        />
      )}
      <GoalHistory goal={goal} />
    </li>
  )
}

/** Every step in the goal's life, with what an edited goal said before. */
function GoalHistory({ goal }: { goal: LearningGoal }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  if (goal.history.length === 0) return null
  return (
    <details className="rk-goal-history">
      <summary>
        {t('learningGoals.history.title')}
        <VisuallyHidden>: {goal.title}</VisuallyHidden>
      </summary>
      <ol>
        {goal.history.map((event, index) => (
          // The history is append-only, so the place of an event is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <strong>{t(`learningGoals.history.kinds.${event.kind}`)}</strong>{' '}
            {formatDateTime(event.at, lang)}
            {event.before && (
              <div className="rk-goal-history__before">
                <Paragraph>{t('learningGoals.history.before')}</Paragraph>
                <dl className="rk-goal-details">
                  <div>
                    <dt>{t('learningGoals.show.title')}</dt>
                    <dd>{event.before.title}</dd>
                  </div>
                  <div>
                    <dt>{t('learningGoals.show.why')}</dt>
                    <dd>{event.before.why}</dd>
                  </div>
                  <div>
                    <dt>{t('learningGoals.show.measure')}</dt>
                    <dd>{event.before.measure}</dd>
                  </div>
                  <div>
                    <dt>{t('learningGoals.show.deadline')}</dt>
                    <dd>{formatDate(event.before.deadline, lang)}</dd>
                  </div>
                </dl>
              </div>
            )}
          </li>
        ))}
      </ol>
    </details>
  )
}
