import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Button,
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
import { listInvitations, revokeInvitation } from '../../../domain/api/organisations.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { translateCode } from '../../i18n/dynamic.ts'

/** Sent invitations with their status; a pending one can be withdrawn. */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const queryKey = ['organisation', organisationId, 'invitations']
  const invitations = useQuery({
    queryKey,
    queryFn: () => callApi(listInvitations, { params: { organisationId } }),
  })
  const revoke = useMutation({
    mutationFn: (invitation: { id: string; email: string }) =>
      callApi(revokeInvitation, { params: { organisationId, invitationId: invitation.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  })

  return (
    <section aria-labelledby="uitnodigingen" className="rk-section">
      <Heading2 id="uitnodigingen">{t('organisation.invitations.title')}</Heading2>
      {invitations.isPending && <Loading />}
      {invitations.isError && <ErrorAlert error={invitations.error} />}
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {revoke.isSuccess && (
        // The button that was pressed disappears; the message takes focus in its place.
        <StatusMessage key={revoke.variables.id}>
          <Paragraph>
            {t('organisation.invitations.revoked', { email: revoke.variables.email })}
          </Paragraph>
        </StatusMessage>
      )}
      {invitations.data?.invitations.length === 0 && (
        <Paragraph>{t('organisation.invitations.empty')}</Paragraph>
      )}
      {invitations.data && invitations.data.invitations.length > 0 && (
        <ScrollTable label={t('organisation.invitations.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('organisation.invitations.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('organisation.invitations.status')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisation.invitations.sent')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('organisation.invitations.expires')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('organisation.invitations.actions')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.data.invitations.map((invitation) => (
                <TableRow key={invitation.id}>
                  <TableCell>{invitation.email}</TableCell>
                  <TableCell>{translateCode('roles', invitation.role, null)}</TableCell>
                  <TableCell>
                    {translateCode('organisation.invitations.statuses', invitation.status, null)}
                  </TableCell>
                  <TableCell>
                    {formatDate(invitation.createdAt, i18n.language)}
                    {invitation.invitedBy &&
                      ` ${t('organisation.invitations.by', { name: invitation.invitedBy })}`}
                  </TableCell>
                  <TableCell>{formatDate(invitation.expiresAt, i18n.language)}</TableCell>
                  <TableCell>
                    {invitation.status === 'pending' && (
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        busy={revoke.isPending && revoke.variables?.id === invitation.id}
                        onClick={() => revoke.mutate(invitation)}
                        aria-label={t('organisation.invitations.revokeFor', {
                          email: invitation.email,
                        })}
                      >
                        {t('organisation.invitations.revoke')}
                      </Button>
                    )}
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
