import type { FieldError } from '../../domain/validation.ts'
import { ApiError } from '../api/client.ts'
import { translateCode } from '../i18n/dynamic.ts'

/**
 * The translated message for any error a screen can meet: an API problem by its stable code,
 * a failed network request, or a bug. Never the server's English title.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return translateCode('errors', error.code, 'errors.internal')
  if (error instanceof TypeError) return translateCode('errors', 'network', 'errors.internal')
  return translateCode('errors', 'internal', null)
}

/**
 * One line of the error summary: a sentence that names the field, so it can be understood
 * without looking at the field ("‘Wat wil je leren?’ is nog niet ingevuld.").
 */
export function summaryMessage(error: FieldError, label: string | undefined): string {
  const message = fieldErrorMessage(error)
  if (!label) return message
  if (error.code === 'required')
    return translateCode('form', 'errorSummaryRequired', null, { label })
  return translateCode('form', 'errorSummaryItem', null, { label, message })
}

/** The translated message for one field error, with its values ("at least {{minimum}}"). */
export function fieldErrorMessage(error: FieldError): string {
  return translateCode('validation', error.code, 'validation.invalid', error.params)
}
