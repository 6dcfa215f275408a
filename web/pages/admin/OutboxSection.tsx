import { useQuery } from '@tanstack/react-query'
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { adminListOutbox } from '../../../domain/api/admin.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'

/** Mail kept in the outbox when no SMTP server is set; the admin can read it here. */
export function OutboxSection() {
  const { t, i18n } = useTranslation()
  const outbox = useQuery({
    queryKey: ['admin', 'outbox'],
    queryFn: () => callApi(adminListOutbox, {}),
  })
  return (
    <section aria-labelledby="mail" className="rk-section">
      <Heading2 id="mail">{t('admin.sections.mail')}</Heading2>
      {outbox.isPending && <Loading />}
      {outbox.isError && <ErrorAlert error={outbox.error} />}
      {outbox.data && (
        <>
          <Alert type={outbox.data.smtpConfigured ? 'info' : 'warning'}>
            <Paragraph>
              {outbox.data.smtpConfigured ? t('admin.outbox.smtp') : t('admin.outbox.noSmtp')}
            </Paragraph>
          </Alert>
          {outbox.data.messages.length === 0 && <Paragraph>{t('admin.outbox.empty')}</Paragraph>}
          <ul className="rk-card-list">
            {outbox.data.messages.map((message) => (
              <li key={message.id} className="rk-card">
                <Heading3>{message.subject}</Heading3>
                <dl className="rk-meta">
                  <div>
                    <dt>{t('admin.outbox.to')}</dt>
                    <dd>{message.to}</dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.date')}</dt>
                    <dd>{formatDateTime(message.createdAt, i18n.language)}</dd>
                  </div>
                </dl>
                <details className="rk-details">
                  <summary>{t('admin.outbox.showText')}</summary>
                  <pre className="rk-pre">{message.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
