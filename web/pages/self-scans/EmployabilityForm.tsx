import { useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveCheckAnswers, submitCheck } from '../../../domain/api/self-scans.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'
import { errorMessage } from '../../components/messages.ts'
import { type Announcement, LiveStatus } from '../../components/StatusMessage.tsx'
import { OpenStatements } from './EmployabilityOpenStatements.tsx'
import {
  checksQuery,
  type Dimension,
  type EmployabilityCheck,
  type EmployabilityContent,
  statementFieldId,
  statementsOf,
} from './employability-queries.ts'
import { localised } from './format.ts'

/** How long after the last click the answers are saved: one request for a quick series. */
const SAVE_DELAY_MS = 700

type Answers = Record<string, number>

/**
 * A check in progress: every statement as a radio group, saved as the person goes (changed
 * answers only, a moment after the last click). A failed save keeps every answer on the page
 * and offers to try again; submitting first saves what is left.
 */
export function EmployabilityForm({
  content,
  check,
  onSubmitted,
}: {
  content: EmployabilityContent
  check: EmployabilityCheck
  onSubmitted: (check: EmployabilityCheck) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [answers, setAnswers] = useState<Answers>(check.answers)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const [saveFailed, setSaveFailed] = useState(false)
  const [open, setOpen] = useState<string[]>([])
  const [failures, setFailures] = useState(0)
  const [submitError, setSubmitError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const pending = useRef<Answers>({})
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const running = useRef<Promise<boolean> | null>(null)

  const announce = useCallback(
    (type: Announcement['type'], text: string) => setAnnouncement({ type, text, at: Date.now() }),
    [],
  )

  /** Sends what changed; true when nothing is left unsaved. */
  const save = useCallback(async (): Promise<boolean> => {
    if (running.current) await running.current
    const batch = pending.current
    if (Object.keys(batch).length === 0) return true
    pending.current = {}
    const request = callApi(saveCheckAnswers, {
      params: { checkId: check.id },
      body: { answers: batch },
    })
      .then(() => {
        setSaveFailed(false)
        announce('ok', t('employability.form.saved'))
        return Object.keys(pending.current).length === 0
      })
      .catch((error: unknown) => {
        // Newer clicks win over the batch that failed; nothing the person chose is lost.
        pending.current = { ...batch, ...pending.current }
        setSaveFailed(true)
        announce('error', t('employability.form.notSaved', { reason: errorMessage(error) }))
        return false
      })
    running.current = request
    const done = await request
    running.current = null
    return done
  }, [check.id, announce, t])

  // Leaving the page saves what is still waiting.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      if (Object.keys(pending.current).length > 0) void save()
      void queryClient.invalidateQueries({ queryKey: checksQuery.queryKey })
    },
    [save, queryClient],
  )

  const choose = (statementId: string, value: number) => {
    setAnswers((previous) => ({ ...previous, [statementId]: value }))
    pending.current = { ...pending.current, [statementId]: value }
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS)
  }

  const retry = () => {
    if (timer.current) clearTimeout(timer.current)
    void save()
  }

  const handleSubmit = async () => {
    if (busy) return
    setBusy(true)
    setSubmitError(null)
    try {
      if (timer.current) clearTimeout(timer.current)
      let saved = await save()
      // A click during the save above is in the next batch.
      if (saved && Object.keys(pending.current).length > 0) saved = await save()
      if (!saved) {
        setSubmitError(t('employability.form.saveFirst'))
        return
      }
      const submitted = await callApi(submitCheck, { params: { checkId: check.id } })
      setOpen([])
      await queryClient.invalidateQueries({ queryKey: checksQuery.queryKey })
      onSubmitted(submitted)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_complete') {
        setOpen(openStatements(error.problem.problems, content, answers))
        setFailures((count) => count + 1)
      } else {
        setSubmitError(error)
      }
    } finally {
      setBusy(false)
    }
  }

  const total = statementsOf(content).length
  const answered = Object.keys(answers).length
  const stillOpen = open.filter((id) => answers[id] === undefined)
  const resumed = Object.keys(check.answers).length > 0

  return (
    <section aria-labelledby="check-invullen" className="rk-section">
      <Heading2 id="check-invullen">{t('employability.form.title')}</Heading2>
      <Paragraph>
        {resumed ? t('employability.form.resumed') : t('employability.form.intro')}
      </Paragraph>
      <Paragraph className="rk-check-progress">
        {t('employability.form.progress', { answered, total })}
      </Paragraph>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void handleSubmit()
        }}
      >
        <OpenStatements content={content} open={stillOpen} failures={failures} />
        {content.dimensions.map((dimension) => (
          <DimensionQuestions
            key={dimension.id}
            dimension={dimension}
            content={content}
            answers={answers}
            open={stillOpen}
            onChoose={choose}
          />
        ))}
        <div className="rk-check-bar">
          <Paragraph className="rk-check-bar__progress">
            {t('employability.form.progress', { answered, total })}
          </Paragraph>
          <LiveStatus announcement={announcement} className="rk-check-bar__status" />
          {saveFailed && (
            <Button type="button" appearance="secondary-action-button" onClick={retry}>
              {t('employability.form.retry')}
            </Button>
          )}
          {submitError !== null &&
            (typeof submitError === 'string' ? (
              <Alert type="error">
                <Paragraph>{submitError}</Paragraph>
              </Alert>
            ) : (
              <ErrorAlert error={submitError} />
            ))}
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('employability.form.submit')}
          </Button>
        </div>
      </form>
    </section>
  )
}

/**
 * The statements `not_complete` names (each problem's `field` is a statement id); the ones
 * unanswered on the page when the answer names none.
 */
function openStatements(
  problems: readonly { field?: string }[] | undefined,
  content: EmployabilityContent,
  answers: Answers,
): string[] {
  const named = (problems ?? []).flatMap((problem) => (problem.field ? [problem.field] : []))
  if (named.length > 0) return named
  return statementsOf(content)
    .map(({ statement }) => statement.id)
    .filter((id) => answers[id] === undefined)
}

function DimensionQuestions({
  dimension,
  content,
  answers,
  open,
  onChoose,
}: {
  dimension: Dimension
  content: EmployabilityContent
  answers: Answers
  open: readonly string[]
  onChoose: (statementId: string, value: number) => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const headingId = `dimensie-${dimension.id}`
  const answered = dimension.statements.filter((s) => answers[s.id] !== undefined).length
  return (
    <section aria-labelledby={headingId} className="rk-dimension">
      <Heading3 id={headingId}>{localised(dimension.title, lang)}</Heading3>
      <Paragraph className="rk-dimension__count">
        {t('employability.form.dimensionProgress', {
          answered,
          total: dimension.statements.length,
        })}
      </Paragraph>
      {dimension.statements.map((statement) => {
        const id = statementFieldId(statement.id)
        const invalid = open.includes(statement.id)
        return (
          <Fieldset
            key={statement.id}
            invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
            className="rk-statement"
          >
            <FieldsetLegend>{localised(statement.text, lang)}</FieldsetLegend>
            {invalid && (
              <FormFieldErrorMessage id={`${id}-error`}>
                {t('employability.form.required')}
              </FormFieldErrorMessage>
            )}
            <div className="rk-statement__answers">
              {content.answers.map((answer, index) => {
                const optionId = index === 0 ? id : `${id}-${answer.value}`
                return (
                  <ChoiceOption
                    key={answer.value}
                    type="radio"
                    id={optionId}
                    name={id}
                    value={String(answer.value)}
                    label={localised(answer.label, lang)}
                    checked={answers[statement.id] === answer.value}
                    onChange={() => onChoose(statement.id, answer.value)}
                    invalid={invalid}
                  />
                )
              })}
            </div>
          </Fieldset>
        )
      })}
    </section>
  )
}
