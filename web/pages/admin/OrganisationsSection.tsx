import { useQuery } from '@tanstack/react-query'
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { adminListOrganisations } from '../../../domain/api/admin.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { translateCode } from '../../i18n/dynamic.ts'
import { OrganisationForm } from './OrganisationForm.tsx'

export const adminOrganisationsKey = ['admin', 'organisations']

/** All archive institutions with their number of members; add one, or change one. */
export function OrganisationsSection() {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const [saved, setSaved] = useState<{ name: string; at: number } | null>(null)
  const organisations = useQuery({
    queryKey: adminOrganisationsKey,
    queryFn: () => callApi(adminListOrganisations, {}),
  })
  const current = organisations.data?.organisations.find((org) => org.id === editing)

  const done = (name: string) => {
    setEditing(null)
    setSaved({ name, at: Date.now() })
  }

  return (
    <section aria-labelledby="organisaties" className="rk-section">
      <Heading2 id="organisaties">{t('admin.sections.organisaties')}</Heading2>
      {saved && (
        <StatusMessage key={saved.at}>
          <Paragraph>{t('admin.organisations.saved', { name: saved.name })}</Paragraph>
        </StatusMessage>
      )}
      {organisations.isPending && <Loading />}
      {organisations.isError && <ErrorAlert error={organisations.error} />}
      {organisations.data?.organisations.length === 0 && (
        <Paragraph>{t('admin.organisations.empty')}</Paragraph>
      )}
      {organisations.data && organisations.data.organisations.length > 0 && (
        <ScrollTable label={t('admin.sections.organisaties')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('fields.organisationName')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.city')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('admin.organisations.members')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('admin.organisations.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisations.data.organisations.map((org) => (
                <TableRow key={org.id}>
                  <TableCell>
                    {org.name}
                    {org.isDemo && <span className="rk-tag">{t('admin.demoTag')}</span>}
                  </TableCell>
                  <TableCell>{translateCode('organisationKinds', org.kind, null)}</TableCell>
                  <TableCell>{org.city ?? '—'}</TableCell>
                  <TableCell>{org.memberCount}</TableCell>
                  <TableCell>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={t('admin.organisations.editFor', { name: org.name })}
                      onClick={() => {
                        setSaved(null)
                        setEditing(org.id)
                      }}
                    >
                      {t('admin.organisations.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
      {current ? (
        <OrganisationForm
          key={current.id}
          organisation={current}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <OrganisationForm key="new" onDone={done} />
      )}
    </section>
  )
}
