import { useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Button,
  ButtonGroup,
  Heading2,
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
import {
  revokeRouteShare,
  routeShareInput,
  shareRoute,
} from '../../../domain/api/learning-routes.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { type Announcement, LiveStatus, StatusMessage } from '../../components/StatusMessage.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { shareTargetsQuery } from '../self-scans/queries.ts'
import { refreshRoute, routeSharesQuery } from './queries.ts'

/** Value of the coach choice that asks for an e-mail address instead. */
const BY_EMAIL = 'e-mail'

/**
 * For the owner: share the goals and route with their own manager or a coach (the people the
 * zelfscan offers too), with whom it is shared (and stop), and every view. Nothing is shared
 * by default.
 */
export function RouteSharePanel() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const targets = useQuery(shareTargetsQuery)
  const shares = useQuery(routeSharesQuery)
  const [done, setDone] = useState<string | null>(null)
  const form = useForm('route-delen', { role: 'manager', granteeId: '', email: '' })
  const { role, granteeId } = form.values
  const people = (role === 'manager' ? targets.data?.managers : targets.data?.coaches) ?? []
  const byEmail = role === 'coach' && (granteeId === BY_EMAIL || people.length === 0)

  const onSubmit = form.handleSubmit({
    schema: routeShareInput,
    toInput: (values) =>
      byEmail ? { email: values.email } : { granteeId: values.granteeId || undefined },
    onValid: async (input) => {
      setDone(null)
      const share = await callApi(shareRoute, { body: input })
      await refreshRoute(queryClient)
      form.reset({ ...form.values, granteeId: '', email: '' })
      setDone(t('learningRoute.share.done', { name: share.grantee.name }))
    },
  })

  return (
    <section aria-labelledby="route-delen-titel" className="rk-section rk-share">
      <Heading2 id="route-delen-titel">{t('learningRoute.share.title')}</Heading2>
      <Paragraph className="rk-prose">{t('learningRoute.share.intro')}</Paragraph>
      {done && (
        <StatusMessage>
          <Paragraph>{done}</Paragraph>
        </StatusMessage>
      )}
      {targets.isPending && <Loading />}
      {targets.isError && <ErrorAlert error={targets.error} />}
      {targets.data && (
        <form noValidate onSubmit={onSubmit} className="rk-form">
          <ErrorSummary form={form} headingLevel={3} />
          <RadioGroupField
            form={form}
            name="role"
            legend={t('learningRoute.share.with')}
            options={[
              { value: 'manager', label: t('learningRoute.share.manager') },
              { value: 'coach', label: t('learningRoute.share.coach') },
            ]}
          />
          {role === 'manager' && people.length === 0 ? (
            <Paragraph>{t('learningRoute.share.noManagers')}</Paragraph>
          ) : (
            !(role === 'coach' && people.length === 0) && (
              <SelectField
                form={form}
                name="granteeId"
                label={
                  role === 'manager'
                    ? t('learningRoute.share.whichManager')
                    : t('learningRoute.share.whichCoach')
                }
                options={[
                  { value: '', label: t('learningRoute.share.choose') },
                  ...people.map((person) => ({ value: person.id, label: person.name })),
                  ...(role === 'coach'
                    ? [{ value: BY_EMAIL, label: t('learningRoute.share.otherCoach') }]
                    : []),
                ]}
              />
            )
          )}
          {byEmail && (
            <TextField
              form={form}
              name="email"
              type="email"
              autoComplete="off"
              label={t('learningRoute.share.coachEmail')}
              description={t('learningRoute.share.coachEmailHint')}
            />
          )}
          <Paragraph>{t('learningRoute.share.what')}</Paragraph>
          <SubmitButton busy={form.busy}>{t('learningRoute.share.submit')}</SubmitButton>
        </form>
      )}
      {shares.isError && <ErrorAlert error={shares.error} />}
      {shares.data && <RouteShares shares={shares.data.shares} />}
      {shares.data && <RouteViews views={shares.data.views} />}
    </section>
  )
}

type Share = {
  id: string
  grantee: { name: string; email: string }
  granteeRole: 'manager' | 'coach'
  createdAt: string
  revokedAt: string | null
}

function RouteShares({ shares }: { shares: Share[] }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)

  async function revoke(share: Share) {
    setBusy(true)
    setError(null)
    try {
      await callApi(revokeRouteShare, { params: { shareId: share.id } })
      await refreshRoute(queryClient)
      setConfirming(null)
      setAnnouncement({
        type: 'ok',
        text: t('learningRoute.shares.revoked', { name: share.grantee.name }),
        at: Date.now(),
      })
      requestAnimationFrame(() => focusFirst(['route-gedeeld-titel']))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Heading3 id="route-gedeeld-titel">{t('learningRoute.shares.title')}</Heading3>
      <LiveStatus announcement={announcement} />
      {error !== null && <ErrorAlert error={error} />}
      {shares.length === 0 ? (
        <Paragraph>{t('learningRoute.shares.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('learningRoute.shares.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('learningRoute.shares.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learningRoute.shares.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.shares.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.shares.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shares.map((share) => (
                <TableRow key={share.id}>
                  <TableHeaderCell scope="row">
                    {share.grantee.name} ({t(`learningRoute.share.${share.granteeRole}`)})
                    <br />
                    <span className="rk-muted">{share.grantee.email}</span>
                  </TableHeaderCell>
                  <TableCell>{formatDate(share.createdAt, lang)}</TableCell>
                  <TableCell>
                    {share.revokedAt ? (
                      t('learningRoute.shares.stoppedOn', {
                        date: formatDate(share.revokedAt, lang),
                      })
                    ) : confirming === share.id ? (
                      <div className="rk-confirm rk-confirm--inline">
                        <Paragraph id={`route-stoppen-${share.id}`}>
                          {t('learningRoute.shares.question', { name: share.grantee.name })}
                        </Paragraph>
                        <ButtonGroup>
                          <Button
                            type="button"
                            appearance="primary-action-button"
                            hint="danger"
                            busy={busy}
                            aria-describedby={`route-stoppen-${share.id}`}
                            onClick={() => revoke(share)}
                          >
                            {t('learningRoute.shares.confirm')}
                          </Button>
                          <Button
                            type="button"
                            appearance="secondary-action-button"
                            onClick={() => {
                              setConfirming(null)
                              requestAnimationFrame(() => focusFirst([`route-stop-${share.id}`]))
                            }}
                          >
                            {t('learningRoute.shares.cancel')}
                          </Button>
                        </ButtonGroup>
                      </div>
                    ) : (
                      <>
                        {t('learningRoute.shares.active')}{' '}
                        <Button
                          id={`route-stop-${share.id}`}
                          type="button"
                          appearance="secondary-action-button"
                          onClick={() => {
                            setConfirming(share.id)
                            requestAnimationFrame(() => focusFirst([`route-stoppen-${share.id}`]))
                          }}
                        >
                          {t('learningRoute.shares.stop')}
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

/** Every time someone else opened the route: who (or "deleted account") and when. */
function RouteViews({ views }: { views: { viewer: string | null; viewedAt: string }[] }) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <Heading3>{t('learningRoute.views.title')}</Heading3>
      {views.length === 0 ? (
        <Paragraph>{t('learningRoute.views.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('learningRoute.views.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('learningRoute.views.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learningRoute.views.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.views.when')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {views.map((view, index) => (
                // Views have no id of their own; the log is append-only, so the place is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <TableRow key={index}>
                  <TableCell>{view.viewer ?? t('learningRoute.views.deleted')}</TableCell>
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
