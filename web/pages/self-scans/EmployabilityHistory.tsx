import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteCheck } from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { formatDate } from '../../components/format.ts'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { bandLabel } from './EmployabilityResults.tsx'
import {
  checksQuery,
  type EmployabilityCheck,
  type EmployabilityContent,
} from './employability-queries.ts'
import { formatScore, localised } from './format.ts'

/**
 * Every submitted check, newest first, with its band per dimension: change over time at a
 * glance. Each row opens its full result or is deleted, after a question.
 */
export function EmployabilityHistory({
  content,
  checks,
  shown,
}: {
  content: EmployabilityContent
  checks: readonly EmployabilityCheck[]
  shown: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<EmployabilityCheck | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [deleted, setDeleted] = useState<string | null>(null)

  const date = (check: EmployabilityCheck) => formatDate(check.submittedAt ?? check.startedAt, lang)

  async function remove(check: EmployabilityCheck) {
    setBusy(true)
    setError(null)
    try {
      await callApi(deleteCheck, { params: { checkId: check.id } })
      await queryClient.invalidateQueries({ queryKey: checksQuery.queryKey })
      setConfirming(null)
      setDeleted(date(check))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="eerdere-checks" className="rk-section">
      <Heading2 id="eerdere-checks">{t('employability.history.title')}</Heading2>
      {deleted && (
        <StatusMessage>
          <Paragraph>{t('employability.history.deleted', { date: deleted })}</Paragraph>
        </StatusMessage>
      )}
      {checks.length === 0 ? (
        <Paragraph>{t('employability.history.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('employability.history.intro')}</Paragraph>
          <ScrollTable label={t('employability.history.title')}>
            <Table>
              <TableCaption className="rk-visually-hidden">
                {t('employability.history.title')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('employability.history.date')}</TableHeaderCell>
                  {content.dimensions.map((dimension) => (
                    <TableHeaderCell key={dimension.id} scope="col">
                      {localised(dimension.title, lang)}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col">
                    {t('employability.history.actions')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {checks.map((check) => (
                  <TableRow key={check.id}>
                    <TableHeaderCell scope="row">
                      {date(check)}
                      {check.id === shown && (
                        <span className="rk-history__shown">
                          {' '}
                          {t('employability.history.shown')}
                        </span>
                      )}
                    </TableHeaderCell>
                    {content.dimensions.map((dimension) => {
                      const result = check.results.find((r) => r.id === dimension.id)
                      return (
                        <TableCell key={dimension.id}>
                          {bandLabel(content, result?.band ?? null, lang)} (
                          {formatScore(result?.score ?? null, lang)})
                        </TableCell>
                      )
                    })}
                    <TableCell>
                      <div className="rk-button-row">
                        {check.id !== shown && (
                          <AppLink to="/inzetbaarheid" search={{ check: check.id }}>
                            {t('employability.history.open')}
                            <VisuallyHidden>: {date(check)}</VisuallyHidden>
                          </AppLink>
                        )}
                        <Button
                          id={`verwijder-${check.id}`}
                          type="button"
                          appearance="subtle-button"
                          className="rk-small-button"
                          onClick={() => {
                            setDeleted(null)
                            setError(null)
                            setConfirming(check)
                          }}
                        >
                          {t('employability.history.delete')}
                          <VisuallyHidden>: {date(check)}</VisuallyHidden>
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTable>
        </>
      )}
      {confirming && (
        <ConfirmAction
          key={confirming.id}
          id="verwijderen-vraag"
          question={t('employability.history.question', { date: date(confirming) })}
          consequence={t('employability.history.questionText')}
          confirmLabel={t('employability.history.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          error={error}
          onConfirm={() => remove(confirming)}
          onCancel={() => setConfirming(null)}
          returnFocusTo={[`verwijder-${confirming.id}`]}
        />
      )}
    </section>
  )
}
