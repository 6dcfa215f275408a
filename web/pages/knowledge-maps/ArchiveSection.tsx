import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { archiveKnowledgeMap, restoreKnowledgeMap } from '../../../domain/api/knowledge-maps.ts'
import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'

/**
 * For the programme team on a map's page: archive the map (with a question first), or bring an
 * archived map back. The result is said in a status message that takes focus.
 */
export function ArchiveSection({ map }: { map: MapTree['map'] }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const archived = map.state === 'archived'
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState<'archived' | 'restored' | null>(null)

  async function act(action: 'archive' | 'restore') {
    setBusy(true)
    setError(null)
    try {
      const contract = action === 'archive' ? archiveKnowledgeMap : restoreKnowledgeMap
      await callApi(contract, { params: { slug: map.slug } })
      await queryClient.invalidateQueries({ queryKey: ['knowledge-maps'] })
      setConfirming(false)
      setDone(action === 'archive' ? 'archived' : 'restored')
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="archiveren-titel" className="rk-archive rk-no-print">
      <Heading2 id="archiveren-titel">{t('maps.archive.title')}</Heading2>
      {done && (
        <StatusMessage>
          <Paragraph>{t(`maps.archive.done.${done}`, { title: map.title })}</Paragraph>
        </StatusMessage>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {archived ? (
        <>
          <Paragraph>{t('maps.archive.restoreIntro')}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={busy}
            onClick={() => act('restore')}
          >
            {t('maps.archive.restore')}
          </Button>
        </>
      ) : confirming ? (
        <ConfirmAction
          id="archiveren-vraag"
          question={t('maps.archive.question', { title: map.title })}
          consequence={t('maps.archive.questionText')}
          confirmLabel={t('maps.archive.confirm')}
          cancelLabel={t('maps.archive.cancel')}
          danger={false}
          busy={busy}
          onConfirm={() => act('archive')}
          onCancel={() => setConfirming(false)}
          returnFocusTo={['archiveren']}
        />
      ) : (
        <>
          <Paragraph>{t('maps.archive.intro')}</Paragraph>
          <Button
            id="archiveren"
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setDone(null)
              setConfirming(true)
            }}
          >
            {t('maps.archive.open')}
          </Button>
        </>
      )}
    </section>
  )
}
