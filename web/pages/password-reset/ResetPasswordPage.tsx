import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { completePasswordReset } from '../../../domain/api/auth.ts'
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts'
import { passwordResetInput, tokenSchema } from '../../../domain/schemas/account.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'

const LINK_PROBLEMS = new Set(['token_invalid', 'token_expired', 'token_used'])

/** `/wachtwoord-herstellen?token=…`: choose a new password with the mailed link. */
export function ResetPasswordPage() {
  const { t } = useTranslation()
  usePageTitle(t('resetPassword.title'))
  const { token } = useSearch({ from: '/wachtwoord-herstellen' })
  const [done, setDone] = useState(false)
  const form = useForm('wachtwoord-herstellen', { password: '' })
  const linkComplete = tokenSchema.safeParse(token).success

  const onSubmit = form.handleSubmit({
    schema: passwordResetInput,
    toInput: (values) => ({ ...values, token }),
    onValid: async (input) => {
      await callApi(completePasswordReset, { body: input })
      setDone(true)
    },
  })

  const linkProblem = form.formError instanceof ApiError && LINK_PROBLEMS.has(form.formError.code)

  return (
    <>
      <Heading1>{t('resetPassword.title')}</Heading1>
      {!linkComplete ? (
        <NewLinkAdvice message={t('resetPassword.incompleteLink')} />
      ) : done ? (
        <StatusMessage>
          <Paragraph>{t('resetPassword.done')}</Paragraph>
          <Paragraph>
            <AppLink to="/inloggen">{t('resetPassword.signIn')}</AppLink>
          </Paragraph>
        </StatusMessage>
      ) : (
        <>
          <Paragraph lead>{t('resetPassword.intro')}</Paragraph>
          <form noValidate onSubmit={onSubmit} className="rk-form">
            <ErrorSummary form={form} />
            <PasswordField
              form={form}
              name="password"
              label={t('fields.newPassword')}
              description={t('fields.passwordPolicy', { minimum: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
            />
            <SubmitButton busy={form.busy}>{t('resetPassword.submit')}</SubmitButton>
          </form>
          {linkProblem && <NewLinkAdvice />}
        </>
      )}
    </>
  )
}

function NewLinkAdvice({ message }: { message?: string }) {
  const { t } = useTranslation()
  return (
    <>
      {message && <Paragraph>{message}</Paragraph>}
      <Paragraph>
        <AppLink to="/wachtwoord-vergeten">{t('resetPassword.requestNew')}</AppLink>
      </Paragraph>
    </>
  )
}
