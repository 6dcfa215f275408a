import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteScan } from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
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
        <ConfirmAction
          id="verwijderen-vraag"
          question={t('selfScans.delete.question', { title })}
          consequence={t('selfScans.delete.questionText')}
          confirmLabel={t('selfScans.delete.confirm')}
          cancelLabel={t('selfScans.delete.cancel')}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
          returnFocusTo={['scan-verwijderen']}
        />
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
