import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type AdminUser,
  adminListOrganisations,
  adminUpdateUser,
} from '../../../domain/api/admin.ts'
import { ROLES } from '../../../domain/roles.ts'
import { userUpdateInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { sessionQuery, useUser } from '../../api/session.ts'
import { CheckboxField } from '../../components/form/CheckboxField.tsx'
import { CheckboxGroupField } from '../../components/form/CheckboxGroupField.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { translateCode } from '../../i18n/dynamic.ts'

/** Roles, organisation and access of one account. */
export function UserForm({
  user,
  onDone,
  onCancel,
}: {
  user: AdminUser
  onDone: (user: AdminUser) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const me = useUser()
  const heading = useRef<HTMLHeadingElement>(null)
  const organisations = useQuery({
    queryKey: ['admin', 'organisations'],
    queryFn: () => callApi(adminListOrganisations, {}),
  })
  const form = useForm('account-wijzigen', {
    roles: [...user.roles] as string[],
    organisationId: user.organisation?.id ?? '',
    disabled: user.disabled,
  })

  useEffect(() => heading.current?.focus(), [])

  const onSubmit = form.handleSubmit({
    schema: userUpdateInput,
    toInput: (values) => ({ ...values, organisationId: values.organisationId || null }),
    onValid: async (input) => {
      const updated = await callApi(adminUpdateUser, { params: { userId: user.id }, body: input })
      await queryClient.invalidateQueries({ queryKey: ['admin'] })
      // Changing one's own roles changes what the navigation may show.
      if (me?.id === user.id) await queryClient.invalidateQueries(sessionQuery)
      onDone(updated)
    },
  })

  const headingId = 'account-wijzigen-titel'
  return (
    <section aria-labelledby={headingId} className="rk-subsection">
      <Heading3 id={headingId} ref={heading} tabIndex={-1}>
        {t('admin.users.editTitle', { name: user.name, email: user.email })}
      </Heading3>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={4} />
        <CheckboxGroupField
          form={form}
          name="roles"
          legend={t('fields.roles')}
          description={t('admin.users.rolesHint')}
          options={ROLES.map((role) => ({
            value: role,
            label: translateCode('roles', role, null),
          }))}
        />
        <SelectField
          form={form}
          name="organisationId"
          label={t('fields.organisation')}
          options={[
            { value: '', label: t('admin.users.noOrganisation') },
            ...(organisations.data?.organisations ?? []).map((org) => ({
              value: org.id,
              label: org.name,
            })),
          ]}
          optional
        />
        <CheckboxField
          form={form}
          name="disabled"
          label={t('admin.users.disable')}
          description={t('admin.users.disableHint')}
        />
        <ButtonGroup>
          <SubmitButton busy={form.busy}>{t('common.save')}</SubmitButton>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  )
}
