import { useQuery } from '@tanstack/react-query'
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { listMembers } from '../../../domain/api/organisations.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { translateCode } from '../../i18n/dynamic.ts'

export function MembersSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const members = useQuery({
    queryKey: ['organisation', organisationId, 'members'],
    queryFn: () => callApi(listMembers, { params: { organisationId } }),
  })
  return (
    <section aria-labelledby="medewerkers" className="rk-section">
      <Heading2 id="medewerkers">{t('organisation.members.title')}</Heading2>
      <Paragraph>{t('organisation.members.intro')}</Paragraph>
      {members.isPending && <Loading />}
      {members.isError && <ErrorAlert error={members.error} />}
      {members.data?.members.length === 0 && (
        <Paragraph>{t('organisation.members.empty')}</Paragraph>
      )}
      {members.data && members.data.members.length > 0 && (
        <ScrollTable label={t('organisation.members.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('organisation.members.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.roles')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.data.members.map((member) => (
                <TableRow key={member.id}>
                  <TableCell>{member.name}</TableCell>
                  <TableCell>{member.email}</TableCell>
                  <TableCell>
                    {member.roles.map((role) => translateCode('roles', role, null)).join(', ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </section>
  )
}
