import {
  Button,
  ButtonGroup,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { formatDate } from '../../components/format.ts'
import { type Announcement, LiveStatus } from '../../components/StatusMessage.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { ListTable } from './ListTable.tsx'
import type { ScopeTexts, Share, SharingTexts } from './types.ts'

/**
 * With whom something is shared (and was), each active share with "stop sharing" behind a
 * question. Ids start with `idPrefix`, so two features' lists never share one.
 */
export function SharesList<S extends Share>(props: {
  shares: S[]
  texts: SharingTexts
  scopeTexts?: ScopeTexts | undefined
  idPrefix: string
  /** Stops the share and refreshes what shows it; the caller's API call. */
  revoke: (share: S) => Promise<void>
}) {
  const { shares, texts, scopeTexts, idPrefix } = props
  const { t, i18n } = useTranslation()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const lang = i18n.language
  const titleId = `${idPrefix}gedeeld-titel`
  const stopId = (share: Share) => `${idPrefix}stop-${share.id}`
  const questionId = (share: Share) => `${idPrefix}stoppen-${share.id}`

  async function revoke(share: S) {
    setBusy(true)
    setError(null)
    try {
      await props.revoke(share)
      setConfirming(null)
      setAnnouncement({
        type: 'ok',
        text: t(`${texts}.shares.revoked`, { name: share.grantee.name }),
        at: Date.now(),
      })
      requestAnimationFrame(() => focusFirst([titleId]))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  function status(share: S) {
    if (share.revokedAt) {
      return t(`${texts}.shares.stoppedOn`, { date: formatDate(share.revokedAt, lang) })
    }
    if (confirming === share.id) {
      return (
        <div className="rk-confirm rk-confirm--inline">
          <Paragraph id={questionId(share)}>
            {t(`${texts}.shares.question`, { name: share.grantee.name })}
          </Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              hint="danger"
              busy={busy}
              aria-describedby={questionId(share)}
              onClick={() => revoke(share)}
            >
              {t(`${texts}.shares.confirm`)}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setConfirming(null)
                requestAnimationFrame(() => focusFirst([stopId(share)]))
              }}
            >
              {t(`${texts}.shares.cancel`)}
            </Button>
          </ButtonGroup>
        </div>
      )
    }
    return (
      <>
        {t(`${texts}.shares.active`)}{' '}
        <Button
          id={stopId(share)}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setConfirming(share.id)
            requestAnimationFrame(() => focusFirst([questionId(share)]))
          }}
        >
          {t(`${texts}.shares.stop`)}
          <VisuallyHidden>: {share.grantee.name}</VisuallyHidden>
        </Button>
      </>
    )
  }

  return (
    <ListTable
      title={t(`${texts}.shares.title`)}
      headingId={titleId}
      status={
        <>
          <LiveStatus announcement={announcement} />
          {error !== null && <ErrorAlert error={error} />}
        </>
      }
      empty={t(`${texts}.shares.none`)}
      columns={[
        t(`${texts}.shares.person`),
        scopeTexts && t(`${scopeTexts}.shares.scope`),
        t(`${texts}.shares.since`),
        t(`${texts}.shares.status`),
      ]}
      rows={shares.map((share) => (
        <TableRow key={share.id}>
          <TableHeaderCell scope="row">
            {share.grantee.name} ({t(`${texts}.share.${share.granteeRole}`)})
            <br />
            <span className="rk-muted">{share.grantee.email}</span>
          </TableHeaderCell>
          {scopeTexts && (
            <TableCell>{share.scope && t(`${scopeTexts}.scope.${share.scope}`)}</TableCell>
          )}
          <TableCell>{formatDate(share.createdAt, lang)}</TableCell>
          <TableCell>{status(share)}</TableCell>
        </TableRow>
      ))}
    />
  )
}
