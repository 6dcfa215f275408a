import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { updateAccount } from '../../../domain/api/account.ts'
import type { Me } from '../../../domain/api/auth.ts'
import { AUDIENCES } from '../../../domain/roles.ts'
import { profileUpdateInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { storeUser } from '../../api/session.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { rememberLocale } from '../../i18n/locale.ts'

/** Name, language and career stage. The language also switches the screen right away. */
export function ProfileSection({ user }: { user: Me }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [saved, setSaved] = useState(false)
  const form = useForm('profiel', {
    name: user.name,
    locale: user.locale as string,
    audience: user.audience ?? '',
  })

  const onSubmit = form.handleSubmit({
    schema: profileUpdateInput,
    toInput: (values) => ({ ...values, audience: values.audience || null }),
    onValid: async (input) => {
      setSaved(false)
      const me = await callApi(updateAccount, { body: input })
      storeUser(queryClient, me)
      if (me.locale !== i18n.language) {
        rememberLocale(me.locale)
        await i18n.changeLanguage(me.locale)
      }
      setSaved(true)
    },
  })

  return (
    <section aria-labelledby="profiel" className="rk-section">
      <Heading2 id="profiel">{t('account.profile.title')}</Heading2>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        {saved && (
          <Alert type="ok">
            <Paragraph>{t('account.profile.saved')}</Paragraph>
          </Alert>
        )}
        <TextField form={form} name="name" label={t('fields.name')} autoComplete="name" />
        <SelectField
          form={form}
          name="locale"
          label={t('fields.locale')}
          description={t('account.profile.localeHint')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
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
        <SubmitButton busy={form.busy}>{t('account.profile.submit')}</SubmitButton>
      </form>
    </section>
  )
}
