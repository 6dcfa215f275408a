import { FormFieldErrorMessage } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { fieldErrorMessage } from '../messages.ts'
import { ChoiceOption } from './ChoiceOption.tsx'
import type { FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

/** One yes/no choice, with its label after the box and its description and error below that. */
export function CheckboxField<V extends FormValues>({
  form,
  name,
  label,
  description,
}: Omit<FieldProps<V>, 'optional'>) {
  const id = form.fieldId(name)
  const errors = form.errorsFor(name)
  const invalid = errors.length > 0

  useEffect(() => {
    form.labels.set(name, label)
  }, [form.labels, name, label])

  return (
    <ChoiceOption
      type="checkbox"
      id={id}
      name={name}
      label={label}
      description={description}
      checked={form.values[name] === true}
      onChange={(checked) => form.setValue(name, checked as V[typeof name])}
      invalid={invalid}
      describedBy={invalid ? `${id}-error` : undefined}
      errorMessage={
        invalid && (
          <FormFieldErrorMessage id={`${id}-error`}>
            {errors.map((error) => fieldErrorMessage(error)).join(' ')}
          </FormFieldErrorMessage>
        )
      }
    />
  )
}
