import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  ButtonGroup,
  Heading3,
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
import type { z } from 'zod'
import { revokeShare, type shareSchema, type viewSchema } from '../../../domain/api/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { type Announcement, LiveStatus } from '../../components/StatusMessage.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { refreshScans } from './queries.ts'

type Share = z.infer<typeof shareSchema>
type View = z.infer<typeof viewSchema>

/** With whom the scan is shared (and was), each active share with "stop sharing". */
export function SharesList({ scanId, shares }: { scanId: string; shares: Share[] }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const lang = i18n.language

  async function revoke(share: Share) {
    setBusy(true)
    setError(null)
    try {
      await callApi(revokeShare, { params: { scanId, shareId: share.id } })
      await refreshScans(queryClient)
      setConfirming(null)
      setAnnouncement({
        type: 'ok',
        text: t('selfScans.shares.revoked', { name: share.grantee.name }),
        at: Date.now(),
      })
      requestAnimationFrame(() => focusFirst(['gedeeld-titel']))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Heading3 id="gedeeld-titel">{t('selfScans.shares.title')}</Heading3>
      <LiveStatus announcement={announcement} />
      {error !== null && <ErrorAlert error={error} />}
      {shares.length === 0 ? (
        <Paragraph>{t('selfScans.shares.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('selfScans.shares.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('selfScans.shares.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('selfScans.shares.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.shares.scope')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.shares.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.shares.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shares.map((share) => (
                <TableRow key={share.id}>
                  <TableHeaderCell scope="row">
                    {share.grantee.name} ({t(`selfScans.share.${share.granteeRole}`)})
                    <br />
                    <span className="rk-muted">{share.grantee.email}</span>
                  </TableHeaderCell>
                  <TableCell>{t(`selfScans.scope.${share.scope}`)}</TableCell>
                  <TableCell>{formatDate(share.createdAt, lang)}</TableCell>
                  <TableCell>
                    {share.revokedAt ? (
                      t('selfScans.shares.stoppedOn', { date: formatDate(share.revokedAt, lang) })
                    ) : confirming === share.id ? (
                      <div className="rk-confirm rk-confirm--inline">
                        <Paragraph id={`stoppen-${share.id}`}>
                          {t('selfScans.shares.question', { name: share.grantee.name })}
                        </Paragraph>
                        <ButtonGroup>
                          <Button
                            type="button"
                            appearance="primary-action-button"
                            hint="danger"
                            busy={busy}
                            aria-describedby={`stoppen-${share.id}`}
                            onClick={() => revoke(share)}
                          >
                            {t('selfScans.shares.confirm')}
                          </Button>
                          <Button
                            type="button"
                            appearance="secondary-action-button"
                            onClick={() => {
                              setConfirming(null)
                              requestAnimationFrame(() => focusFirst([`stop-${share.id}`]))
                            }}
                          >
                            {t('selfScans.shares.cancel')}
                          </Button>
                        </ButtonGroup>
                      </div>
                    ) : (
                      <>
                        {t('selfScans.shares.active')}{' '}
                        <Button
                          id={`stop-${share.id}`}
                          type="button"
                          appearance="secondary-action-button"
                          onClick={() => {
                            setConfirming(share.id)
                            requestAnimationFrame(() => focusFirst([`stoppen-${share.id}`]))
                          }}
                        >
                          {t('selfScans.shares.stop')}
                          <VisuallyHidden>: {share.grantee.name}</VisuallyHidden>
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  )
}

/** Every time someone else opened the report: who (or "deleted account"), what, how and when. */
export function ViewLog({ views }: { views: View[] }) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <Heading3 id="bekeken-titel">{t('selfScans.views.title')}</Heading3>
      {views.length === 0 ? (
        <Paragraph>{t('selfScans.views.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('selfScans.views.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">{t('selfScans.views.title')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('selfScans.views.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.views.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.views.how')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('selfScans.views.when')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {views.map((view, index) => (
                // Views have no id of their own; the log is append-only, so the place is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <TableRow key={index}>
                  <TableCell>{view.viewer ?? t('selfScans.views.deleted')}</TableCell>
                  <TableCell>{t(`selfScans.scope.${view.scope}`)}</TableCell>
                  <TableCell>{t(`selfScans.views.formats.${view.format}`)}</TableCell>
                  <TableCell>{formatDateTime(view.viewedAt, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  )
}
