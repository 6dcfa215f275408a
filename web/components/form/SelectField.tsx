import { Select, SelectOption } from '@utrecht/component-library-react'
import { Field, type FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

export interface Option {
  value: string
  label: string
}

/** A native select: the most robust choice for keyboard, screen readers and phones. */
export function SelectField<V extends FormValues>({
  options,
  ...props
}: FieldProps<V> & { options: readonly Option[] }) {
  const { form, name } = props
  return (
    <Field {...props}>
      {({ id, invalid, describedBy }) => (
        <Select
          id={id}
          name={name}
          value={String(form.values[name] ?? '')}
          onChange={(event) => form.setValue(name, event.target.value as V[typeof name])}
          invalid={invalid}
          aria-describedby={describedBy}
          required={!props.optional}
        >
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  )
}
