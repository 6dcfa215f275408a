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

/** The translated message for one field error, with its values ("at least {{minimum}}"). */
export function fieldErrorMessage(error: FieldError): string {
  return translateCode('validation', error.code, 'validation.invalid', error.params)
}
