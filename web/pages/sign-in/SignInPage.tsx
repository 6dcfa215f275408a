import { useQueryClient } from '@tanstack/react-query'
import { useRouter, useSearch } from '@tanstack/react-router'
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { signIn } from '../../../domain/api/auth.ts'
import { signInInput } from '../../../domain/schemas/account.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { storeSession, useUser } from '../../api/session.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { isLocalPath, PathLink } from '../../components/PathLink.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ResendConfirmation } from '../sign-up/ResendConfirmation.tsx'

/** `/inloggen`: sign in, then go back to where the person was heading. */
export function SignInPage() {
  const { t } = useTranslation()
  usePageTitle(t('signIn.title'))
  const router = useRouter()
  const queryClient = useQueryClient()
  const user = useUser()
  const { redirect } = useSearch({ from: '/inloggen' })
  const target = isLocalPath(redirect) ? redirect : '/'
  const form = useForm('inloggen', { email: '', password: '' })

  const onSubmit = form.handleSubmit({
    schema: signInInput,
    onValid: async (input) => {
      const session = await callApi(signIn, { body: input })
      // Nothing cached for a previous visitor may leak into this person's screens.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' })
      storeSession(queryClient, session)
      await router.navigate({ href: target })
    },
  })

  const notConfirmed =
    form.formError instanceof ApiError && form.formError.code === 'email_not_confirmed'

  return (
    <>
      <Heading1>{t('signIn.title')}</Heading1>
      {user ? (
        <Paragraph>
          {t('signIn.alreadySignedIn', { name: user.name })}{' '}
          <PathLink href={target}>{t('signIn.continue')}</PathLink>
        </Paragraph>
      ) : (
        <>
          {redirect && (
            <Paragraph>
              {redirect.startsWith('/meedenken/') ? t('signIn.reviewInvite') : t('signIn.needed')}
            </Paragraph>
          )}
          <form noValidate onSubmit={onSubmit} className="rk-form">
            <ErrorSummary form={form} />
            <TextField
              form={form}
              name="email"
              type="email"
              label={t('fields.email')}
              autoComplete="username"
              spellCheck={false}
            />
            <PasswordField
              form={form}
              name="password"
              label={t('fields.password')}
              autoComplete="current-password"
            />
            <SubmitButton busy={form.busy}>{t('signIn.submit')}</SubmitButton>
          </form>
          {notConfirmed && <ResendConfirmation email={form.values.email} />}
          <ul className="rk-link-list">
            <li>
              <AppLink to="/wachtwoord-vergeten">{t('signIn.forgotPassword')}</AppLink>
            </li>
            <li>
              <AppLink
                to="/aanmelden"
                search={{ redirect: isLocalPath(redirect) ? redirect : undefined }}
              >
                {t('signIn.noAccount')}
              </AppLink>
            </li>
          </ul>
          <Alert type="info" className="rk-demo-hint">
            <Paragraph>{t('signIn.demoHint')}</Paragraph>
          </Alert>
        </>
      )}
    </>
  )
}
