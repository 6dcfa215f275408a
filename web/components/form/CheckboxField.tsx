import { Checkbox } from '@utrecht/component-library-react'
import { Field, type FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

/** One yes/no choice, with its label after the box. */
export function CheckboxField<V extends FormValues>(props: Omit<FieldProps<V>, 'optional'>) {
  const { form, name } = props
  return (
    <Field {...props} type="checkbox">
      {({ id, invalid, describedBy }) => (
        <Checkbox
          id={id}
          name={name}
          checked={form.values[name] === true}
          onChange={(event) => form.setValue(name, event.target.checked as V[typeof name])}
          invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  )
}
