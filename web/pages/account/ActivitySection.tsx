import { useQuery } from '@tanstack/react-query'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { getAccountActivity } from '../../../domain/api/account.ts'
import { callApi } from '../../api/client.ts'
import { AuditTable } from '../../components/AuditTable.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'

/** Recent sign-ins and other security events, so a person notices what they did not do. */
export function ActivitySection() {
  const { t } = useTranslation()
  const activity = useQuery({
    queryKey: ['account', 'activity'],
    queryFn: () => callApi(getAccountActivity, {}),
  })
  return (
    <section aria-labelledby="activiteit" className="rk-section">
      <Heading2 id="activiteit">{t('account.activity.title')}</Heading2>
      <Paragraph>{t('account.activity.intro')}</Paragraph>
      {activity.isPending && <Loading />}
      {activity.isError && <ErrorAlert error={activity.error} />}
      {activity.data?.entries.length === 0 && <Paragraph>{t('account.activity.empty')}</Paragraph>}
      {activity.data && activity.data.entries.length > 0 && (
        <AuditTable entries={activity.data.entries} caption={t('account.activity.title')} />
      )}
    </section>
  )
}
