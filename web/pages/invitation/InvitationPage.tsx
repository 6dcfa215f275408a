import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { previewInvitation } from '../../../domain/api/organisations.ts'
import { tokenSchema } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx'
import { JoinOrganisation } from './JoinOrganisation.tsx'

/**
 * `/uitnodiging?token=…`: shows who invites whom for what, then either creates the account
 * (new address) or lets the existing account join after signing in.
 */
export function InvitationPage() {
  const { t } = useTranslation()
  usePageTitle(t('invitation.title'))
  const { token } = useSearch({ from: '/uitnodiging' })
  const user = useUser()
  const linkComplete = tokenSchema.safeParse(token).success
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => callApi(previewInvitation, { body: { token: token ?? '' } }),
    enabled: linkComplete,
    retry: false,
  })

  return (
    <>
      <Heading1>{t('invitation.title')}</Heading1>
      {!linkComplete && <Paragraph>{t('invitation.incompleteLink')}</Paragraph>}
      {linkComplete && preview.isPending && <Loading />}
      {preview.isError && (
        <>
          <ErrorAlert error={preview.error} />
          <Paragraph>{t('invitation.askAgain')}</Paragraph>
        </>
      )}
      {preview.data && token && (
        <>
          <Paragraph lead>
            {t('invitation.summary', {
              organisation: preview.data.organisation.name,
              role: translateCode('roles', preview.data.role, null),
              email: preview.data.email,
            })}
          </Paragraph>
          {preview.data.accountExists ? (
            <JoinOrganisation token={token} invitation={preview.data} user={user} />
          ) : user ? (
            <Paragraph>
              {t('invitation.signedInAsOther', { name: user.name, email: preview.data.email })}
            </Paragraph>
          ) : (
            <AcceptInvitationForm token={token} email={preview.data.email} />
          )}
        </>
      )}
    </>
  )
}
