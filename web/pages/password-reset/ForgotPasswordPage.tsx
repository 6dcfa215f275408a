import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { requestPasswordReset } from '../../../domain/api/auth.ts'
import { emailOnlyInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { isLocale } from '../../i18n/locale.ts'

/**
 * `/wachtwoord-vergeten`: ask for a reset link. The answer is always the same, so the page
 * never tells anyone whether an address has an account.
 */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('forgotPassword.title'))
  const [sent, setSent] = useState(false)
  const form = useForm('wachtwoord-vergeten', { email: '' })

  const onSubmit = form.handleSubmit({
    schema: emailOnlyInput,
    toInput: (values) => ({ ...values, locale: isLocale(i18n.language) ? i18n.language : 'nl' }),
    onValid: async (input) => {
      await callApi(requestPasswordReset, { body: input })
      setSent(true)
    },
  })

  return (
    <>
      <Heading1>{t('forgotPassword.title')}</Heading1>
      {sent ? (
        <StatusMessage>
          <Paragraph>{t('forgotPassword.sent', { email: form.values.email })}</Paragraph>
        </StatusMessage>
      ) : (
        <>
          <Paragraph lead>{t('forgotPassword.intro')}</Paragraph>
          <form noValidate onSubmit={onSubmit} className="rk-form">
            <ErrorSummary form={form} />
            <TextField
              form={form}
              name="email"
              type="email"
              label={t('fields.email')}
              autoComplete="email"
              spellCheck={false}
            />
            <SubmitButton busy={form.busy}>{t('forgotPassword.submit')}</SubmitButton>
          </form>
        </>
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t('forgotPassword.backToSignIn')}</AppLink>
      </Paragraph>
    </>
  )
}
