import { useQueryClient } from '@tanstack/react-query'
import { Button } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  archiveOffering,
  markOfferingReviewed,
  type OfferingSummary,
  restoreOffering,
} from '../../../domain/api/catalogue.ts'
import { callApi } from '../../api/client.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { AppButtonLink } from '../../components/links.tsx'
import { forgetCatalogue } from './queries.ts'

/**
 * Change, "still correct", archive (after a question) or restore one offering. The outcome is
 * said in the live region the page passes in, so a screen reader hears it where the person is.
 */
export function OfferingActions({
  offering,
  onDone,
}: {
  offering: Pick<OfferingSummary, 'id' | 'title' | 'archived'>
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [asking, setAsking] = useState(false)
  const params = { offeringId: offering.id }
  const archiveId = `archiveren-${offering.id}`

  const act = async (change: 'reviewed' | 'archive' | 'restore') => {
    setBusy(true)
    setError(null)
    try {
      if (change === 'reviewed') await callApi(markOfferingReviewed, { params })
      if (change === 'archive') await callApi(archiveOffering, { params })
      if (change === 'restore') await callApi(restoreOffering, { params })
      await forgetCatalogue(queryClient)
      setAsking(false)
      const key = { reviewed: 'reviewedDone', archive: 'archivedDone', restore: 'restoredDone' }
      onDone(
        t(`catalogue.detail.${key[change]}` as 'catalogue.detail.reviewedDone', {
          title: offering.title,
        }),
      )
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  if (asking) {
    return (
      <ConfirmAction
        id={`${archiveId}-vraag`}
        headingLevel={2}
        question={t('catalogue.detail.archiveQuestion', { title: offering.title })}
        consequence={t('catalogue.detail.archiveExplain')}
        confirmLabel={t('catalogue.detail.archiveConfirm')}
        cancelLabel={t('common.cancel')}
        danger={false}
        busy={busy}
        error={error}
        onConfirm={() => void act('archive')}
        onCancel={() => setAsking(false)}
        returnFocusTo={[archiveId]}
      />
    )
  }

  return (
    <div className="rk-button-row">
      <AppButtonLink
        to="/opleidingsaanbod/$offeringId/bewerken"
        params={params}
        appearance="secondary-action-button"
        aria-label={`${t('catalogue.detail.edit')}: ${offering.title}`}
      >
        {t('catalogue.detail.edit')}
      </AppButtonLink>
      {offering.archived ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          aria-label={`${t('catalogue.detail.restore')}: ${offering.title}`}
          onClick={() => void act('restore')}
        >
          {t('catalogue.detail.restore')}
        </Button>
      ) : (
        <>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            aria-label={`${t('catalogue.detail.markReviewed')}: ${offering.title}`}
            onClick={() => void act('reviewed')}
          >
            {t('catalogue.detail.markReviewed')}
          </Button>
          <Button
            id={archiveId}
            type="button"
            appearance="subtle-button"
            disabled={busy}
            aria-label={`${t('catalogue.detail.archive')}: ${offering.title}`}
            onClick={() => {
              setError(null)
              setAsking(true)
            }}
          >
            {t('catalogue.detail.archive')}
          </Button>
        </>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </div>
  )
}
