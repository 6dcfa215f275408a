import { useQueryClient } from '@tanstack/react-query'
import { Button } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addComment } from '../../../domain/api/reviews.ts'
import { commentInput } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'

export type CommentTarget = 'map' | 'theme' | 'objective'

/**
 * A reviewer's comment on the map, a theme or an objective; or a proposal: a new objective
 * (on the map or a theme) or another wording (on an objective). Opens from a button, so the
 * concept stays readable; after sending, focus goes to the new comment.
 */
export function CommentForm({
  roundId,
  nodeId,
  target,
  title,
}: {
  roundId: string
  nodeId: string | null
  target: CommentTarget
  title: string
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const key = `reageren-${nodeId ?? 'kaart'}`
  const form = useForm(key, { kind: 'comment', body: '', proposedTitle: '' })
  const proposal = form.values.kind === 'proposal'
  const onSubmit = form.handleSubmit({
    schema: commentInput,
    toInput: (values) => ({
      nodeId,
      kind: values.kind,
      body: values.body,
      proposedTitle: values.kind === 'proposal' ? values.proposedTitle : undefined,
    }),
    onValid: async (input) => {
      const comment = await callApi(addComment, { params: { roundId }, body: input })
      form.reset()
      setOpen(false)
      await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
      requestAnimationFrame(() => focusFirst([`opmerking-${comment.id}`, `${key}-open`]))
    },
  })

  if (!open) {
    return (
      <Button
        id={`${key}-open`}
        type="button"
        appearance="secondary-action-button"
        className="rk-small-button rk-comment-open"
        onClick={() => {
          setOpen(true)
          requestAnimationFrame(() => document.getElementById(form.fieldId('kind'))?.focus())
        }}
      >
        {t(`reviews.comment.open.${target}`)}
        {target !== 'map' && <VisuallyHidden>: {title}</VisuallyHidden>}
      </Button>
    )
  }
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact rk-comment-form">
      <ErrorSummary form={form} headingLevel={4} />
      <RadioGroupField
        form={form}
        name="kind"
        legend={t(`reviews.comment.legend.${target}`, { title })}
        options={[
          { value: 'comment', label: t('reviews.comment.kinds.comment') },
          { value: 'proposal', label: t(`reviews.comment.proposal.${target}`) },
        ]}
      />
      {proposal && (
        <TextareaField
          form={form}
          name="proposedTitle"
          rows={2}
          label={t(`reviews.comment.proposedTitle.${target}`)}
        />
      )}
      <TextareaField
        form={form}
        name="body"
        rows={4}
        label={proposal ? t('reviews.comment.why') : t('reviews.comment.body')}
      />
      <div className="rk-button-row">
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('reviews.comment.submit')}
        </SubmitButton>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setOpen(false)
            form.reset()
            requestAnimationFrame(() => document.getElementById(`${key}-open`)?.focus())
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
