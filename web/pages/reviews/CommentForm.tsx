import { useQueryClient } from '@tanstack/react-query'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addComment } from '../../../domain/api/reviews.ts'
import { commentInput, type ProposalChange } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import type { Option } from '../../components/form/SelectField.tsx'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'

export type CommentTarget = 'map' | 'theme' | 'objective'

/** What a reviewer can propose for each part: the map as a whole takes comments only. */
const CHANGES: Record<CommentTarget, readonly ProposalChange[]> = {
  map: [],
  theme: ['reword', 'add', 'move', 'remove'],
  objective: ['reword', 'move', 'remove'],
}

/**
 * A reviewer's comment on the map, a theme or an objective; or a proposal that says what to
 * change: another wording, a new objective in a theme, moving the part elsewhere, or removing
 * it. Adopting the proposal then makes that change in the concept. Opens from a button, so
 * the concept stays readable; after sending, focus goes to the new comment.
 */
export function CommentForm({
  roundId,
  nodeId,
  target,
  title,
  moveTargets = [],
}: {
  roundId: string
  nodeId: string | null
  target: CommentTarget
  title: string
  /** Where the part could move: other themes for an objective, other domains for a theme. */
  moveTargets?: readonly Option[]
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const key = `reageren-${nodeId ?? 'kaart'}`
  const initial = { change: 'comment', body: '', title: '', targetId: '' }
  const form = useForm(key, initial)
  const what = form.values.change
  // Proposals are about a theme or an objective; the map as a whole takes comments.
  const part = target === 'map' ? 'objective' : target
  const changes = CHANGES[target].filter((change) => change !== 'move' || moveTargets.length > 0)
  const { setValue } = form
  // Another wording starts from the words as they are; a move from the first place offered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the choice changes
  useEffect(() => {
    if (what === 'reword' && form.values.title === '') setValue('title', title)
    if (what === 'add' && form.values.title === title) setValue('title', '')
    if (what === 'move' && form.values.targetId === '')
      setValue('targetId', moveTargets[0]?.value ?? '')
  }, [what])
  const onSubmit = form.handleSubmit({
    schema: commentInput,
    toInput: (values) => {
      if (values.change === 'comment') return { nodeId, kind: 'comment', body: values.body }
      const wording = values.change === 'reword' || values.change === 'add'
      return {
        nodeId,
        kind: 'proposal',
        change: values.change,
        body: values.body,
        title: wording ? values.title : undefined,
        targetId: values.change === 'move' ? values.targetId || undefined : undefined,
      }
    },
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
          const first = changes.length > 0 ? 'change' : 'body'
          requestAnimationFrame(() => document.getElementById(form.fieldId(first))?.focus())
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
      {changes.length > 0 && (
        <RadioGroupField
          form={form}
          name="change"
          legend={t(`reviews.comment.legend.${target}`, { title })}
          options={[
            { value: 'comment', label: t('reviews.comment.kinds.comment') },
            ...changes.map((change) => ({
              value: change,
              label: t(`reviews.proposal.choose.${part}.${change}`),
            })),
          ]}
        />
      )}
      {(what === 'reword' || what === 'add') && (
        <TextareaField
          form={form}
          name="title"
          rows={2}
          label={t(what === 'add' ? 'reviews.proposal.title.add' : 'reviews.proposal.title.reword')}
        />
      )}
      {what === 'move' && (
        <SelectField
          form={form}
          name="targetId"
          label={t(`reviews.proposal.target.${part}`)}
          options={moveTargets}
        />
      )}
      <TextareaField
        form={form}
        name="body"
        rows={4}
        label={
          what === 'comment'
            ? target === 'map'
              ? t('reviews.comment.legend.map')
              : t('reviews.comment.body')
            : t('reviews.comment.why')
        }
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
