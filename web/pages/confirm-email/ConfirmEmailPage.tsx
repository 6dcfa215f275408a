import { useMutation } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { confirmEmail } from '../../../domain/api/auth.ts'
import { tokenSchema } from '../../../domain/schemas/account.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { useUser } from '../../api/session.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { errorMessage } from '../../components/messages.ts'
import { PathLink } from '../../components/PathLink.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { forgetAfterConfirmation, readAfterConfirmation } from '../sign-up/after-confirmation.ts'
import { ResendConfirmation } from '../sign-up/ResendConfirmation.tsx'

/** `/e-mail-bevestigen?token=…`: confirms the address as soon as the mailed link is opened. */
export function ConfirmEmailPage() {
  const { t } = useTranslation()
  usePageTitle(t('confirmEmail.title'))
  const { token } = useSearch({ from: '/e-mail-bevestigen' })
  const user = useUser()
  const linkComplete = tokenSchema.safeParse(token).success
  // Where the person was heading when they signed up, e.g. a review round they were invited to.
  const [next] = useState(readAfterConfirmation)
  const confirm = useMutation({
    mutationFn: (value: string) => callApi(confirmEmail, { body: { token: value } }),
  })
  // A token works once: the ref keeps React's development double-run from using it twice.
  const started = useRef(false)
  useEffect(() => {
    if (started.current || !linkComplete || !token) return
    started.current = true
    confirm.mutate(token)
  }, [confirm, linkComplete, token])

  useEffect(() => {
    if (confirm.isSuccess) forgetAfterConfirmation()
  }, [confirm.isSuccess])

  const code = confirm.error instanceof ApiError ? confirm.error.code : null

  return (
    <>
      <Heading1>{t('confirmEmail.title')}</Heading1>
      {!linkComplete && (
        <>
          <Paragraph>{t('confirmEmail.incompleteLink')}</Paragraph>
          <ResendConfirmation />
        </>
      )}
      {linkComplete && (confirm.isPending || confirm.isIdle) && (
        <Loading label={t('confirmEmail.busy')} />
      )}
      {confirm.isSuccess && (
        <StatusMessage>
          <Paragraph>{t('confirmEmail.done')}</Paragraph>
          {next?.startsWith('/meedenken/') && <Paragraph>{t('confirmEmail.toRound')}</Paragraph>}
          <Paragraph>
            {user ? (
              next ? (
                <PathLink href={next}>{t('confirmEmail.continue')}</PathLink>
              ) : (
                <AppLink to="/">{t('confirmEmail.home')}</AppLink>
              )
            ) : (
              <AppLink to="/inloggen" search={{ redirect: next }}>
                {t('confirmEmail.signIn')}
              </AppLink>
            )}
          </Paragraph>
        </StatusMessage>
      )}
      {confirm.isError && (
        <>
          <StatusMessage type="error">
            <Paragraph>{errorMessage(confirm.error)}</Paragraph>
            {code === 'token_used' && (
              <Paragraph>
                {t('confirmEmail.alreadyUsed')}{' '}
                <AppLink to="/inloggen">{t('confirmEmail.signIn')}</AppLink>
              </Paragraph>
            )}
          </StatusMessage>
          {code !== 'token_used' && <ResendConfirmation />}
        </>
      )}
    </>
  )
}
