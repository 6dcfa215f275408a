import { useQuery } from '@tanstack/react-query'
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'
import type { Form, FormValues } from '../../components/form/useForm.ts'
import { fieldErrorMessage } from '../../components/messages.ts'
import { mapsQuery, mapTreeQuery } from '../knowledge-maps/queries.ts'

/**
 * The objectives an offering serves: choose a published kenniskaart, then tick objectives,
 * grouped by theme. Choices from other maps are kept (and counted). The first checkbox
 * carries the field's id, so the error summary can focus it.
 */
export function ObjectivePicker<V extends FormValues & { objectiveIds: string[] }>({
  form,
}: {
  form: Form<V>
}) {
  const { t } = useTranslation()
  const maps = useQuery(mapsQuery({ state: 'published' }))
  const [slug, setSlug] = useState('')
  useEffect(() => {
    if (!slug && maps.data?.maps[0]) setSlug(maps.data.maps[0].slug)
  }, [maps.data, slug])
  const tree = useQuery({ ...mapTreeQuery(slug), enabled: slug !== '' })
  const id = form.fieldId('objectiveIds')
  const errors = form.errorsFor('objectiveIds')
  const selected = form.values.objectiveIds
  const shown = new Set(tree.data ? objectivesOf(tree.data).map((o) => o.id) : [])
  const elsewhere = selected.filter((objective) => !shown.has(objective)).length

  useEffect(() => {
    form.labels.set('objectiveIds', t('catalogue.form.objectives'))
  }, [form.labels, t])

  const toggle = (objective: string, checked: boolean) =>
    form.setValue(
      'objectiveIds',
      (checked
        ? [...selected, objective]
        : selected.filter((item) => item !== objective)) as V['objectiveIds'],
    )

  let first = true
  return (
    <Fieldset invalid={errors.length > 0} aria-describedby={`${id}-description`}>
      <FieldsetLegend>{t('catalogue.form.objectives')}</FieldsetLegend>
      <FormFieldDescription id={`${id}-description`}>
        {t('catalogue.form.objectivesHint')}
        {elsewhere > 0 && ` ${t('catalogue.form.otherObjectives', { count: elsewhere })}`}
      </FormFieldDescription>
      {errors.length > 0 && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {errors.map((error) => fieldErrorMessage(error)).join(' ')}
        </FormFieldErrorMessage>
      )}
      <FormField
        label={<FormLabel htmlFor={`${id}-map`}>{t('catalogue.form.map')}</FormLabel>}
        input={
          <Select id={`${id}-map`} value={slug} onChange={(event) => setSlug(event.target.value)}>
            {(maps.data?.maps ?? []).map((map) => (
              <SelectOption key={map.slug} value={map.slug}>
                {map.title}
              </SelectOption>
            ))}
          </Select>
        }
      />
      {tree.data?.domains.flatMap((domain) =>
        domain.themes.map((theme) => (
          <Fieldset key={theme.id}>
            <FieldsetLegend>
              {domain.title} › {theme.title}
            </FieldsetLegend>
            {theme.objectives.map((objective) => {
              const optionId = first ? id : `${id}-${objective.id}`
              first = false
              return (
                <ChoiceOption
                  key={objective.id}
                  type="checkbox"
                  id={optionId}
                  label={objective.title}
                  checked={selected.includes(objective.id)}
                  onChange={(checked) => toggle(objective.id, checked)}
                  invalid={errors.length > 0}
                />
              )
            })}
          </Fieldset>
        )),
      )}
    </Fieldset>
  )
}
