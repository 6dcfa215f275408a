import { type FormEvent, useCallback, useRef, useState } from 'react'
import type { z } from 'zod'
import { type FieldError, toFieldErrors } from '../../../domain/validation.ts'
import { ApiError } from '../../api/client.ts'

export type FieldValue = string | boolean | string[]
export type FormValues = Record<string, FieldValue>

export interface Form<V extends FormValues> {
  /** Prefix of every field id: `<id>-<field>`, stable for tests and error-summary links. */
  id: string
  values: V
  setValue: <K extends keyof V>(name: K, value: V[K]) => void
  reset: (values?: V) => void
  busy: boolean
  fieldErrors: FieldError[]
  /** An error about the whole form (wrong password, rate limited, no network, ...). */
  formError: unknown
  /** Grows with every failed submit, so the error summary knows to take focus again. */
  failures: number
  /** Shows an error that came from outside the submit (e.g. a later confirmation step). */
  fail: (error: unknown) => void
  errorsFor: (name: string) => FieldError[]
  fieldId: (name: string) => string
  /** Labels by field name, registered by the fields, for the error summary. */
  labels: Map<string, string>
  handleSubmit: <S extends z.ZodType>(options: {
    schema: S
    toInput?: (values: V) => unknown
    onValid: (input: z.output<S>) => Promise<void> | void
  }) => (event: FormEvent<HTMLFormElement>) => void
}

/**
 * Form state with the domain's zod schema as the only validation: the same schema the server
 * uses, so the person sees the same message before and after sending. What the person typed
 * is kept when the server answers with an error.
 *
 * @example const form = useForm('sign-in', { email: '', password: '' })
 */
export function useForm<V extends FormValues>(id: string, initial: V): Form<V> {
  const [values, setValues] = useState<V>(initial)
  const [busy, setBusy] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([])
  const [formError, setFormError] = useState<unknown>(null)
  const [failures, setFailures] = useState(0)
  const labels = useRef(new Map<string, string>()).current

  const setValue = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }))
  }, [])

  const fail = (errors: FieldError[], error: unknown) => {
    setFieldErrors(errors)
    setFormError(error)
    setFailures((count) => count + 1)
  }

  // Field errors from the server go next to their fields; anything else is about the form.
  const failWith = (error: unknown) => {
    const fromServer = error instanceof ApiError ? (error.problem.errors ?? []) : []
    fail(fromServer, fromServer.length > 0 ? null : error)
  }

  const handleSubmit: Form<V>['handleSubmit'] =
    ({ schema, toInput, onValid }) =>
    (event) => {
      event.preventDefault()
      if (busy) return
      const parsed = schema.safeParse(toInput ? toInput(values) : values)
      if (!parsed.success) return fail(toFieldErrors(parsed.error.issues), null)
      setBusy(true)
      Promise.resolve(onValid(parsed.data))
        .then(() => {
          setFieldErrors([])
          setFormError(null)
        })
        .catch((error: unknown) => failWith(error))
        .finally(() => setBusy(false))
    }

  return {
    id,
    values,
    setValue,
    reset: (next = initial) => {
      setValues(next)
      setFieldErrors([])
      setFormError(null)
    },
    busy,
    fieldErrors,
    formError,
    failures,
    fail: failWith,
    errorsFor: (name) =>
      fieldErrors.filter((error) => error.field === name || error.field.startsWith(`${name}.`)),
    fieldId: (name) => `${id}-${name}`,
    labels,
    handleSubmit,
  }
}
