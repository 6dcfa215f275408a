import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { signUp } from '../../../domain/api/auth.ts'
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts'
import { AUDIENCES } from '../../../domain/roles.ts'
import { signUpInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { useUser } from '../../api/session.ts'
import { publicOrganisationsQuery } from '../../components/DemoNotice.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { isLocale } from '../../i18n/locale.ts'
import { rememberAfterConfirmation } from './after-confirmation.ts'
import { ResendConfirmation } from './ResendConfirmation.tsx'

/** `/aanmelden`: create a professional account; a confirmation link is mailed. */
export function SignUpPage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('signUp.title'))
  const user = useUser()
  const { redirect } = useSearch({ from: '/aanmelden' })
  const organisations = useQuery(publicOrganisationsQuery)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const form = useForm('aanmelden', {
    name: '',
    email: '',
    password: '',
    organisationId: '',
    audience: '',
  })

  const onSubmit = form.handleSubmit({
    schema: signUpInput,
    toInput: (values) => ({
      ...values,
      organisationId: values.organisationId || null,
      audience: values.audience || null,
      locale: isLocale(i18n.language) ? i18n.language : 'nl',
    }),
    onValid: async (input) => {
      await callApi(signUp, { body: input })
      // After confirming, the way goes on to where the person was heading (a review round).
      rememberAfterConfirmation(redirect)
      setSentTo(input.email)
    },
  })

  if (sentTo) {
    return (
      <>
        <Heading1>{t('signUp.title')}</Heading1>
        <StatusMessage>
          <Paragraph>
            <strong>{t('signUp.sentTitle')}</strong>
          </Paragraph>
          <Paragraph>{t('signUp.sent', { email: sentTo })}</Paragraph>
        </StatusMessage>
        <ResendConfirmation email={sentTo} />
      </>
    )
  }

  const organisationOptions = [
    { value: '', label: t('signUp.noOrganisation') },
    ...(organisations.data?.organisations ?? []).map((org) => ({
      value: org.id,
      label: org.city ? `${org.name} (${org.city})` : org.name,
    })),
  ]

  return (
    <>
      <Heading1>{t('signUp.title')}</Heading1>
      <Paragraph lead>{t('signUp.intro')}</Paragraph>
      {user && <Paragraph>{t('signUp.alreadySignedIn', { name: user.name })}</Paragraph>}
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} />
        <TextField form={form} name="name" label={t('fields.name')} autoComplete="name" />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('fields.email')}
          description={t('signUp.emailHint')}
          autoComplete="email"
          spellCheck={false}
        />
        <PasswordField
          form={form}
          name="password"
          label={t('fields.newPassword')}
          description={t('fields.passwordPolicy', { minimum: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <SelectField
          form={form}
          name="organisationId"
          label={t('fields.organisation')}
          description={
            organisations.isError ? t('signUp.organisationsFailed') : t('signUp.organisationHint')
          }
          options={organisationOptions}
          optional
        />
        <SelectField
          form={form}
          name="audience"
          label={t('fields.audience')}
          description={t('fields.audienceHint')}
          options={[
            { value: '', label: t('audiences.none') },
            ...AUDIENCES.map((audience) => ({
              value: audience,
              label: t(`audiences.${audience}`),
            })),
          ]}
          optional
        />
        <Paragraph className="rk-form__note">
          {t('signUp.privacyNote')} <AppLink to="/privacy">{t('signUp.privacyLink')}</AppLink>
        </Paragraph>
        <SubmitButton busy={form.busy}>{t('signUp.submit')}</SubmitButton>
      </form>
      <Paragraph>
        {t('signUp.haveAccount')}{' '}
        <AppLink to="/inloggen" search={{ redirect }}>
          {t('signUp.signInLink')}
        </AppLink>
      </Paragraph>
    </>
  )
}
