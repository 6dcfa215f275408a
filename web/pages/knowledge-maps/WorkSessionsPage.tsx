import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listWorkSessions, recordWorkSession } from '../../../domain/api/reviews.ts'
import { workSessionInput } from '../../../domain/schemas/reviews.ts'
import { callApi } from '../../api/client.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { filledIn } from '../../components/form/required.ts'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { mapTreeQuery, versionsQuery } from './queries.ts'

/**
 * `/kenniskaarten/$slug/werksessies` (programme team): the work sessions held with
 * professionals on a map's concept, newest first, and a form to record one.
 */
export function WorkSessionsPage() {
  const { t, i18n } = useTranslation()
  const { slug } = useParams({ from: '/kenniskaarten/$slug/werksessies' })
  const editor = useCan('maps.edit')
  const map = useQuery(mapTreeQuery(slug))
  const sessions = useQuery({
    queryKey: ['work-sessions', slug],
    queryFn: () => callApi(listWorkSessions, { params: { slug } }),
    enabled: editor,
  })
  const versions = useQuery({ ...versionsQuery(slug), enabled: editor })
  const hasDraft = versions.data?.versions.some((version) => version.number === null)
  const title = map.data
    ? t('workSessions.titleFor', { map: map.data.map.title })
    : t('workSessions.title')
  usePageTitle(title)

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug }}>
          {t('reviews.rounds.back')}
        </AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {!editor && <Paragraph>{t('edit.noAccess')}</Paragraph>}
      {editor && (
        <>
          <Paragraph className="rk-prose">{t('workSessions.intro')}</Paragraph>
          <section aria-labelledby="gehouden" className="rk-section">
            <Heading2 id="gehouden">{t('workSessions.listTitle')}</Heading2>
            {sessions.isPending && <Loading />}
            {sessions.isError && <ErrorAlert error={sessions.error} />}
            {sessions.data?.sessions.length === 0 && (
              <Paragraph>{t('workSessions.empty')}</Paragraph>
            )}
            {sessions.data && sessions.data.sessions.length > 0 && (
              <ul className="rk-card-list">
                {sessions.data.sessions.map((session) => (
                  <li key={session.id} className="rk-card">
                    <Heading3>
                      {formatDate(session.heldOn, i18n.language)}: {session.title}
                    </Heading3>
                    <Paragraph className="rk-form__note">
                      {session.version.number === null
                        ? t('workSessions.onDraft')
                        : t('workSessions.onVersion', { number: session.version.number })}
                    </Paragraph>
                    <dl className="rk-session">
                      <dt>{t('workSessions.participants')}</dt>
                      <dd>{session.participants}</dd>
                      <dt>{t('workSessions.outcomes')}</dt>
                      <dd>{session.outcomes}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {hasDraft === false && (
            <Paragraph>
              {t('workSessions.noDraft')}{' '}
              <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug }}>
                {t('reviews.rounds.toEdit')}
              </AppLink>
            </Paragraph>
          )}
          {hasDraft && <RecordForm slug={slug} />}
        </>
      )}
    </>
  )
}

function RecordForm({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [recorded, setRecorded] = useState<{ title: string; at: number } | null>(null)
  const initial = { heldOn: '', title: '', participants: '', outcomes: '' }
  const form = useForm('werksessie', initial)
  const onSubmit = form.handleSubmit({
    schema: workSessionInput.extend({ heldOn: filledIn(workSessionInput.shape.heldOn) }),
    onValid: async (input) => {
      setRecorded(null)
      await callApi(recordWorkSession, { params: { slug }, body: input })
      form.reset()
      setRecorded({ title: input.title, at: Date.now() })
      await queryClient.invalidateQueries({ queryKey: ['work-sessions', slug] })
    },
  })
  return (
    <section aria-labelledby="vastleggen" className="rk-section">
      <Heading2 id="vastleggen">{t('workSessions.record')}</Heading2>
      {recorded && (
        <StatusMessage key={recorded.at}>
          <Paragraph>{t('workSessions.recorded', { title: recorded.title })}</Paragraph>
        </StatusMessage>
      )}
      <form noValidate onSubmit={onSubmit} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        <TextField form={form} name="heldOn" type="date" label={t('workSessions.heldOn')} />
        <TextField
          form={form}
          name="title"
          label={t('workSessions.name')}
          description={t('workSessions.nameHint')}
        />
        <TextareaField
          form={form}
          name="participants"
          rows={3}
          label={t('workSessions.participants')}
          description={t('workSessions.participantsHint')}
        />
        <TextareaField
          form={form}
          name="outcomes"
          rows={8}
          label={t('workSessions.outcomes')}
          description={t('workSessions.outcomesHint')}
        />
        <SubmitButton busy={form.busy}>{t('workSessions.submit')}</SubmitButton>
      </form>
    </section>
  )
}
