import { useQueryClient } from '@tanstack/react-query'
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { adminCreateOrganisation, adminUpdateOrganisation } from '../../../domain/api/admin.ts'
import type { OrganisationSummary } from '../../../domain/api/organisations.ts'
import { ORGANISATION_KINDS } from '../../../domain/roles.ts'
import { organisationInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { translateCode } from '../../i18n/dynamic.ts'

/** Adds an organisation, or changes the one given. */
export function OrganisationForm({
  organisation,
  onDone,
  onCancel,
}: {
  organisation?: OrganisationSummary
  onDone: (name: string) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const heading = useRef<HTMLHeadingElement>(null)
  const form = useForm(organisation ? 'organisatie-wijzigen' : 'organisatie-toevoegen', {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    city: organisation?.city ?? '',
  })

  // Opening the edit form moves focus to it, so the person knows where it appeared.
  useEffect(() => {
    if (organisation) heading.current?.focus()
  }, [organisation])

  const onSubmit = form.handleSubmit({
    schema: organisationInput,
    toInput: (values) => ({ ...values, city: values.city.trim() || null }),
    onValid: async (input) => {
      const saved = organisation
        ? await callApi(adminUpdateOrganisation, {
            params: { organisationId: organisation.id },
            body: input,
          })
        : await callApi(adminCreateOrganisation, { body: input })
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] })
      await queryClient.invalidateQueries({ queryKey: ['organisations', 'public'] })
      if (!organisation) form.reset()
      onDone(saved.name)
    },
  })

  const headingId = `${form.id}-titel`
  return (
    <section aria-labelledby={headingId} className="rk-subsection">
      <Heading3 id={headingId} ref={heading} tabIndex={-1}>
        {organisation
          ? t('admin.organisations.editTitle', { name: organisation.name })
          : t('admin.organisations.addTitle')}
      </Heading3>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={4} />
        <TextField form={form} name="name" label={t('fields.organisationName')} />
        <SelectField
          form={form}
          name="kind"
          label={t('fields.kind')}
          options={[
            { value: '', label: t('admin.organisations.chooseKind') },
            ...ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: translateCode('organisationKinds', kind, null),
            })),
          ]}
        />
        <TextField form={form} name="city" label={t('fields.city')} optional />
        <ButtonGroup>
          <SubmitButton busy={form.busy}>
            {organisation ? t('common.save') : t('admin.organisations.add')}
          </SubmitButton>
          {onCancel && (
            <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  )
}
