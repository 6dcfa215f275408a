import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CsvProblem } from '../../../domain/api/catalogue.ts'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { translateCode } from '../../i18n/dynamic.ts'

export interface CsvPreviewData {
  rows: { line: number; action: 'create' | 'update'; title: string; problems: CsvProblem[] }[]
  problems: CsvProblem[]
}

/** What a problem code means; some carry a detail (`header_must_be:a,b`) or a count. */
export function csvProblemText(code: string): string {
  const [name = '', detail = ''] = code.split(/:(.*)/s)
  const columns = name.match(/^expected_(\d+)_columns$/)
  if (columns)
    return translateCode('catalogue.csv.codes', 'expected_columns', null, {
      count: Number(columns[1]),
    })
  return translateCode('catalogue.csv.codes', name, 'catalogue.csv.codes.unknown', {
    detail: detail.split(',').join(', '),
    code,
  })
}

/**
 * The checked file: a summary that takes focus (so it is heard at once), problems with the
 * file as a whole, and a table of every line with what would happen and what is wrong.
 */
export function CsvPreview({ preview }: { preview: CsvPreviewData }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const ok = preview.problems.length === 0
  const fileProblems = preview.problems.filter(
    (problem) => !preview.rows.some((row) => row.line === problem.line),
  )
  const place = (problem: CsvProblem) =>
    problem.column ? `${t('catalogue.csv.column', { column: problem.column })}: ` : ''

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="csv-voorbeeld"
      className={ok ? 'rk-section' : 'rk-section rk-error-summary'}
    >
      <Heading2 id="csv-voorbeeld">{t('catalogue.csv.previewTitle')}</Heading2>
      <Paragraph>
        {ok
          ? t('catalogue.csv.allGood', { count: preview.rows.length })
          : t('catalogue.csv.problems', { count: preview.problems.length })}
      </Paragraph>
      {fileProblems.length > 0 && (
        <>
          <Paragraph>{t('catalogue.csv.fileProblems')}</Paragraph>
          <UnorderedList>
            {fileProblems.map((problem) => (
              <UnorderedListItem key={`${problem.line}-${problem.code}`}>
                {t('catalogue.csv.line', { line: problem.line })}: {csvProblemText(problem.code)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {preview.rows.length > 0 && (
        <ScrollTable label={t('catalogue.csv.caption')}>
          <Table>
            <TableCaption className="rk-visually-hidden">{t('catalogue.csv.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                {(['line', 'action', 'title', 'problems'] as const).map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {t(`catalogue.csv.columns.${column}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.rows.map((row) => (
                <TableRow key={row.line}>
                  <TableCell>{row.line}</TableCell>
                  <TableCell>{t(`catalogue.csv.actions.${row.action}`)}</TableCell>
                  <TableCell>{row.title}</TableCell>
                  <TableCell>
                    {row.problems.length === 0 ? (
                      t('catalogue.csv.ok')
                    ) : (
                      <ul className="rk-problems">
                        {row.problems.map((problem) => (
                          <li key={`${problem.column}-${problem.code}`}>
                            {place(problem)}
                            {csvProblemText(problem.code)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </section>
  )
}
