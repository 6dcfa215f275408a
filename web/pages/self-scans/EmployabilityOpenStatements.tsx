import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type EmployabilityContent,
  statementFieldId,
  statementsOf,
} from './employability-queries.ts'
import { localised } from './format.ts'

/**
 * The error summary after submitting a check with statements still open (`not_complete`): it
 * takes focus, and each statement links to its first answer, in page order.
 */
export function OpenStatements({
  content,
  open,
  failures,
}: {
  content: EmployabilityContent
  open: readonly string[]
  failures: number
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (failures > 0) ref.current?.focus()
  }, [failures])
  if (open.length === 0) return null
  const items = statementsOf(content).filter(({ statement }) => open.includes(statement.id))
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="rk-error-summary"
      aria-labelledby="open-uitspraken-titel"
    >
      <Heading level={3} id="open-uitspraken-titel">
        {t('form.errorSummaryTitle')}
      </Heading>
      <Paragraph>{t('employability.form.open', { count: items.length })}</Paragraph>
      <UnorderedList>
        {items.map(({ dimension, statement }) => {
          const target = statementFieldId(statement.id)
          return (
            <UnorderedListItem key={statement.id}>
              <a
                className="utrecht-link"
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault()
                  const field = document.getElementById(target)
                  field?.focus()
                  field?.scrollIntoView({ block: 'center' })
                }}
              >
                {localised(dimension.title, lang)}: {localised(statement.text, lang)}
              </a>
            </UnorderedListItem>
          )
        })}
      </UnorderedList>
    </section>
  )
}
