import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanDetail } from '../../../domain/api/self-scans.ts'
import type { DomainNode, ThemeNode } from '../../../domain/knowledge-maps/tree.ts'
import { isAnswered, THEME_NOTE_MAX } from '../../../domain/self-scans/answers.ts'
import { errorMessage } from '../../components/messages.ts'
import { NlText, useDutchContent } from '../../components/NlText.tsx'
import { useStickyScrollPadding } from '../../components/useStickyScrollPadding.ts'
import { ObjectiveQuestion } from './ObjectiveQuestion.tsx'
import { ScaleExplainer } from './ScaleExplainer.tsx'
import { SubmitStep } from './SubmitStep.tsx'
import { type SaveState, useScanAutosave } from './useScanAutosave.ts'

export type StepTheme = ThemeNode & { domain: DomainNode }

/**
 * The scan as steps: one theme per step, then checking and submitting. Progress (overall and
 * per theme) and the save status stay in view; answers save themselves as the person goes.
 */
export function ScanForm({
  scan,
  themes,
  step,
  steps,
}: {
  scan: ScanDetail
  themes: StepTheme[]
  step: number
  steps: number
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const autosave = useScanAutosave(scan)
  const { answers, notes } = autosave
  const total = themes.reduce((sum, theme) => sum + theme.objectives.length, 0)
  const answered = themes.reduce(
    (sum, theme) => sum + theme.objectives.filter((o) => isAnswered(answers[o.id])).length,
    0,
  )
  const theme = themes[step - 1]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstStep = useRef(step)
  const nl = useDutchContent()
  const progressBar = useRef<HTMLDivElement>(null)
  const buttonBar = useRef<HTMLDivElement>(null)
  useStickyScrollPadding({ start: progressBar, end: buttonBar })

  // A new step: focus its heading (not on arrival, when the page heading has focus).
  useEffect(() => {
    if (step === firstStep.current) return
    firstStep.current = step
    headingRef.current?.focus({ preventScroll: true })
    headingRef.current?.scrollIntoView({ block: 'start' })
  }, [step])

  const goTo = (next: number, focusId?: string) => {
    void autosave.flush()
    void navigate({
      to: '/zelfscan/$scanId',
      params: { scanId: scan.id },
      search: { stap: next },
    }).then(() => {
      if (focusId)
        requestAnimationFrame(() => {
          const field = document.getElementById(focusId)
          field?.focus()
          field?.scrollIntoView({ block: 'center' })
        })
    })
  }

  return (
    <>
      <Paragraph className="rk-prose">{t('selfScans.take.intro')}</Paragraph>
      <ScaleExplainer scale={scan.scale} target={scan.target} open={step === 1} />

      <div className="rk-scan-progress" ref={progressBar}>
        <Paragraph className="rk-scan-progress__text">
          <strong>{t('selfScans.progress.answered', { answered, total })}</strong>
          <progress
            className="rk-scan-progress__bar"
            max={total}
            value={answered}
            aria-label={t('selfScans.progress.label')}
          />
        </Paragraph>
        <SaveStatus
          state={autosave.state}
          lastSavedAt={autosave.lastSavedAt}
          onRetry={() => void autosave.flush()}
        />
      </div>

      <nav aria-label={t('selfScans.take.stepsLabel')} className="rk-scan-steps">
        <details>
          <summary>{t('selfScans.take.allSteps', { step, steps })}</summary>
          <ol>
            {themes.map((item, index) => {
              const done = item.objectives.filter((o) => isAnswered(answers[o.id])).length
              return (
                <li key={item.id}>
                  <a
                    href={`?stap=${index + 1}`}
                    className="utrecht-link"
                    aria-current={index + 1 === step ? 'step' : undefined}
                    onClick={(event) => {
                      event.preventDefault()
                      goTo(index + 1)
                    }}
                  >
                    <NlText>{item.title}</NlText>
                  </a>{' '}
                  <span className="rk-scan-steps__count">
                    {t('selfScans.progress.theme', {
                      answered: done,
                      total: item.objectives.length,
                    })}
                  </span>
                </li>
              )
            })}
            <li>
              <a
                href={`?stap=${steps}`}
                className="utrecht-link"
                aria-current={step === steps ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  goTo(steps)
                }}
              >
                {t('selfScans.submit.title')}
              </a>
            </li>
          </ol>
        </details>
      </nav>

      {theme ? (
        <section aria-labelledby="thema-titel" className="rk-scan-theme">
          <Paragraph className="rk-scan-theme__eyebrow">
            {t('selfScans.take.stepOf', { step, steps })} · <NlText>{theme.domain.title}</NlText>
          </Paragraph>
          <Heading2 id="thema-titel" ref={headingRef} tabIndex={-1} {...nl}>
            {theme.title}
          </Heading2>
          <Paragraph>
            {t('selfScans.progress.theme', {
              answered: theme.objectives.filter((o) => isAnswered(answers[o.id])).length,
              total: theme.objectives.length,
            })}
          </Paragraph>
          {theme.objectives.map((objective) => (
            <ObjectiveQuestion
              key={objective.id}
              objective={objective}
              scale={scan.scale}
              answer={answers[objective.id]}
              onChange={autosave.changeAnswer}
            />
          ))}
          <FormField
            label={
              <FormLabel htmlFor={`notitie-${theme.id}`}>
                {t('selfScans.take.note', { theme: theme.title })}{' '}
                <span className="rk-optional">{t('form.optional')}</span>
              </FormLabel>
            }
            description={
              <FormFieldDescription id={`notitie-${theme.id}-uitleg`}>
                {t('selfScans.take.noteHint')}
              </FormFieldDescription>
            }
            input={
              <Textarea
                id={`notitie-${theme.id}`}
                rows={3}
                maxLength={THEME_NOTE_MAX}
                value={notes[theme.id] ?? ''}
                aria-describedby={`notitie-${theme.id}-uitleg`}
                onChange={(event) => autosave.changeNote(theme.id, event.target.value)}
              />
            }
          />
        </section>
      ) : (
        <SubmitStep
          scan={scan}
          themes={themes}
          answers={answers}
          headingRef={headingRef}
          flush={autosave.flush}
          goTo={goTo}
        />
      )}

      <div className="rk-scan-nav" ref={buttonBar}>
        {step > 1 && (
          <Button type="button" appearance="secondary-action-button" onClick={() => goTo(step - 1)}>
            {t('selfScans.take.previous')}
          </Button>
        )}
        {step < steps && (
          <Button type="button" appearance="primary-action-button" onClick={() => goTo(step + 1)}>
            {step === steps - 1 ? t('selfScans.take.toSubmit') : t('selfScans.take.next')}
          </Button>
        )}
      </div>
    </>
  )
}

/**
 * "Opgeslagen om 14:03", in a polite live region that is always on the page; a failed save
 * says so with a retry button next to it (outside the region, so it is not read twice).
 */
function SaveStatus({
  state,
  lastSavedAt,
  onRetry,
}: {
  state: SaveState
  lastSavedAt: string | null
  onRetry: () => void
}) {
  const { t, i18n } = useTranslation()
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso))
  let text = t('selfScans.save.auto')
  if (lastSavedAt) text = t('selfScans.save.saved', { time: time(lastSavedAt) })
  if (state.kind === 'error') text = `${t('selfScans.save.failed')} ${errorMessage(state.error)}`
  const busy = state.kind === 'saving' || state.kind === 'pending'
  return (
    <div className="rk-save-status">
      <p
        aria-live="polite"
        aria-atomic="true"
        className={`utrecht-paragraph rk-save-status__text rk-save-status__text--${state.kind}`}
      >
        {text}
      </p>
      {/* Seen, not announced: a screen reader hears the outcome, not every keystroke's save. */}
      {busy && (
        <p aria-hidden="true" className="utrecht-paragraph rk-save-status__busy">
          {t('selfScans.save.saving')}
        </p>
      )}
      {state.kind === 'error' && (
        <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
          {t('selfScans.save.retry')}
        </Button>
      )}
    </div>
  )
}
