import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteScan } from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { showFlash } from '../../components/flash.ts'
import { refreshScans } from './queries.ts'

/** For the owner: delete the scan, with its shares and view log, after a question. */
export function DeleteScanSection({ scanId, title }: { scanId: string; title: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const question = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (confirming) question.current?.focus()
  }, [confirming])

  async function remove() {
    setBusy(true)
    setError(null)
    try {
      await callApi(deleteScan, { params: { scanId } })
      queryClient.removeQueries({ queryKey: ['self-scans', 'report', scanId] })
      await refreshScans(queryClient)
      showFlash({ type: 'ok', message: t('selfScans.delete.done', { title }), path: '/zelfscan' })
      await navigate({ to: '/zelfscan' })
    } catch (failure) {
      setError(failure)
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby="verwijderen-titel"
      className="rk-section rk-section--danger rk-no-print"
    >
      <Heading2 id="verwijderen-titel">{t('selfScans.delete.title')}</Heading2>
      {error !== null && <ErrorAlert error={error} />}
      {confirming ? (
        <section className="rk-confirm" aria-labelledby="verwijderen-vraag">
          <Heading3 id="verwijderen-vraag" ref={question} tabIndex={-1}>
            {t('selfScans.delete.question', { title })}
          </Heading3>
          <Paragraph>{t('selfScans.delete.questionText')}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              hint="danger"
              busy={busy}
              onClick={remove}
            >
              {t('selfScans.delete.confirm')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setConfirming(false)
                requestAnimationFrame(() => document.getElementById('scan-verwijderen')?.focus())
              }}
            >
              {t('selfScans.delete.cancel')}
            </Button>
          </ButtonGroup>
        </section>
      ) : (
        <>
          <Paragraph>{t('selfScans.delete.intro')}</Paragraph>
          <Button
            id="scan-verwijderen"
            type="button"
            appearance="secondary-action-button"
            onClick={() => setConfirming(true)}
          >
            {t('selfScans.delete.open')}
          </Button>
        </>
      )}
    </section>
  )
}
