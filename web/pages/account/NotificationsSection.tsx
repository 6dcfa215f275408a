import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from '../../../domain/api/account.ts'
import type { Me } from '../../../domain/api/auth.ts'
import {
  type NotificationPreferences,
  notificationKindsFor,
  notificationPreferencesInput,
} from '../../../domain/notifications.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { CheckboxGroupField } from '../../components/form/CheckboxGroupField.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'

const QUERY_KEY = ['account', 'notifications']

/** Which optional mails the person gets; only the kinds that fit their roles are offered. */
export function NotificationsSection({ user }: { user: Me }) {
  const { t } = useTranslation()
  const preferences = useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => callApi(getNotificationPreferences, {}),
  })
  return (
    <section aria-labelledby="meldingen" className="rk-section">
      <Heading2 id="meldingen">{t('account.notifications.title')}</Heading2>
      <Paragraph>{t('account.notifications.intro')}</Paragraph>
      <Paragraph>{t('account.notifications.always')}</Paragraph>
      {preferences.isPending && <Loading />}
      {preferences.isError && <ErrorAlert error={preferences.error} />}
      {preferences.data && <PreferencesForm user={user} preferences={preferences.data} />}
    </section>
  )
}

function PreferencesForm({
  user,
  preferences,
}: {
  user: Me
  preferences: NotificationPreferences
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [saved, setSaved] = useState(false)
  const kinds = notificationKindsFor(user.roles)
  const form = useForm('meldingen', {
    enabled: preferences.notifications.filter((n) => n.enabled).map((n) => n.kind) as string[],
  })
  if (kinds.length === 0) return <Paragraph>{t('account.notifications.none')}</Paragraph>

  const onSubmit = form.handleSubmit({
    schema: notificationPreferencesInput,
    toInput: (values) => ({
      notifications: kinds.map((kind) => ({ kind, enabled: values.enabled.includes(kind) })),
    }),
    onValid: async (input) => {
      setSaved(false)
      const updated = await callApi(updateNotificationPreferences, { body: input })
      queryClient.setQueryData(QUERY_KEY, updated)
      setSaved(true)
    },
  })

  return (
    <form noValidate onSubmit={onSubmit} className="rk-form">
      <ErrorSummary form={form} headingLevel={3} />
      {saved && (
        <Alert type="ok">
          <Paragraph>{t('account.notifications.saved')}</Paragraph>
        </Alert>
      )}
      <CheckboxGroupField
        form={form}
        name="enabled"
        legend={t('account.notifications.legend')}
        options={kinds.map((kind) => ({
          value: kind,
          label: t(`account.notifications.kinds.${kind}`),
        }))}
      />
      <SubmitButton busy={form.busy}>{t('account.notifications.submit')}</SubmitButton>
    </form>
  )
}
