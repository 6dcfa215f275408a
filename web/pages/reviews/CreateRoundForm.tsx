import { useQueryClient } from '@tanstack/react-query'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createRound, type RoundSummary } from '../../../domain/api/reviews.ts'
import { createRoundInput } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { filledIn } from '../../components/form/required.ts'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { emailLines, today } from './queries.ts'

/** Which lines of the address list are wrong ("emails.2" is the third address). */
export function wrongLines(fields: readonly { field: string }[]): number[] {
  return fields
    .map((error) => error.field.match(/^emails\.(\d+)$/)?.[1])
    .filter((index): index is string => index !== undefined)
    .map((index) => Number(index) + 1)
}

/**
 * Open a review round on the concept: a title, the last day to comment, and the e-mail
 * addresses of the professionals to invite, one per line. Each gets a mail with the link.
 */
export function CreateRoundForm({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [created, setCreated] = useState<RoundSummary | null>(null)
  const initial = { title: '', deadline: '', emails: '' }
  const form = useForm('reviewronde', initial)
  const onSubmit = form.handleSubmit({
    schema: createRoundInput.extend({ deadline: filledIn(createRoundInput.shape.deadline) }),
    toInput: (values) => ({ ...values, emails: emailLines(values.emails) }),
    onValid: async (input) => {
      setCreated(null)
      const round = await callApi(createRound, { params: { slug }, body: input })
      form.reset()
      setCreated(round)
      await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
    },
  })
  const lines = wrongLines(form.fieldErrors)

  return (
    <section aria-labelledby="ronde-openen" className="rk-section">
      <Heading2 id="ronde-openen">{t('reviews.create.title')}</Heading2>
      <Paragraph>{t('reviews.create.intro')}</Paragraph>
      {created && (
        <StatusMessage key={created.id}>
          <Paragraph>
            {t('reviews.create.done', { title: created.title, count: created.counts.participants })}{' '}
            <AppLink to="/meedenken/$roundId" params={{ roundId: created.id }}>
              {t('reviews.create.open', { title: created.title })}
            </AppLink>
          </Paragraph>
        </StatusMessage>
      )}
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        <TextField
          form={form}
          name="title"
          label={t('reviews.create.name')}
          description={t('reviews.create.nameHint')}
        />
        <TextField
          form={form}
          name="deadline"
          type="date"
          min={today()}
          label={t('reviews.create.deadline')}
          description={t('reviews.create.deadlineHint')}
        />
        <TextareaField
          form={form}
          name="emails"
          rows={5}
          spellCheck={false}
          label={t('reviews.create.emails')}
          description={
            lines.length > 0
              ? t('reviews.create.wrongLines', { lines: lines.join(', '), count: lines.length })
              : t('reviews.create.emailsHint')
          }
          optional
        />
        <SubmitButton busy={form.busy}>{t('reviews.create.submit')}</SubmitButton>
      </form>
    </section>
  )
}
