import { useQueryClient } from '@tanstack/react-query'
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { respondToComment } from '../../../domain/api/reviews.ts'
import { responseInput } from '../../../domain/schemas/reviews.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { RadioGroupField } from '../../components/form/RadioGroupField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { translateCode } from '../../i18n/dynamic.ts'
import type { ReviewComment } from './queries.ts'

const STATUSES = ['answered', 'accepted', 'declined'] as const
type ResponseInput = z.output<typeof responseInput>
interface Conflict {
  reason: string
  title: string | null
  input: ResponseInput
}

/**
 * The programme team's answer to one comment. Adopting a proposal applies its change to the
 * concept; when the part changed since it was proposed, the answer is a conflict and nothing
 * changes: the team then applies it anyway, or changes the concept by hand (the editor opens
 * with the proposal filled in) and marks it adopted.
 */
export function RespondForm({
  comment,
  roundId,
  slug,
}: {
  comment: ReviewComment
  roundId: string
  slug: string
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const key = `antwoord-${comment.id}`
  // A proposal already in the concept stays adopted; only the answer's words can change.
  const applied = comment.adoption === 'applied'
  const form = useForm(key, {
    status: comment.status === 'open' ? 'answered' : comment.status,
    response: comment.response ?? '',
  })
  const send = async (input: ResponseInput) => {
    await callApi(respondToComment, { params: { roundId, commentId: comment.id }, body: input })
    setOpen(false)
    setConflict(null)
    await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
    requestAnimationFrame(() => focusFirst([`${key}-open`]))
  }
  const onSubmit = form.handleSubmit({
    schema: responseInput,
    toInput: (values) => (applied ? { ...values, status: 'accepted' } : values),
    onValid: async (input) => {
      try {
        await send(input)
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'proposal_conflict') throw error
        const problem = error.problem.problems?.[0]
        setConflict({
          reason: problem?.code ?? 'node_changed',
          title: problem?.title ?? null,
          input,
        })
      }
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
          const first = applied ? 'response' : 'status'
          requestAnimationFrame(() => document.getElementById(form.fieldId(first))?.focus())
        }}
      >
        {comment.status === 'open' ? t('reviews.respond.open') : t('reviews.respond.change')}
      </Button>
    )
  }
  if (conflict) {
    return (
      <ConflictChoice
        comment={comment}
        slug={slug}
        conflict={conflict}
        send={send}
        cancel={() => {
          setConflict(null)
          requestAnimationFrame(() => document.getElementById(form.fieldId('status'))?.focus())
        }}
      />
    )
  }
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact">
      <ErrorSummary form={form} headingLevel={4} />
      {applied ? (
        <Paragraph>{t('reviews.respond.appliedNote')}</Paragraph>
      ) : (
        <RadioGroupField
          form={form}
          name="status"
          legend={t('reviews.respond.legend')}
          options={STATUSES.map((status) => ({
            value: status,
            label:
              status === 'accepted' && comment.proposal
                ? t('reviews.respond.adopt')
                : t(`reviews.respond.statuses.${status}`),
          }))}
        />
      )}
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

function ConflictChoice({
  comment,
  slug,
  conflict,
  send,
  cancel,
}: {
  comment: ReviewComment
  slug: string
  conflict: Conflict
  send: (input: ResponseInput) => Promise<void>
  cancel: () => void
}) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => heading.current?.focus(), [])
  const { reason, title, input } = conflict
  const proposal = comment.proposal
  const overridable = reason === 'node_changed' || reason === 'node_moved'
  const run = (adopt: ResponseInput['adopt']) => async () => {
    setBusy(adopt)
    setError(null)
    try {
      await send({ ...input, adopt })
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(null)
    }
  }
  const headingId = `conflict-${comment.id}`
  return (
    <section className="rk-confirm" aria-labelledby={headingId}>
      <Heading level={4} id={headingId} ref={heading} tabIndex={-1}>
        {t('reviews.conflict.title')}
      </Heading>
      <Paragraph>
        {translateCode('reviews.conflict.reasons', reason, 'errors.proposal_conflict', {
          title: title ?? comment.nodeTitle ?? '',
        })}{' '}
        {t('reviews.conflict.nothingChanged')}
      </Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      {reason !== 'published' && proposal && comment.nodeId && (
        <Paragraph>
          <AppLink
            to="/kenniskaarten/$slug/bewerken"
            params={{ slug }}
            search={{
              onderdeel: comment.nodeId,
              wijziging: proposal.change,
              tekst: proposal.title ?? undefined,
            }}
          >
            {t('reviews.conflict.edit')}
          </AppLink>
        </Paragraph>
      )}
      <ButtonGroup>
        {overridable && (
          <Button
            type="button"
            appearance="primary-action-button"
            busy={busy === 'anyway'}
            onClick={run('anyway')}
          >
            {t('reviews.conflict.anyway')}
          </Button>
        )}
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={busy === 'byHand'}
          onClick={run('byHand')}
        >
          {t('reviews.conflict.byHand')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  )
}
