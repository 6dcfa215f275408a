import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Button, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../../domain/api/auth.ts'
import { joinInvitation } from '../../../domain/api/organisations.ts'
import { callApi } from '../../api/client.ts'
import { storeSession } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { showFlash } from '../../components/flash.ts'
import { AppLink } from '../../components/links.tsx'

interface Invitation {
  email: string
  organisation: { id: string; name: string }
}

/** The address already has an account: sign in with it, then join with one button. */
export function JoinOrganisation({
  token,
  invitation,
  user,
}: {
  token: string
  invitation: Invitation
  user: Me | null
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const join = useMutation({
    mutationFn: () => callApi(joinInvitation, { body: { token } }),
    onSuccess: async (session) => {
      storeSession(queryClient, session)
      await queryClient.invalidateQueries({ queryKey: ['roadmap'] })
      showFlash({
        type: 'ok',
        message: t('invitation.joined', { organisation: invitation.organisation.name }),
        path: '/',
      })
      await navigate({ to: '/' })
    },
  })

  if (!user) {
    return (
      <>
        <Paragraph>{t('invitation.signInFirst')}</Paragraph>
        <Paragraph>
          <AppLink to="/inloggen" search={{ redirect: `/uitnodiging?token=${token}` }}>
            {t('invitation.signInToJoin')}
          </AppLink>
        </Paragraph>
      </>
    )
  }

  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <Paragraph>
        {t('invitation.signedInAsOther', { name: user.name, email: invitation.email })}
      </Paragraph>
    )
  }

  return (
    <>
      {join.isError && <ErrorAlert error={join.error} />}
      <Button
        type="button"
        appearance="primary-action-button"
        busy={join.isPending}
        onClick={() => {
          if (!join.isPending) join.mutate()
        }}
      >
        {t('invitation.join', { organisation: invitation.organisation.name })}
      </Button>
    </>
  )
}
