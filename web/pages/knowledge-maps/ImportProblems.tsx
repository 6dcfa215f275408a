import { Heading, Paragraph } from '@utrecht/component-library-react'
import i18n from 'i18next'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client.ts'
import { translateCode } from '../../i18n/dynamic.ts'

export interface ImportProblem {
  at: string
  code: string
}

/** The problems of a refused import, when the error is one; otherwise null. */
export function importProblemsOf(error: unknown): ImportProblem[] | null {
  return error instanceof ApiError && error.code === 'import_failed'
    ? (error.problem.problems ?? [])
    : null
}

/**
 * Where: a CSV line ("line 3, thema") in the reader's language; a place in a CASE file
 * (`CFItems[2].fullStatement`) as the file itself names it.
 */
export function problemPlace(at: string): string {
  const match = at.match(/^line (\d+)(?:, (.+))?$/)
  if (!match) return at
  const line = i18n.t('maps.import.problems.line', { line: match[1] })
  return match[2] ? `${line}, ${match[2]}` : line
}

/**
 * What a problem code means. Some codes carry a detail after a colon (`header_must_be:a,b`)
 * or a number (`expected_6_columns`); unknown codes fall back to a general sentence.
 */
export function problemText(code: string): string {
  const [name = '', detail = ''] = code.split(/:(.*)/s)
  const columns = name.match(/^expected_(\d+)_columns$/)
  if (columns)
    return translateCode('maps.import.codes', 'expected_columns', null, {
      count: Number(columns[1]),
    })
  return translateCode('maps.import.codes', name, 'maps.import.codes.unknown', {
    detail: detail.split(',').join(', '),
    code,
  })
}

/**
 * Every problem of a refused import, line by line. Nothing was changed: the list takes focus
 * so the person hears that at once, and then what to fix.
 */
export function ImportProblems({
  problems,
  headingLevel = 2,
}: {
  problems: readonly ImportProblem[]
  headingLevel?: 2 | 3 | 4
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <section ref={ref} tabIndex={-1} className="rk-error-summary" aria-labelledby="importproblemen">
      <Heading level={headingLevel} id="importproblemen">
        {t('maps.import.problems.title')}
      </Heading>
      <Paragraph>{t('maps.import.problems.intro', { count: problems.length })}</Paragraph>
      <ul className="rk-problems">
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same place can have two problems
          <li key={index}>
            <strong>{problemPlace(problem.at)}:</strong> {problemText(problem.code)}
          </li>
        ))}
      </ul>
    </section>
  )
}
