import { useQueryClient } from '@tanstack/react-query'
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  deleteActivity,
  type RouteActivity,
  updateActivity,
} from '../../../domain/api/learning-routes.ts'
import { isFormal } from '../../../domain/catalogue/model.ts'
import { ACTIVITY_STATUSES, activityUpdateInput } from '../../../domain/learning-routes/goals.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { formLabel } from '../catalogue/labels.tsx'
import { filledInDate, withChecks } from './form-checks.ts'
import { datesText } from './labels.ts'
import { refreshRoute } from './queries.ts'

const filledInStart = z.object({ plannedStart: filledInDate })

const byDate = (a: RouteActivity, b: RouteActivity) =>
  a.plannedStart.localeCompare(b.plannedStart) || a.title.localeCompare(b.title)

/**
 * A goal's activities in the order of their planned start, each with its form, dates,
 * status and note. The owner changes progress, dates and note in place, or removes one.
 */
export function ActivityTimeline({
  activities,
  readOnly = false,
  announce,
}: {
  activities: readonly RouteActivity[]
  readOnly?: boolean
  announce?: (text: string) => void
}) {
  const { t } = useTranslation()
  if (activities.length === 0)
    return (
      <Paragraph>
        {readOnly ? t('learningRoute.planned.noneShared') : t('learningRoute.planned.none')}
      </Paragraph>
    )
  return (
    <ol className="rk-timeline">
      {[...activities].sort(byDate).map((activity) => (
        <ActivityItem
          key={activity.id}
          activity={activity}
          readOnly={readOnly}
          announce={announce ?? (() => {})}
        />
      ))}
    </ol>
  )
}

function ActivityItem({
  activity,
  readOnly,
  announce,
}: {
  activity: RouteActivity
  readOnly: boolean
  announce: (text: string) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [mode, setMode] = useState<'show' | 'edit' | 'remove'>('show')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const base = `activiteit-${activity.id}`

  async function remove() {
    setBusy(true)
    setError(null)
    try {
      await callApi(deleteActivity, { params: { activityId: activity.id } })
      await refreshRoute(queryClient)
      announce(t('learningRoute.activity.removed', { title: activity.title }))
      requestAnimationFrame(() => focusFirst([`route-${activity.goalId}-gepland`]))
    } catch (failure) {
      setError(failure)
      setBusy(false)
    }
  }

  const show = (focus: string) => {
    setMode('show')
    requestAnimationFrame(() => focusFirst([focus]))
  }

  return (
    <li className={`rk-timeline__item rk-timeline__item--${activity.status}`}>
      <p className="rk-timeline__date">{datesText(activity.plannedStart, activity.plannedEnd)}</p>
      <div className="rk-timeline__body">
        <p className="rk-timeline__title" id={`${base}-titel`}>
          <strong>{activity.title}</strong>{' '}
          <span className={`rk-badge rk-badge--activity-${activity.status}`}>
            {t(`learningRoute.statuses.${activity.status}`)}
          </span>
        </p>
        <Paragraph className="rk-muted">
          {formLabel(activity.form)} (
          {isFormal(activity.form) ? t('catalogue.formal') : t('catalogue.informal')})
          {activity.offering
            ? ` · ${activity.offering.provider}`
            : ` · ${t('learningRoute.activity.own')}`}
        </Paragraph>
        {activity.note && (
          <Paragraph>
            <span className="rk-muted">{t('learningRoute.fields.note')}:</span> {activity.note}
          </Paragraph>
        )}
        {activity.offering && !readOnly && (
          <Paragraph>
            <AppLink
              to="/opleidingsaanbod/$offeringId"
              params={{ offeringId: activity.offering.id }}
            >
              {t('learningRoute.activity.offering')}
              <VisuallyHidden>: {activity.title}</VisuallyHidden>
            </AppLink>
          </Paragraph>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {!readOnly && mode === 'show' && (
          <ButtonGroup>
            <Button
              id={`${base}-wijzigen`}
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setMode('edit')
                requestAnimationFrame(() => focusFirst([`${base}-status`]))
              }}
            >
              {t('learningRoute.activity.change')}
              <VisuallyHidden>: {activity.title}</VisuallyHidden>
            </Button>
            <Button
              id={`${base}-weghalen`}
              type="button"
              appearance="subtle-button"
              onClick={() => setMode('remove')}
            >
              {t('learningRoute.activity.remove')}
              <VisuallyHidden>: {activity.title}</VisuallyHidden>
            </Button>
          </ButtonGroup>
        )}
        {mode === 'remove' && (
          <ConfirmAction
            id={`${base}-vraag`}
            headingLevel={4}
            question={t('learningRoute.activity.removeQuestion', { title: activity.title })}
            confirmLabel={t('learningRoute.activity.removeConfirm')}
            cancelLabel={t('learningRoute.activity.cancel')}
            busy={busy}
            onConfirm={remove}
            onCancel={() => setMode('show')}
            returnFocusTo={[`${base}-weghalen`]}
          />
        )}
        {mode === 'edit' && (
          <ActivityEditForm
            activity={activity}
            formId={base}
            onDone={(saved) => {
              if (saved) announce(t('learningRoute.activity.saved', { title: activity.title }))
              show(`${base}-wijzigen`)
            }}
          />
        )}
      </div>
    </li>
  )
}

/** Progress, dates and note of one activity. */
function ActivityEditForm({
  activity,
  formId,
  onDone,
}: {
  activity: RouteActivity
  formId: string
  onDone: (saved: boolean) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const form = useForm(formId, {
    status: activity.status as string,
    plannedStart: activity.plannedStart,
    plannedEnd: activity.plannedEnd ?? '',
    note: activity.note,
  })
  const onSubmit = form.handleSubmit({
    schema: withChecks(activityUpdateInput, filledInStart),
    toInput: (values) => ({ ...values, plannedEnd: values.plannedEnd || null }),
    onValid: async (input) => {
      await callApi(updateActivity, { params: { activityId: activity.id }, body: input })
      await refreshRoute(queryClient)
      onDone(true)
    },
  })
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="rk-form rk-activity-form"
      aria-labelledby={`${formId}-titel`}
    >
      <ErrorSummary form={form} headingLevel={4} />
      <RadioGroupField
        form={form}
        name="status"
        legend={t('learningRoute.fields.status')}
        options={ACTIVITY_STATUSES.map((status) => ({
          value: status,
          label: t(`learningRoute.statuses.${status}`),
        }))}
      />
      <TextField
        form={form}
        name="plannedStart"
        type="date"
        label={t('learningRoute.fields.plannedStart')}
      />
      <TextField
        form={form}
        name="plannedEnd"
        type="date"
        optional
        label={t('learningRoute.fields.plannedEnd')}
        description={t('learningRoute.hints.plannedEnd')}
      />
      <TextareaField
        form={form}
        name="note"
        rows={2}
        optional
        label={t('learningRoute.fields.note')}
      />
      <ButtonGroup>
        <SubmitButton busy={form.busy}>{t('learningRoute.activity.save')}</SubmitButton>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('learningRoute.activity.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  )
}
