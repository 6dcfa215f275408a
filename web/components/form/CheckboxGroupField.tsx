import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { fieldErrorMessage } from '../messages.ts'
import { ChoiceOption } from './ChoiceOption.tsx'
import type { Option } from './SelectField.tsx'
import type { Form, FormValues } from './useForm.ts'

/**
 * Several checkboxes for one list value (e.g. roles), in a fieldset whose legend names the
 * group. The first box carries the field id, so the error summary can focus it.
 */
export function CheckboxGroupField<V extends FormValues>({
  form,
  name,
  legend,
  description,
  options,
}: {
  form: Form<V>
  name: Extract<keyof V, string>
  legend: string
  description?: string
  options: readonly Option[]
}) {
  const id = form.fieldId(name)
  const errors = form.errorsFor(name)
  const invalid = errors.length > 0
  const selected = (form.values[name] as string[] | undefined) ?? []
  const describedBy =
    [description && `${id}-description`, invalid && `${id}-error`].filter(Boolean).join(' ') ||
    undefined

  useEffect(() => {
    form.labels.set(name, legend)
  }, [form.labels, name, legend])

  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value)
    form.setValue(name, next as V[typeof name])
  }

  return (
    <Fieldset invalid={invalid} aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      )}
      {invalid && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {errors.map((error) => fieldErrorMessage(error)).join(' ')}
        </FormFieldErrorMessage>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`
        return (
          <ChoiceOption
            key={option.value}
            type="checkbox"
            id={optionId}
            name={name}
            value={option.value}
            label={option.label}
            checked={selected.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
            invalid={invalid}
          />
        )
      })}
    </Fieldset>
  )
}
