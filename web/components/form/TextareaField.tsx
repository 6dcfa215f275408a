import { Textarea } from '@utrecht/component-library-react'
import { Field, type FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

/** A text area for longer answers: a comment, outcomes, a list of e-mail addresses. */
export function TextareaField<V extends FormValues>({
  rows = 4,
  spellCheck,
  ...props
}: FieldProps<V> & { rows?: number; spellCheck?: boolean }) {
  const { form, name, optional } = props
  return (
    <Field {...props}>
      {({ id, invalid, describedBy }) => (
        <Textarea
          id={id}
          name={name}
          rows={rows}
          value={String(form.values[name] ?? '')}
          onChange={(event) => form.setValue(name, event.target.value as V[typeof name])}
          invalid={invalid}
          aria-describedby={describedBy}
          required={!optional}
          spellCheck={spellCheck}
        />
      )}
    </Field>
  )
}
