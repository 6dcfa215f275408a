import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addProviderMember, createProvider } from '../../../domain/api/catalogue.ts'
import { providerInput, providerMemberInput } from '../../../domain/schemas/catalogue.ts'
import { callApi } from '../../api/client.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { forgetCatalogue, providersQuery } from './queries.ts'

/**
 * `/opleidingsaanbod/aanbieders` (programme team, administrators): add providers and link
 * accounts to them, so each provider keeps its own offerings.
 */
export function ProvidersPage() {
  const { t } = useTranslation()
  usePageTitle(t('catalogue.providers.title'))
  const allowed = useCan('catalogue.providers.manage')
  const providers = useQuery({ ...providersQuery, enabled: allowed })
  const [done, setDone] = useState('')

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod">{t('catalogue.detail.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('catalogue.providers.title')}</Heading1>
      {!allowed && <Paragraph>{t('catalogue.providers.noAccess')}</Paragraph>}
      {allowed && (
        <>
          <Paragraph className="rk-prose">{t('catalogue.providers.intro')}</Paragraph>
          <Paragraph role="status" className="rk-live-status">
            {done}
          </Paragraph>
          <AddProviderForm onDone={setDone} />
          {providers.isPending && <Loading />}
          {providers.isError && <ErrorAlert error={providers.error} />}
          {providers.data?.providers.map((provider) => (
            <section key={provider.id} className="rk-section" aria-labelledby={`p-${provider.id}`}>
              <Heading2 id={`p-${provider.id}`}>{provider.name}</Heading2>
              <Paragraph>
                {provider.slug} ·{' '}
                {t('catalogue.providers.offerings', { count: provider.offeringCount })}
              </Paragraph>
              <Heading3>{t('catalogue.providers.members')}</Heading3>
              {provider.members && provider.members.length > 0 ? (
                <ul className="rk-link-list">
                  {provider.members.map((member) => (
                    <li key={member.email}>
                      {member.name} ({member.email})
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph>{t('catalogue.providers.noMembers')}</Paragraph>
              )}
              <LinkMemberForm provider={provider} onDone={setDone} />
            </section>
          ))}
        </>
      )}
    </>
  )
}

function AddProviderForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const form = useForm('aanbieder', { name: '', slug: '', website: '' })
  const onSubmit = form.handleSubmit({
    schema: providerInput,
    onValid: async () => {
      const added = await callApi(createProvider, { body: form.values })
      await forgetCatalogue(queryClient)
      form.reset()
      onDone(t('catalogue.providers.added', { name: added.name }))
    },
  })
  return (
    <section className="rk-section" aria-labelledby="aanbieder-toevoegen">
      <Heading2 id="aanbieder-toevoegen">{t('catalogue.providers.add')}</Heading2>
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        <TextField form={form} name="name" label={t('catalogue.providers.name')} />
        <TextField
          form={form}
          name="slug"
          label={t('catalogue.providers.slug')}
          description={t('catalogue.providers.slugHint')}
          spellCheck={false}
          autoCapitalize="none"
        />
        <TextField
          form={form}
          name="website"
          type="url"
          label={t('catalogue.providers.website')}
          optional
        />
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('catalogue.providers.submit')}
        </SubmitButton>
      </form>
    </section>
  )
}

function LinkMemberForm({
  provider,
  onDone,
}: {
  provider: { id: string; name: string }
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const form = useForm(`koppel-${provider.id}`, { email: '' })
  const onSubmit = form.handleSubmit({
    schema: providerMemberInput,
    onValid: async ({ email }) => {
      await callApi(addProviderMember, { params: { providerId: provider.id }, body: { email } })
      await forgetCatalogue(queryClient)
      form.reset()
      onDone(t('catalogue.providers.linked', { email, name: provider.name }))
    },
  })
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact">
      <ErrorSummary form={form} headingLevel={4} />
      <TextField
        form={form}
        name="email"
        type="email"
        autoComplete="off"
        label={t('catalogue.providers.email')}
        description={t('catalogue.providers.emailHint')}
      />
      <SubmitButton busy={form.busy} appearance="secondary-action-button">
        {t('catalogue.providers.link')}
      </SubmitButton>
    </form>
  )
}
