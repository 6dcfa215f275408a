import { useQueryClient } from '@tanstack/react-query'
import { Button, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { respondToComment } from '../../../domain/api/reviews.ts'
import { responseInput } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { formatDateTime } from '../../components/format.ts'
import { useDutchContent } from '../../components/NlText.tsx'
import type { ReviewComment } from './queries.ts'
import { CommentBadge } from './RoundBadge.tsx'

/**
 * One comment or proposal with its state and the programme team's answer. The programme team
 * answers it, takes it over, or declines it, with a short explanation.
 */
export function CommentItem({
  comment,
  roundId,
  canRespond,
}: {
  comment: ReviewComment
  roundId: string
  canRespond: boolean
}) {
  const { t, i18n } = useTranslation()
  // Comments are on Dutch kenniskaarten, in the programme's working language.
  const nl = useDutchContent()
  const author = comment.mine
    ? t('reviews.comment.you')
    : (comment.author ?? t('reviews.comment.someone'))
  return (
    <li id={`opmerking-${comment.id}`} className={`rk-comment rk-comment--${comment.status}`}>
      <div className="rk-comment__head">
        <span className="rk-comment__kind">{t(`reviews.comment.kinds.${comment.kind}`)}</span>
        <CommentBadge status={comment.status} />
        <span className="rk-comment__by">
          {t('reviews.comment.by', {
            author,
            date: formatDateTime(comment.createdAt, i18n.language),
          })}
        </span>
      </div>
      {comment.proposedTitle && (
        <Paragraph className="rk-comment__proposal">
          {t('reviews.comment.proposedText')} <q {...nl}>{comment.proposedTitle}</q>
        </Paragraph>
      )}
      <Paragraph className="rk-comment__body" {...nl}>
        {comment.body}
      </Paragraph>
      {comment.response && (
        <div className="rk-comment__response">
          <span className="rk-comment__kind">{t('reviews.comment.response')}</span>
          <Paragraph className="rk-comment__body" {...nl}>
            {comment.response}
          </Paragraph>
        </div>
      )}
      {canRespond && <RespondForm comment={comment} roundId={roundId} />}
    </li>
  )
}

const STATUSES = ['answered', 'accepted', 'declined'] as const

function RespondForm({ comment, roundId }: { comment: ReviewComment; roundId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const key = `antwoord-${comment.id}`
  const form = useForm(key, {
    status: comment.status === 'open' ? 'answered' : comment.status,
    response: comment.response ?? '',
  })
  const onSubmit = form.handleSubmit({
    schema: responseInput,
    onValid: async (input) => {
      await callApi(respondToComment, { params: { roundId, commentId: comment.id }, body: input })
      setOpen(false)
      await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
      requestAnimationFrame(() => focusFirst([`${key}-open`]))
    },
  })
  if (!open) {
    return (
      <Button
        id={`${key}-open`}
        type="button"
        appearance="secondary-action-button"
        className="rk-small-button"
        onClick={() => {
          setOpen(true)
          requestAnimationFrame(() => document.getElementById(form.fieldId('status'))?.focus())
        }}
      >
        {comment.status === 'open' ? t('reviews.respond.open') : t('reviews.respond.change')}
      </Button>
    )
  }
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact">
      <ErrorSummary form={form} headingLevel={4} />
      <RadioGroupField
        form={form}
        name="status"
        legend={t('reviews.respond.legend')}
        options={STATUSES.map((status) => ({
          value: status,
          label: t(`reviews.respond.statuses.${status}`),
        }))}
      />
      <TextareaField
        form={form}
        name="response"
        rows={3}
        label={t('reviews.respond.response')}
        description={t('reviews.respond.responseHint')}
        optional
      />
      <div className="rk-button-row">
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('reviews.respond.submit')}
        </SubmitButton>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setOpen(false)
            requestAnimationFrame(() => document.getElementById(`${key}-open`)?.focus())
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
