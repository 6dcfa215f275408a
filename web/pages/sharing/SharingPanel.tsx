import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { shareTargetsQuery } from '../self-scans/queries.ts'
import { SharesList } from './SharesList.tsx'
import type { ScopeTexts, Share, ShareRequest, ShareView, SharingTexts } from './types.ts'
import { ViewLog } from './ViewLog.tsx'

/** Value of the coach choice that asks for an e-mail address instead. */
const BY_EMAIL = 'e-mail'

export interface SharingPanelProps<S extends Share, I extends ShareRequest> {
  texts: SharingTexts
  /** Ask for a scope (summary or full) and show it in the lists; see {@link ScopeTexts}. */
  scopeTexts?: ScopeTexts | undefined
  /** Starts every element and field id ('' for the zelfscan, 'route-' for the leerroute). */
  idPrefix: string
  /** Leave the panel out of the printed page. */
  noPrint?: boolean
  /** The feature's share input schema, the same one its API validates with. */
  schema: z.ZodType<I>
  /** The owner's shares and the views of others. */
  shares: UseQueryResult<{ shares: S[]; views: ShareView[] }>
  /** Shares (the caller's API call) and refreshes what shows it. */
  share: (input: I) => Promise<S>
  /** Stops a share (the caller's API call) and refreshes what shows it. */
  revoke: (share: S) => Promise<void>
}

/**
 * For the owner: share with their own manager or a coach (from the list, or any coach by
 * e-mail address), see with whom it is shared (and stop), and who looked at it. Nothing is
 * shared by default. Texts and ids come from the feature, so each keeps its own.
 *
 * @example <SharingPanel texts="learningRoute" idPrefix="route-" schema={routeShareInput} … />
 */
export function SharingPanel<S extends Share, I extends ShareRequest>(
  props: SharingPanelProps<S, I>,
) {
  const { texts, scopeTexts, idPrefix } = props
  const { t } = useTranslation()
  const targets = useQuery(shareTargetsQuery)
  const user = useUser()
  const [done, setDone] = useState<string | null>(null)
  const form = useForm(`${idPrefix}delen`, {
    role: 'manager',
    granteeId: '',
    email: '',
    scope: 'summary',
  })
  const { role, granteeId } = form.values
  const people = (role === 'manager' ? targets.data?.managers : targets.data?.coaches) ?? []
  const byEmail = role === 'coach' && (granteeId === BY_EMAIL || people.length === 0)

  const personOptions = [
    { value: '', label: t(`${texts}.share.choose`) },
    ...people.map((person) => ({ value: person.id, label: person.name })),
    ...(role === 'coach' && people.length > 0
      ? [{ value: BY_EMAIL, label: t(`${texts}.share.otherCoach`) }]
      : []),
  ]

  const onSubmit = form.handleSubmit({
    schema: props.schema,
    toInput: (values) => ({
      ...(byEmail ? { email: values.email } : { granteeId: values.granteeId || undefined }),
      ...(scopeTexts ? { scope: values.scope } : {}),
    }),
    onValid: async (input) => {
      setDone(null)
      const share = await props.share(input)
      form.reset({ ...form.values, granteeId: '', email: '' })
      setDone(
        scopeTexts && share.scope
          ? t(`${scopeTexts}.share.done`, {
              name: share.grantee.name,
              scope: t(`${scopeTexts}.scope.${share.scope}`),
            })
          : t(`${texts}.share.done`, { name: share.grantee.name }),
      )
    },
  })

  // Say why there is nobody to pick: a membership still waiting for a manager's confirmation
  // is not the same as an organisation without a manager in Routekaart.
  const organisation = user?.organisation ?? null
  const noManagersText = !organisation
    ? t('membership.shareNoOrganisation')
    : organisation.pending
      ? t('membership.sharePending', { organisation: organisation.name })
      : t(`${texts}.share.noManagers`)

  const { shares } = props
  return (
    <section
      aria-labelledby={`${idPrefix}delen-titel`}
      className={props.noPrint ? 'rk-section rk-share rk-no-print' : 'rk-section rk-share'}
    >
      <Heading2 id={`${idPrefix}delen-titel`}>{t(`${texts}.share.title`)}</Heading2>
      <Paragraph className="rk-prose">{t(`${texts}.share.intro`)}</Paragraph>
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
            legend={t(`${texts}.share.with`)}
            options={[
              { value: 'manager', label: t(`${texts}.share.manager`) },
              { value: 'coach', label: t(`${texts}.share.coach`) },
            ]}
          />
          {role === 'manager' && people.length === 0 ? (
            <Paragraph>{noManagersText}</Paragraph>
          ) : (
            !(role === 'coach' && people.length === 0) && (
              <SelectField
                form={form}
                name="granteeId"
                label={
                  role === 'manager'
                    ? t(`${texts}.share.whichManager`)
                    : t(`${texts}.share.whichCoach`)
                }
                options={personOptions}
              />
            )
          )}
          {byEmail && (
            <TextField
              form={form}
              name="email"
              type="email"
              autoComplete="off"
              label={t(`${texts}.share.coachEmail`)}
              description={t(`${texts}.share.coachEmailHint`)}
            />
          )}
          {scopeTexts ? (
            <RadioGroupField
              form={form}
              name="scope"
              legend={t(`${scopeTexts}.share.what`)}
              options={[
                { value: 'summary', label: t(`${scopeTexts}.share.summary`) },
                { value: 'full', label: t(`${scopeTexts}.share.full`) },
              ]}
            />
          ) : (
            <Paragraph>{t(`${texts}.share.what`)}</Paragraph>
          )}
          <SubmitButton busy={form.busy}>{t(`${texts}.share.submit`)}</SubmitButton>
        </form>
      )}
      {shares.isError && <ErrorAlert error={shares.error} />}
      {shares.data && (
        <SharesList
          shares={shares.data.shares}
          texts={texts}
          scopeTexts={scopeTexts}
          idPrefix={idPrefix}
          revoke={props.revoke}
        />
      )}
      {shares.data && (
        <ViewLog
          views={shares.data.views}
          texts={texts}
          scopeTexts={scopeTexts}
          headingId={`${idPrefix}bekeken-titel`}
        />
      )}
    </section>
  )
}
