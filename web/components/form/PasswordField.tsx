import { Button, Textbox } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, type FieldProps } from './Field.tsx'
import type { FormValues } from './useForm.ts'

/**
 * A password input with a "show password" button. Showing what one types replaces the
 * error-prone "type it again" field, and helps people who type on a phone.
 */
export function PasswordField<V extends FormValues>({
  autoComplete,
  ...props
}: FieldProps<V> & { autoComplete: 'current-password' | 'new-password' }) {
  const { t } = useTranslation()
  const [visible, setVisible] = useState(false)
  const { form, name } = props
  return (
    <Field {...props}>
      {({ id, invalid, describedBy }) => (
        <div className="rk-password">
          <Textbox
            id={id}
            name={name}
            type={visible ? 'text' : 'password'}
            value={String(form.values[name] ?? '')}
            onChange={(event) => form.setValue(name, event.target.value as V[typeof name])}
            invalid={invalid}
            aria-describedby={describedBy}
            required={!props.optional}
            autoComplete={autoComplete}
            spellCheck={false}
            autoCapitalize="none"
          />
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-controls={id}
            pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
          >
            {t('form.showPassword')}
          </Button>
        </div>
      )}
    </Field>
  )
}
