import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client.ts'
import { errorMessage, summaryMessage } from '../messages.ts'
import type { Form, FormValues } from './useForm.ts'

/**
 * The list of problems at the top of a form after a failed submit. It takes focus, so a
 * screen reader reads it at once, and every item links to its field.
 */
export function ErrorSummary<V extends FormValues>({
  form,
  headingLevel = 2,
}: {
  form: Form<V>
  headingLevel?: 2 | 3 | 4
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  const { fieldErrors, formError, failures } = form
  const visible = failures > 0 && (fieldErrors.length > 0 || formError !== null)

  useEffect(() => {
    if (failures > 0) ref.current?.focus()
  }, [failures])

  if (!visible) return null
  const titleId = `${form.id}-error-summary-title`
  // In the order of the fields on the page, which need not be the order of the schema.
  const place = (field: string) => document.getElementById(form.fieldId(field.split('.')[0] ?? ''))
  const ordered = [...fieldErrors].sort((a, b) => {
    const [first, second] = [place(a.field), place(b.field)]
    if (!first || !second || first === second) return 0
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  })
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="rk-error-summary"
      aria-labelledby={titleId}
      id={`${form.id}-error-summary`}
    >
      <Heading level={headingLevel} id={titleId}>
        {fieldErrors.length > 0 ? t('form.errorSummaryTitle') : t('form.errorSummaryFailed')}
      </Heading>
      {fieldErrors.length > 0 && (
        <Paragraph>{t('form.errorSummaryCount', { count: fieldErrors.length })}</Paragraph>
      )}
      {/* "Not everything is filled in correctly" says nothing the list does not. */}
      {formError !== null && !(isValidationFailure(formError) && fieldErrors.length > 0) && (
        <Paragraph>{errorMessage(formError)}</Paragraph>
      )}
      {fieldErrors.length > 0 && (
        <UnorderedList>
          {ordered.map((error) => {
            const name = error.field.split('.')[0] ?? ''
            const label = form.labels.get(name)
            const target = form.fieldId(name)
            const message = summaryMessage(error, label)
            return (
              <UnorderedListItem key={`${error.field}-${error.code}`}>
                {name === '' ? (
                  message
                ) : (
                  <a
                    className="utrecht-link"
                    href={`#${target}`}
                    onClick={(event) => {
                      // Focus the field itself; a plain fragment jump would only scroll to it.
                      event.preventDefault()
                      const field = document.getElementById(target)
                      field?.focus()
                      field?.scrollIntoView({ block: 'center' })
                    }}
                  >
                    {message}
                  </a>
                )}
              </UnorderedListItem>
            )
          })}
        </UnorderedList>
      )}
    </section>
  )
}

const isValidationFailure = (error: unknown) =>
  error instanceof ApiError && error.code === 'validation_failed'
