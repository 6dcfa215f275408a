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
import {
  confirmMembership,
  declineMembership,
  listMembers,
} from '../../../domain/api/organisations.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'

interface Decision {
  userId: string
  name: string
  confirm: boolean
}

/**
 * People who chose this organisation when they signed up, with the career stage they gave and
 * when. A manager confirms that they work here, or declines: the account then stays, without
 * the organisation.
 */
export function RequestsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const queryKey = ['organisation', organisationId, 'members']
  // The same request as the members list: one answer holds both.
  const members = useQuery({
    queryKey,
    queryFn: () => callApi(listMembers, { params: { organisationId } }),
  })
  const decide = useMutation({
    mutationFn: ({ userId, confirm }: Decision) =>
      callApi(confirm ? confirmMembership : declineMembership, {
        params: { organisationId, userId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  })
  const requests = members.data?.requests ?? []
  const caption = t('organisation.requests.title')

  return (
    <section aria-labelledby="aanvragen" className="rk-section">
      <Heading2 id="aanvragen">{caption}</Heading2>
      <Paragraph>{t('organisation.requests.intro')}</Paragraph>
      {decide.isError && <ErrorAlert error={decide.error} />}
      {decide.isSuccess && (
        // The row with the pressed button disappears; the message takes focus in its place.
        <StatusMessage key={decide.variables.userId}>
          <Paragraph>
            {t(
              decide.variables.confirm
                ? 'organisation.requests.confirmed'
                : 'organisation.requests.declined',
              { name: decide.variables.name },
            )}
          </Paragraph>
        </StatusMessage>
      )}
      {members.data && requests.length === 0 && (
        <Paragraph>{t('organisation.requests.empty')}</Paragraph>
      )}
      {requests.length > 0 && (
        <ScrollTable label={caption}>
          <Table>
            <TableCaption className="rk-visually-hidden">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisation.requests.stage')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('organisation.requests.requestedAt')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisation.requests.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {requests.map((request) => {
                const busy = decide.isPending && decide.variables?.userId === request.id
                const run = (confirm: boolean) =>
                  decide.mutate({ userId: request.id, name: request.name, confirm })
                return (
                  <TableRow key={request.id}>
                    <TableCell>{request.name}</TableCell>
                    <TableCell>
                      {request.email}
                      {!request.emailConfirmed && (
                        <span className="rk-table-note">
                          {t('organisation.requests.emailUnconfirmed')}
                        </span>
                      )}
                    </TableCell>
                    <TableCell>
                      {t(`organisation.requests.stages.${request.audience ?? 'none'}`)}
                    </TableCell>
                    <TableCell>{formatDate(request.requestedAt, i18n.language)}</TableCell>
                    <TableCell>
                      <div className="rk-button-row">
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          busy={busy && decide.variables?.confirm}
                          onClick={() => run(true)}
                        >
                          {t('organisation.requests.confirm')}
                          <VisuallyHidden>: {request.name}</VisuallyHidden>
                        </Button>
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          hint="danger"
                          busy={busy && !decide.variables?.confirm}
                          onClick={() => run(false)}
                        >
                          {t('organisation.requests.decline')}
                          <VisuallyHidden>: {request.name}</VisuallyHidden>
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </section>
  )
}
