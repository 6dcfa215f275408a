import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { goalUpdateInput } from '../../../domain/learning-routes/goals.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { filledIn } from '../../components/form/required.ts'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { type KnownObjective, ObjectiveChooser } from './ObjectiveChooser.tsx'
import { today } from './queries.ts'

export interface GoalFormValues {
  [key: string]: string | string[]
  title: string
  why: string
  measure: string
  deadline: string
  objectiveIds: string[]
}

export type GoalFields = z.output<typeof goalUpdateInput>

/**
 * The goal's own schema, with two checks the browser can make before sending: an empty date
 * reads "fill this in", and a new goal's date lies today or later (the server checks again).
 */
const goalForm = (isNew: boolean) =>
  goalUpdateInput.extend({
    deadline: isNew
      ? filledIn(goalUpdateInput.shape.deadline).refine((date) => date >= today(), {
          error: 'in_past',
        })
      : filledIn(goalUpdateInput.shape.deadline),
  })

/**
 * A leerdoel in SMART form: what, why, how you will know, by when — each with a plain hint —
 * and the kenniskaart objectives it serves. Used to write a new goal and to edit one.
 */
export function GoalForm({
  id,
  initial,
  initialObjectives,
  scanId,
  submitLabel,
  onSave,
}: {
  id: string
  initial: GoalFormValues
  initialObjectives?: readonly KnownObjective[]
  /** For a new goal: the zelfscan to offer development points from (`?scan=`), if any. */
  scanId?: string | 'latest'
  submitLabel: string
  onSave: (fields: GoalFields, sourceScanId: string | null) => Promise<void>
}) {
  const { t } = useTranslation()
  const form = useForm<GoalFormValues>(id, initial)
  const source = useRef<string | null>(null)
  const isNew = scanId !== undefined

  const onSubmit = form.handleSubmit({
    schema: goalForm(isNew),
    onValid: (fields) => onSave(fields, source.current),
  })

  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-goal-form">
      <ErrorSummary form={form} />
      <Alert type="info">
        <Paragraph>{t('learningGoals.smart')}</Paragraph>
      </Alert>
      <TextField
        form={form}
        name="title"
        label={t('learningGoals.fields.title')}
        description={t('learningGoals.hints.title')}
      />
      <TextareaField
        form={form}
        name="why"
        rows={3}
        label={t('learningGoals.fields.why')}
        description={t('learningGoals.hints.why')}
      />
      <TextareaField
        form={form}
        name="measure"
        rows={3}
        label={t('learningGoals.fields.measure')}
        description={t('learningGoals.hints.measure')}
      />
      <TextField
        form={form}
        name="deadline"
        type="date"
        min={isNew ? today() : undefined}
        label={t('learningGoals.fields.deadline')}
        description={t('learningGoals.hints.deadline')}
      />
      <ObjectiveChooser
        form={form}
        initial={initialObjectives}
        scanId={scanId === 'latest' ? undefined : scanId}
        onSource={
          isNew
            ? (scan) => {
                source.current = scan
              }
            : undefined
        }
      />
      <ButtonGroup>
        <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
        <AppLink to="/leerdoelen">{t('learningGoals.form.cancel')}</AppLink>
      </ButtonGroup>
    </form>
  )
}
