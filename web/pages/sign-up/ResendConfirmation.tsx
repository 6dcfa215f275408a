import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { resendConfirmation } from '../../../domain/api/auth.ts'
import { emailOnlyInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { isLocale } from '../../i18n/locale.ts'

/**
 * "Send the confirmation mail again". The server answers the same whether or not the address
 * has an account, and so does this form: it never reveals who has an account.
 */
export function ResendConfirmation({
  email = '',
  headingLevel = 2,
}: {
  email?: string
  headingLevel?: 2 | 3
}) {
  const { t, i18n } = useTranslation()
  const form = useForm('opnieuw-versturen', { email })
  const [sent, setSent] = useState(false)
  const Heading = headingLevel === 2 ? Heading2 : Heading3

  const onSubmit = form.handleSubmit({
    schema: emailOnlyInput,
    toInput: (values) => ({ ...values, locale: isLocale(i18n.language) ? i18n.language : 'nl' }),
    onValid: async (input) => {
      await callApi(resendConfirmation, { body: input })
      setSent(true)
    },
  })

  return (
    <section aria-labelledby="opnieuw-versturen-titel" className="rk-subsection">
      <Heading id="opnieuw-versturen-titel">{t('resend.title')}</Heading>
      {sent ? (
        <StatusMessage>
          <Paragraph>{t('resend.sent')}</Paragraph>
        </StatusMessage>
      ) : (
        <form noValidate onSubmit={onSubmit} className="rk-form">
          <ErrorSummary form={form} headingLevel={headingLevel === 2 ? 3 : 4} />
          <Paragraph>{t('resend.intro')}</Paragraph>
          <TextField
            form={form}
            name="email"
            type="email"
            label={t('fields.email')}
            autoComplete="email"
            spellCheck={false}
          />
          <SubmitButton busy={form.busy}>{t('resend.submit')}</SubmitButton>
        </form>
      )}
    </section>
  )
}
