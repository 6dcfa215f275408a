import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addParticipants, closeRound, type RoundSummary } from '../../../domain/api/reviews.ts'
import { addParticipantsInput } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { ChooseAccount } from './ChooseAccount.tsx'
import { wrongLines } from './CreateRoundForm.tsx'
import { emailLines } from './queries.ts'

/**
 * For the programme team on a round's page: the counts, who was invited, inviting more
 * reviewers, and closing the round.
 */
export function ProgrammePanel({
  round,
  participants,
}: {
  round: RoundSummary
  participants: readonly { email: string; name: string | null }[]
}) {
  const { t } = useTranslation()
  const { counts } = round
  return (
    <section aria-labelledby="programmateam" className="rk-section rk-programme-panel">
      <Heading2 id="programmateam">{t('reviews.panel.title')}</Heading2>
      <dl className="rk-meta rk-counts">
        {(['participants', 'comments', 'open', 'answered', 'accepted', 'declined'] as const).map(
          (name) => (
            <div key={name}>
              <dt>{t(`reviews.counts.${name}`)}</dt>
              <dd>{counts[name]}</dd>
            </div>
          ),
        )}
      </dl>
      <Heading3 id="uitgenodigd">
        {t('reviews.panel.participants', { count: participants.length })}
      </Heading3>
      {participants.length === 0 ? (
        <Paragraph>{t('reviews.panel.noParticipants')}</Paragraph>
      ) : (
        <UnorderedList aria-labelledby="uitgenodigd">
          {participants.map((participant) => (
            <UnorderedListItem key={participant.email}>
              {participant.name
                ? `${participant.name} (${participant.email})`
                : t('reviews.panel.noAccount', { email: participant.email })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {round.state === 'open' && <InviteMore roundId={round.id} />}
      {round.state === 'open' && <CloseRound round={round} />}
    </section>
  )
}

function InviteMore({ roundId }: { roundId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [invited, setInvited] = useState<{ count: number; at: number } | null>(null)
  const form = useForm('meer-uitnodigen', { emails: '' })
  const onSubmit = form.handleSubmit({
    schema: addParticipantsInput,
    toInput: (values) => ({ emails: emailLines(values.emails) }),
    onValid: async (input) => {
      setInvited(null)
      await callApi(addParticipants, { params: { roundId }, body: input })
      form.reset()
      setInvited({ count: input.emails.length, at: Date.now() })
      await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
    },
  })
  const lines = wrongLines(form.fieldErrors)
  return (
    <>
      <Heading3 id="meer-uitnodigen-titel">{t('reviews.panel.inviteTitle')}</Heading3>
      {invited && (
        <StatusMessage key={invited.at}>
          <Paragraph>{t('reviews.panel.invited', { count: invited.count })}</Paragraph>
        </StatusMessage>
      )}
      <form
        noValidate
        onSubmit={onSubmit}
        className="rk-form"
        aria-labelledby="meer-uitnodigen-titel"
      >
        <ErrorSummary form={form} headingLevel={4} />
        <TextareaField
          form={form}
          name="emails"
          rows={3}
          spellCheck={false}
          label={t('reviews.create.emails')}
          description={
            lines.length > 0
              ? t('reviews.create.wrongLines', { lines: lines.join(', '), count: lines.length })
              : t('reviews.create.emailsHint')
          }
        />
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('reviews.panel.invite')}
        </SubmitButton>
      </form>
      <ChooseAccount roundId={roundId} />
    </>
  )
}

function CloseRound({ round }: { round: RoundSummary }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (confirming) heading.current?.focus()
  }, [confirming])

  if (!confirming) {
    return (
      <>
        <Heading3 id="ronde-sluiten-titel">{t('reviews.panel.closeTitle')}</Heading3>
        <Paragraph>{t('reviews.panel.closeIntro')}</Paragraph>
        <Button
          id="ronde-sluiten"
          type="button"
          appearance="secondary-action-button"
          onClick={() => setConfirming(true)}
        >
          {t('reviews.panel.close')}
        </Button>
      </>
    )
  }
  return (
    <section className="rk-confirm" aria-labelledby="ronde-sluiten-vraag">
      <Heading3 id="ronde-sluiten-vraag" ref={heading} tabIndex={-1}>
        {t('reviews.panel.closeQuestion', { title: round.title })}
      </Heading3>
      <Paragraph>{t('reviews.panel.closeText', { open: round.counts.open })}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          busy={busy}
          onClick={async () => {
            setBusy(true)
            setError(null)
            try {
              await callApi(closeRound, { params: { roundId: round.id } })
              await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
              requestAnimationFrame(() => document.getElementById('ronde-status')?.focus())
            } catch (failure) {
              setError(failure)
            } finally {
              setBusy(false)
            }
          }}
        >
          {t('reviews.panel.closeConfirm')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setConfirming(false)
            requestAnimationFrame(() => document.getElementById('ronde-sluiten')?.focus())
          }}
        >
          {t('reviews.panel.closeCancel')}
        </Button>
      </ButtonGroup>
    </section>
  )
}
