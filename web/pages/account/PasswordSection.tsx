import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changePassword } from '../../../domain/api/account.ts'
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts'
import { passwordChangeInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'

/** Change the password; the server ends the person's other sessions. */
export function PasswordSection() {
  const { t } = useTranslation()
  const [changed, setChanged] = useState(false)
  const form = useForm('wachtwoord', { currentPassword: '', newPassword: '' })

  const onSubmit = form.handleSubmit({
    schema: passwordChangeInput,
    onValid: async (input) => {
      setChanged(false)
      await callApi(changePassword, { body: input })
      form.reset()
      setChanged(true)
    },
  })

  return (
    <section aria-labelledby="wachtwoord" className="rk-section">
      <Heading2 id="wachtwoord">{t('account.password.title')}</Heading2>
      <Paragraph>{t('account.password.intro')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        {changed && (
          <Alert type="ok">
            <Paragraph>{t('account.password.changed')}</Paragraph>
          </Alert>
        )}
        <PasswordField
          form={form}
          name="currentPassword"
          label={t('fields.currentPassword')}
          autoComplete="current-password"
        />
        <PasswordField
          form={form}
          name="newPassword"
          label={t('fields.newPassword')}
          description={t('fields.passwordPolicy', { minimum: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <SubmitButton busy={form.busy}>{t('account.password.submit')}</SubmitButton>
      </form>
    </section>
  )
}
