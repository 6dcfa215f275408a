import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createInvitation } from '../../../domain/api/organisations.ts'
import { INVITABLE_BY_MANAGER, ROLES } from '../../../domain/roles.ts'
import { invitationInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { translateCode } from '../../i18n/dynamic.ts'

/**
 * Invite a colleague by e-mail. Managers hand out the roles the domain allows them
 * (`INVITABLE_BY_MANAGER`); administrators any role. The mail goes out in the chosen language.
 */
export function InviteSection({
  organisationId,
  isAdmin,
}: {
  organisationId: string
  isAdmin: boolean
}) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [sentTo, setSentTo] = useState<string | null>(null)
  const roles = isAdmin ? ROLES : INVITABLE_BY_MANAGER
  const initial = { email: '', role: 'professional', locale: i18n.language === 'en' ? 'en' : 'nl' }
  const form = useForm('uitnodigen', initial)

  const onSubmit = form.handleSubmit({
    schema: invitationInput,
    onValid: async (input) => {
      setSentTo(null)
      const invitation = await callApi(createInvitation, {
        params: { organisationId },
        body: input,
      })
      form.reset({ ...initial, locale: form.values.locale })
      setSentTo(invitation.email)
      await queryClient.invalidateQueries({
        queryKey: ['organisation', organisationId, 'invitations'],
      })
    },
  })

  return (
    <section aria-labelledby="uitnodigen" className="rk-section">
      <Heading2 id="uitnodigen">{t('organisation.invite.title')}</Heading2>
      <Paragraph>{t('organisation.invite.intro')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        {sentTo && (
          <Alert type="ok">
            <Paragraph>{t('organisation.invite.sent', { email: sentTo })}</Paragraph>
          </Alert>
        )}
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('organisation.invite.email')}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          form={form}
          name="role"
          label={t('organisation.invite.role')}
          description={isAdmin ? undefined : t('organisation.invite.roleHint')}
          options={roles.map((role) => ({
            value: role,
            label: translateCode('roles', role, null),
          }))}
        />
        <SelectField
          form={form}
          name="locale"
          label={t('organisation.invite.locale')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SubmitButton busy={form.busy}>{t('organisation.invite.submit')}</SubmitButton>
      </form>
    </section>
  )
}
