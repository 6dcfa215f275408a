import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shareScan } from '../../../domain/api/self-scans.ts'
import { shareInput } from '../../../domain/schemas/self-scans.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { refreshScans, sharesQuery, shareTargetsQuery } from './queries.ts'
import { SharesList, ViewLog } from './SharesList.tsx'

/** Value of the coach choice that asks for an e-mail address instead. */
const BY_EMAIL = 'e-mail'

/**
 * For the owner: share the summary or the full report with their manager or a coach, see
 * with whom it is shared (and stop), and who looked at it. Nothing is shared by default.
 */
export function SharePanel({ scanId }: { scanId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const targets = useQuery(shareTargetsQuery)
  const shares = useQuery(sharesQuery(scanId))
  const [done, setDone] = useState<string | null>(null)
  const form = useForm('delen', { role: 'manager', granteeId: '', email: '', scope: 'summary' })
  const { role, granteeId } = form.values
  const people = (role === 'manager' ? targets.data?.managers : targets.data?.coaches) ?? []
  const byEmail = role === 'coach' && (granteeId === BY_EMAIL || people.length === 0)

  const personOptions = [
    { value: '', label: t('selfScans.share.choose') },
    ...people.map((person) => ({ value: person.id, label: person.name })),
    ...(role === 'coach' && people.length > 0
      ? [{ value: BY_EMAIL, label: t('selfScans.share.otherCoach') }]
      : []),
  ]

  const onSubmit = form.handleSubmit({
    schema: shareInput,
    toInput: (values) =>
      byEmail
        ? { email: values.email, scope: values.scope }
        : { granteeId: values.granteeId || undefined, scope: values.scope },
    onValid: async (input) => {
      setDone(null)
      const share = await callApi(shareScan, { params: { scanId }, body: input })
      await refreshScans(queryClient)
      form.reset({ ...form.values, granteeId: '', email: '' })
      setDone(
        t('selfScans.share.done', {
          name: share.grantee.name,
          scope: t(`selfScans.scope.${share.scope}`),
        }),
      )
    },
  })

  return (
    <section aria-labelledby="delen-titel" className="rk-section rk-share rk-no-print">
      <Heading2 id="delen-titel">{t('selfScans.share.title')}</Heading2>
      <Paragraph className="rk-prose">{t('selfScans.share.intro')}</Paragraph>
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
            legend={t('selfScans.share.with')}
            options={[
              { value: 'manager', label: t('selfScans.share.manager') },
              { value: 'coach', label: t('selfScans.share.coach') },
            ]}
          />
          {role === 'manager' && people.length === 0 ? (
            <Paragraph>{t('selfScans.share.noManagers')}</Paragraph>
          ) : (
            !(role === 'coach' && people.length === 0) && (
              <SelectField
                form={form}
                name="granteeId"
                label={
                  role === 'manager'
                    ? t('selfScans.share.whichManager')
                    : t('selfScans.share.whichCoach')
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
              label={t('selfScans.share.coachEmail')}
              description={t('selfScans.share.coachEmailHint')}
            />
          )}
          <RadioGroupField
            form={form}
            name="scope"
            legend={t('selfScans.share.what')}
            options={[
              { value: 'summary', label: t('selfScans.share.summary') },
              { value: 'full', label: t('selfScans.share.full') },
            ]}
          />
          <SubmitButton busy={form.busy}>{t('selfScans.share.submit')}</SubmitButton>
        </form>
      )}
      {shares.isError && <ErrorAlert error={shares.error} />}
      {shares.data && <SharesList scanId={scanId} shares={shares.data.shares} />}
      {shares.data && <ViewLog views={shares.data.views} />}
    </section>
  )
}
