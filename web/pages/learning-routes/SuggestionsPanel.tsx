import { useQuery } from '@tanstack/react-query'
import {
  Button,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { LearningGoal, suggestionSchema } from '../../../domain/api/learning-routes.ts'
import {
  OFFERING_FORMS,
  OFFERING_LEVELS,
  parseDutchAmount,
} from '../../../domain/catalogue/model.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { CheckboxGroupField } from '../../components/form/CheckboxGroupField.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { formLabel, levelLabel } from '../catalogue/labels.tsx'
import { OfferingSummaryView } from '../catalogue/OfferingSummaryView.tsx'
import { AddActivityForm } from './AddActivityForm.tsx'
import { reasonText } from './labels.ts'
import { type Preferences, suggestionsQuery } from './queries.ts'

type Suggestion = z.infer<typeof suggestionSchema>

/** The preference form's text fields become the API's numbers; bad amounts say so. */
const preferencesForm = z
  .object({
    forms: z.array(z.enum(OFFERING_FORMS)),
    online: z.enum(['', 'true', 'false']),
    maxCost: z
      .string()
      .trim()
      .refine((value) => value === '' || parseDutchAmount(value) !== null, {
        error: 'not_an_amount',
      }),
    maxHours: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d+([.,]\d+)?$/.test(value), { error: 'invalid' }),
    level: z.enum(['', ...OFFERING_LEVELS]),
  })
  .transform(
    (values): Preferences => ({
      forms: values.forms.length > 0 ? values.forms : undefined,
      online: values.online || undefined,
      maxCostCents: values.maxCost === '' ? undefined : (parseDutchAmount(values.maxCost) ?? 0),
      maxStudyHours: values.maxHours === '' ? undefined : Number(values.maxHours.replace(',', '.')),
      level: values.level || undefined,
    }),
  )

/**
 * Offerings that serve the goal's objectives, formal and informal side by side, each with the
 * reasons in words; the person's preferences (form, online, budget, time, level) filter them.
 */
export function SuggestionsPanel({
  goal,
  announce,
}: {
  goal: LearningGoal
  announce: (text: string) => void
}) {
  const { t } = useTranslation()
  const [preferences, setPreferences] = useState<Preferences>({})
  const suggestions = useQuery(suggestionsQuery(goal.id, preferences))
  const base = `suggesties-${goal.id}`
  const form = useForm(`voorkeuren-${goal.id}`, {
    forms: [] as string[],
    online: '',
    maxCost: '',
    maxHours: '',
    level: '',
  })
  const onSubmit = form.handleSubmit({
    schema: preferencesForm,
    onValid: (chosen) => {
      setPreferences(chosen)
      requestAnimationFrame(() => focusFirst([`${base}-uitkomst`]))
    },
  })
  const any = t('learningRoute.suggestions.any')

  // Named "Suggestions <goal>" (the goal's heading on the route page): every goal has a panel.
  return (
    <section aria-labelledby={`${base} route-${goal.id}`} className="rk-subsection rk-suggestions">
      <Heading3 id={base}>{t('learningRoute.suggestions.title')}</Heading3>
      <Paragraph>{t('learningRoute.suggestions.intro')}</Paragraph>
      <details className="rk-preferences">
        <summary>
          {t('learningRoute.suggestions.preferences')}
          <VisuallyHidden>: {goal.title}</VisuallyHidden>
        </summary>
        <form noValidate onSubmit={onSubmit} className="rk-form">
          <ErrorSummary form={form} headingLevel={4} />
          <CheckboxGroupField
            form={form}
            name="forms"
            legend={t('learningRoute.suggestions.forms')}
            description={t('learningRoute.suggestions.formsHint')}
            options={OFFERING_FORMS.map((value) => ({ value, label: formLabel(value) }))}
          />
          <SelectField
            form={form}
            name="online"
            optional
            label={t('learningRoute.suggestions.online')}
            options={[
              { value: '', label: any },
              { value: 'true', label: t('learningRoute.suggestions.onlineYes') },
              { value: 'false', label: t('learningRoute.suggestions.onlineNo') },
            ]}
          />
          <TextField
            form={form}
            name="maxCost"
            optional
            inputMode="decimal"
            label={t('learningRoute.suggestions.maxCost')}
            description={t('learningRoute.suggestions.maxCostHint')}
          />
          <TextField
            form={form}
            name="maxHours"
            optional
            inputMode="decimal"
            label={t('learningRoute.suggestions.maxHours')}
            description={t('learningRoute.suggestions.maxHoursHint')}
          />
          <SelectField
            form={form}
            name="level"
            optional
            label={t('learningRoute.suggestions.level')}
            options={[
              { value: '', label: any },
              ...OFFERING_LEVELS.map((value) => ({ value, label: levelLabel(value) })),
            ]}
          />
          <SubmitButton busy={suggestions.isFetching} appearance="secondary-action-button">
            {t('learningRoute.suggestions.show')}
          </SubmitButton>
        </form>
      </details>
      <div
        id={`${base}-uitkomst`}
        tabIndex={-1}
        aria-live="polite"
        className="rk-suggestions__outcome"
      >
        {suggestions.isPending && <Loading />}
        {suggestions.data?.personLevel && (
          <Paragraph className="rk-muted">
            {t('learningRoute.suggestions.personLevel', {
              level: levelLabel(suggestions.data.personLevel).toLowerCase(),
            })}
          </Paragraph>
        )}
      </div>
      {suggestions.isError && <ErrorAlert error={suggestions.error} />}
      {suggestions.data && (
        <div className="rk-columns">
          {(['formal', 'informal'] as const).map((kind) => (
            <div key={kind}>
              <Heading4>{t(`learningRoute.suggestions.${kind}`)}</Heading4>
              {suggestions.data[kind].length === 0 ? (
                <Paragraph>{t(`learningRoute.suggestions.none_${kind}`)}</Paragraph>
              ) : (
                <ul className="rk-card-list">
                  {suggestions.data[kind].map((suggestion) => (
                    <SuggestionCard
                      key={suggestion.offering.id}
                      goalId={goal.id}
                      suggestion={suggestion}
                      announce={announce}
                    />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  )
}

function SuggestionCard({
  goalId,
  suggestion,
  announce,
}: {
  goalId: string
  suggestion: Suggestion
  announce: (text: string) => void
}) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const { offering } = suggestion
  const base = `suggestie-${goalId}-${offering.id}`
  return (
    <li className="rk-card rk-suggestion">
      <OfferingSummaryView offering={offering} headingLevel={5} withStarts />
      <Paragraph id={`${base}-waarom`}>
        <strong>{t('learningRoute.suggestions.why')}</strong>
      </Paragraph>
      <UnorderedList aria-labelledby={`${base}-waarom`}>
        {suggestion.reasons.map((reason) => (
          <UnorderedListItem key={reason.code}>{reasonText(reason)}</UnorderedListItem>
        ))}
      </UnorderedList>
      {adding ? (
        <AddActivityForm
          goalId={goalId}
          formId={`${base}-plannen`}
          offering={offering}
          headingLevel={5}
          heading={t('learningRoute.add.offeringTitle', { title: offering.title })}
          onDone={(added) => {
            setAdding(false)
            if (added) announce(t('learningRoute.add.done', { title: added }))
            requestAnimationFrame(() =>
              focusFirst(added ? [`route-${goalId}-gepland`] : [`${base}-toevoegen`]),
            )
          }}
        />
      ) : (
        <Button
          id={`${base}-toevoegen`}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setAdding(true)
            requestAnimationFrame(() => focusFirst([`${base}-plannen-kop`]))
          }}
        >
          {t('learningRoute.add.open')}
          <VisuallyHidden>: {offering.title}</VisuallyHidden>
        </Button>
      )}
    </li>
  )
}
