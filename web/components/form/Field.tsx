import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react'
import { type ReactNode, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldErrorMessage } from '../messages.ts'
import type { Form, FormValues } from './useForm.ts'

export interface FieldProps<V extends FormValues> {
  form: Form<V>
  name: Extract<keyof V, string>
  label: string
  description?: ReactNode
  /** Shows "(optional)" after the label; fields are required unless they say so. */
  optional?: boolean
}

/** What an input needs to be linked to its label, description and error message. */
export interface FieldWiring {
  id: string
  invalid: boolean
  describedBy: string | undefined
}

/**
 * Label, description, input and error message of one field (a checkbox: `CheckboxField`), wired together with ids:
 * `aria-describedby` names the description and the error, `aria-invalid` marks the input.
 */
export function Field<V extends FormValues>({
  form,
  name,
  label,
  description,
  optional,
  children,
}: FieldProps<V> & { children: (wiring: FieldWiring) => ReactNode }) {
  const { t } = useTranslation()
  const id = form.fieldId(name)
  const errors = form.errorsFor(name)
  const invalid = errors.length > 0
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = invalid ? `${id}-error` : undefined
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined

  useEffect(() => {
    form.labels.set(name, label)
  }, [form.labels, name, label])

  return (
    <FormField
      invalid={invalid}
      label={
        <FormLabel htmlFor={id}>
          {label}
          {optional && <span className="rk-optional"> {t('form.optional')}</span>}
        </FormLabel>
      }
      description={
        description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      }
      errorMessage={
        invalid && (
          <FormFieldErrorMessage id={errorId}>
            {errors.map((error) => fieldErrorMessage(error)).join(' ')}
          </FormFieldErrorMessage>
        )
      }
      input={children({ id, invalid, describedBy })}
    />
  )
}
