import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import {
  createOffering,
  type OfferingDetail,
  updateOffering,
} from '../../../domain/api/catalogue.ts'
import {
  formatDutchAmount,
  OFFERING_FORMS,
  OFFERING_LANGUAGES,
  OFFERING_LEVELS,
} from '../../../domain/catalogue/model.ts'
import { offeringInput } from '../../../domain/schemas/catalogue.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { showFlash } from '../../components/flash.ts'
import { CheckboxField } from '../../components/form/CheckboxField.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { formLabel, languageLabel, levelLabel } from './labels.tsx'
import { ObjectivePicker } from './ObjectivePicker.tsx'
import { forgetCatalogue, managedQuery, offeringQuery } from './queries.ts'

/** `/opleidingsaanbod/nieuw`: add an offering. */
export function NewOfferingPage() {
  return <OfferingFormPage offeringId={null} />
}

/** `/opleidingsaanbod/$offeringId/bewerken`: change one. */
export function EditOfferingPage() {
  const { offeringId } = useParams({ from: '/opleidingsaanbod/$offeringId/bewerken' })
  return <OfferingFormPage offeringId={offeringId} />
}

function OfferingFormPage({ offeringId }: { offeringId: string | null }) {
  const { t } = useTranslation()
  const title = offeringId ? t('catalogue.form.titleEdit') : t('catalogue.form.titleNew')
  usePageTitle(title)
  const managed = useQuery(managedQuery())
  const existing = useQuery({ ...offeringQuery(offeringId ?? ''), enabled: offeringId !== null })
  const ready = managed.data && (offeringId === null || existing.data)

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod/beheer">{t('catalogue.manage.titleOwn')}</AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {(managed.isPending || existing.isLoading) && <Loading />}
      {managed.isError && <ErrorAlert error={managed.error} />}
      {existing.isError && <ErrorAlert error={existing.error} />}
      {managed.data?.providers.length === 0 && (
        <Paragraph>{t('catalogue.manage.noProvider')}</Paragraph>
      )}
      {ready && managed.data.providers.length > 0 && (
        <OfferingForm providers={managed.data.providers} existing={existing.data ?? null} />
      )}
    </>
  )
}

function valuesOf(existing: OfferingDetail | null, providerId: string) {
  return {
    providerId: existing?.provider.id ?? providerId,
    title: existing?.title ?? '',
    description: existing?.description ?? '',
    form: existing?.form ?? 'formal_course',
    level: existing?.level ?? 'basis',
    studyHours: existing ? String(existing.studyHours).replace('.', ',') : '',
    cost: existing ? formatDutchAmount(existing.costCents) : '',
    language: existing?.language ?? 'nl',
    online: existing?.online ?? false,
    location: existing?.location ?? '',
    startMoments: existing?.startMoments.join(', ') ?? '',
    certificate: existing?.certificate ?? '',
    url: existing?.url ?? '',
    objectiveIds: existing?.objectives.map((objective) => objective.id) ?? ([] as string[]),
  }
}

function OfferingForm({
  providers,
  existing,
}: {
  providers: { id: string; name: string }[]
  existing: OfferingDetail | null
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = useForm('aanbod', valuesOf(existing, providers[0]!.id))
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another offering loads
  useEffect(() => form.reset(valuesOf(existing, providers[0]!.id)), [existing?.id])

  const toInput = (values: typeof form.values) => ({
    ...values,
    startMoments: values.startMoments
      .split(/[,;\s]+/)
      .map((date) => date.trim())
      .filter(Boolean),
  })
  const onSubmit = form.handleSubmit({
    schema: offeringInput,
    toInput,
    onValid: async () => {
      // The API reads the same texts ("€ 1.250,00", "1,5") with the same schema.
      const body = toInput(form.values)
      const saved = existing
        ? await callApi(updateOffering, { params: { offeringId: existing.id }, body })
        : await callApi(createOffering, { body })
      await forgetCatalogue(queryClient)
      const path = `/opleidingsaanbod/${saved.id}`
      showFlash({ type: 'ok', message: t('catalogue.form.saved', { title: saved.title }), path })
      await navigate({ to: '/opleidingsaanbod/$offeringId', params: { offeringId: saved.id } })
    },
  })

  const options = (codes: readonly string[], label: (code: string) => string) =>
    codes.map((code) => ({ value: code, label: label(code) }))

  return (
    <form noValidate onSubmit={onSubmit} className="rk-form">
      <ErrorSummary form={form} />
      {existing && <Paragraph>{t('catalogue.form.savingReviews')}</Paragraph>}
      <SelectField
        form={form}
        name="providerId"
        label={t('catalogue.form.provider')}
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField form={form} name="title" label={t('catalogue.form.title')} />
      <TextareaField
        form={form}
        name="description"
        rows={5}
        label={t('catalogue.form.description')}
        description={t('catalogue.form.descriptionHint')}
      />
      <SelectField
        form={form}
        name="form"
        label={t('catalogue.form.form')}
        options={options(OFFERING_FORMS, formLabel)}
      />
      <SelectField
        form={form}
        name="level"
        label={t('catalogue.form.level')}
        options={options(OFFERING_LEVELS, levelLabel)}
      />
      <TextField
        form={form}
        name="studyHours"
        label={t('catalogue.form.studyHours')}
        description={t('catalogue.form.studyHoursHint')}
        inputMode="decimal"
      />
      <TextField
        form={form}
        name="cost"
        label={t('catalogue.form.cost')}
        description={t('catalogue.form.costHint')}
        inputMode="decimal"
      />
      <SelectField
        form={form}
        name="language"
        label={t('catalogue.form.language')}
        options={options(OFFERING_LANGUAGES, languageLabel)}
      />
      <CheckboxField form={form} name="online" label={t('catalogue.form.online')} />
      <TextField
        form={form}
        name="location"
        label={t('catalogue.form.location')}
        description={t('catalogue.form.locationHint')}
        optional
      />
      <TextField
        form={form}
        name="startMoments"
        label={t('catalogue.form.startMoments')}
        description={t('catalogue.form.startMomentsHint')}
        optional
      />
      <TextField form={form} name="certificate" label={t('catalogue.form.certificate')} optional />
      <TextField form={form} name="url" type="url" label={t('catalogue.form.url')} optional />
      <ObjectivePicker form={form} />
      <SubmitButton busy={form.busy}>{t('catalogue.form.submit')}</SubmitButton>
    </form>
  )
}
