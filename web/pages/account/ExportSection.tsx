import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { exportAccount } from '../../../domain/api/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'

/** "routekaart-gegevens-2026-11-25.json": the date says which moment the copy shows. */
export function exportFileName(now: Date): string {
  return `routekaart-gegevens-${now.toISOString().slice(0, 10)}.json`
}

/**
 * Download all personal data as one JSON file (the AVG right of access). The file is made in
 * the browser from the API's answer, so it never passes through a third party.
 */
export function ExportSection() {
  const { t } = useTranslation()
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [error, setError] = useState<unknown>(null)

  const download = async () => {
    if (state === 'busy') return
    setState('busy')
    setError(null)
    try {
      const data = await callApi(exportAccount, {})
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = exportFileName(new Date())
      document.body.append(link)
      link.click()
      link.remove()
      // Give the browser a moment to start the download before the URL is released.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setState('done')
    } catch (caught) {
      setError(caught)
      setState('idle')
    }
  }

  return (
    <section aria-labelledby="gegevens" className="rk-section">
      <Heading2 id="gegevens">{t('account.export.title')}</Heading2>
      <Paragraph>{t('account.export.intro')}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      {state === 'done' && (
        <Alert type="ok">
          <Paragraph>{t('account.export.done')}</Paragraph>
        </Alert>
      )}
      <Button
        type="button"
        appearance="secondary-action-button"
        busy={state === 'busy'}
        onClick={download}
      >
        {t('account.export.submit')}
      </Button>
    </section>
  )
}
