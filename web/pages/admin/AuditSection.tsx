import { useQuery } from '@tanstack/react-query'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { adminListAudit } from '../../../domain/api/admin.ts'
import { callApi } from '../../api/client.ts'
import { AuditTable } from '../../components/AuditTable.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'

/** The security log of the whole installation. */
export function AuditSection() {
  const { t } = useTranslation()
  const audit = useQuery({
    queryKey: ['admin', 'audit-log'],
    queryFn: () => callApi(adminListAudit, {}),
  })
  return (
    <section aria-labelledby="auditlog" className="rk-section">
      <Heading2 id="auditlog">{t('admin.sections.auditlog')}</Heading2>
      <Paragraph>{t('admin.audit.intro')}</Paragraph>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorAlert error={audit.error} />}
      {audit.data?.entries.length === 0 && <Paragraph>{t('admin.audit.empty')}</Paragraph>}
      {audit.data && audit.data.entries.length > 0 && (
        <AuditTable
          entries={audit.data.entries}
          caption={t('admin.sections.auditlog')}
          withPeople
        />
      )}
    </section>
  )
}
