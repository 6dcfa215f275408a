import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { acceptInvitation } from '../../../domain/api/organisations.ts'
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts'
import { acceptInvitationInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { storeSession } from '../../api/session.ts'
import { showFlash } from '../../components/flash.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'

/** A new address: name and password create the account, already confirmed by the link. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = useForm('uitnodiging', { name: '', password: '' })

  const onSubmit = form.handleSubmit({
    schema: acceptInvitationInput,
    toInput: (values) => ({ ...values, token }),
    onValid: async (input) => {
      const session = await callApi(acceptInvitation, { body: input })
      storeSession(queryClient, session)
      showFlash({ type: 'ok', message: t('invitation.welcome'), path: '/' })
      await navigate({ to: '/' })
    },
  })

  return (
    <section aria-labelledby="account-maken" className="rk-subsection">
      <Heading2 id="account-maken">{t('invitation.createAccount')}</Heading2>
      <Paragraph>{t('invitation.createIntro', { email })}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        <TextField form={form} name="name" label={t('fields.name')} autoComplete="name" />
        <PasswordField
          form={form}
          name="password"
          label={t('fields.newPassword')}
          description={t('fields.passwordPolicy', { minimum: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <Paragraph className="rk-form__note">
          {t('signUp.privacyNote')} <AppLink to="/privacy">{t('signUp.privacyLink')}</AppLink>
        </Paragraph>
        <SubmitButton busy={form.busy}>{t('invitation.accept')}</SubmitButton>
      </form>
    </section>
  )
}
