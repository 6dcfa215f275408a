import { Fieldset, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { fieldErrorMessage } from '../messages.ts'
import { ChoiceOption } from './ChoiceOption.tsx'
import type { Option } from './SelectField.tsx'
import type { Form, FormValues } from './useForm.ts'

/**
 * One choice out of a few, all visible at once, in a fieldset whose legend asks the question.
 * The first radio button carries the field id, so the error summary can focus it.
 */
export function RadioGroupField<V extends FormValues>({
  form,
  name,
  legend,
  options,
}: {
  form: Form<V>
  name: Extract<keyof V, string>
  legend: string
  options: readonly Option[]
}) {
  const id = form.fieldId(name)
  const errors = form.errorsFor(name)
  const invalid = errors.length > 0

  useEffect(() => {
    form.labels.set(name, legend)
  }, [form.labels, name, legend])

  return (
    <Fieldset invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
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
            type="radio"
            id={optionId}
            name={`${form.id}-${name}`}
            value={option.value}
            label={option.label}
            checked={form.values[name] === option.value}
            onChange={() => form.setValue(name, option.value as V[typeof name])}
            invalid={invalid}
          />
        )
      })}
    </Fieldset>
  )
}
