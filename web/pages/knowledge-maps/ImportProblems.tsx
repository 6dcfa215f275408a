import { Heading, Paragraph } from '@utrecht/component-library-react'
import i18n from 'i18next'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Problem } from '../../../domain/api/common.ts'
import { ApiError } from '../../api/client.ts'
import { translateCode } from '../../i18n/dynamic.ts'

export type ImportProblem = NonNullable<Problem['problems']>[number]

/** The problems of a refused import, when the error is one; otherwise null. */
export function importProblemsOf(error: unknown): ImportProblem[] | null {
  return error instanceof ApiError && error.code === 'import_failed'
    ? (error.problem.problems ?? [])
    : null
}

/**
 * Where, in the reader's language: a CSV line and column ("Regel 3, kolom thema"), or an entry
 * of a CASE file ("CFItems, nummer 3, veld fullStatement": the file's own names).
 */
export function problemPlace(problem: ImportProblem): string {
  const t = i18n.t
  const parts: string[] = []
  if (problem.line !== undefined) parts.push(t('maps.import.problems.line', { line: problem.line }))
  if (problem.list !== undefined && problem.list !== 'package') parts.push(problem.list)
  if (problem.index !== undefined)
    parts.push(t('maps.import.problems.entry', { number: problem.index + 1 }))
  if (problem.column !== undefined)
    parts.push(t('maps.import.problems.column', { column: problem.column }))
  if (problem.field !== undefined)
    parts.push(t('maps.import.problems.field', { field: problem.field }))
  return parts.length > 0 ? parts.join(', ') : t('maps.import.problems.file')
}

/** What a problem code means; a code this version does not know gets a general sentence. */
export function problemText(problem: ImportProblem): string {
  return translateCode('maps.import.codes', problem.code, 'maps.import.codes.unknown', {
    detail: problem.detail ?? '',
    count: Number(problem.detail ?? 0),
    code: problem.code,
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
            <strong>{problemPlace(problem)}:</strong> {problemText(problem)}
          </li>
        ))}
      </ul>
    </section>
  )
}
