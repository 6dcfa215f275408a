import { Textbox } from '@utrecht/component-library-react'
import type { InputHTMLAttributes } from 'react'
import { Field, type FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'inputMode' | 'spellCheck' | 'autoCapitalize' | 'min' | 'max'
>

/** A one-line text input; `type` also covers e-mail, password, search, web addresses and dates. */
export function TextField<V extends FormValues>({
  type = 'text',
  ...props
}: FieldProps<V> &
  InputProps & { type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'date' }) {
  const { form, name, label, description, optional, ...inputProps } = props
  return (
    <Field form={form} name={name} label={label} description={description} optional={optional}>
      {({ id, invalid, describedBy }) => (
        <Textbox
          id={id}
          name={name}
          type={type}
          value={String(form.values[name] ?? '')}
          onChange={(event) => form.setValue(name, event.target.value as V[typeof name])}
          invalid={invalid}
          aria-describedby={describedBy}
          required={!optional}
          {...inputProps}
        />
      )}
    </Field>
  )
}
