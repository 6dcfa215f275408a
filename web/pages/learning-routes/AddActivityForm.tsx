import { useQueryClient } from '@tanstack/react-query'
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { addActivity } from '../../../domain/api/learning-routes.ts'
import { OFFERING_FORMS } from '../../../domain/catalogue/model.ts'
import { activityInput } from '../../../domain/learning-routes/goals.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { formLabel } from '../catalogue/labels.tsx'
import { startsFromToday, withChecks } from './form-checks.ts'
import { refreshRoute, today } from './queries.ts'

const newPlan = withChecks(activityInput, z.object({ plannedStart: startsFromToday }))

/**
 * Plans an activity for a goal: a suggested offering (its next start filled in), or one's own
 * informal activity with a title and a form. Start today or later; the end is optional.
 */
export function AddActivityForm({
  goalId,
  formId,
  offering,
  heading,
  headingLevel = 4,
  onDone,
}: {
  goalId: string
  formId: string
  offering?: { id: string; title: string; startMoments: readonly string[] }
  heading: string
  headingLevel?: 3 | 4 | 5
  onDone: (added: string | null) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const nextStart = offering?.startMoments.filter((date) => date >= today()).sort()[0] ?? ''
  const form = useForm(formId, {
    title: '',
    form: offering ? '' : 'other_informal',
    plannedStart: nextStart,
    plannedEnd: '',
    note: '',
  })
  const onSubmit = form.handleSubmit({
    schema: newPlan,
    toInput: (values) =>
      offering
        ? {
            offeringId: offering.id,
            plannedStart: values.plannedStart,
            plannedEnd: values.plannedEnd || null,
            note: values.note,
          }
        : {
            title: values.title,
            form: values.form || null,
            plannedStart: values.plannedStart,
            plannedEnd: values.plannedEnd || null,
            note: values.note,
          },
    onValid: async (input) => {
      const activity = await callApi(addActivity, { params: { goalId }, body: input })
      await refreshRoute(queryClient)
      onDone(activity.title)
    },
  })

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="rk-form rk-activity-form"
      aria-labelledby={`${formId}-kop`}
    >
      <Heading level={headingLevel} id={`${formId}-kop`} tabIndex={-1}>
        {heading}
      </Heading>
      <ErrorSummary form={form} headingLevel={4} />
      {!offering && (
        <>
          <TextField
            form={form}
            name="title"
            label={t('learningRoute.fields.title')}
            description={t('learningRoute.hints.title')}
          />
          <SelectField
            form={form}
            name="form"
            label={t('learningRoute.fields.form')}
            options={OFFERING_FORMS.map((value) => ({ value, label: formLabel(value) }))}
          />
        </>
      )}
      <TextField
        form={form}
        name="plannedStart"
        type="date"
        min={today()}
        label={t('learningRoute.fields.plannedStart')}
        description={t('learningRoute.hints.plannedStart')}
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
        description={t('learningRoute.hints.note')}
      />
      <ButtonGroup>
        <SubmitButton busy={form.busy}>{t('learningRoute.add.submit')}</SubmitButton>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
          {t('learningRoute.activity.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  )
}
