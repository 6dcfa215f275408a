import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { type RefObject, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ScanDetail, submitScan } from '../../../domain/api/self-scans.ts'
import { type Answer, isAnswered } from '../../../domain/self-scans/answers.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { showFlash } from '../../components/flash.ts'
import { errorMessage } from '../../components/messages.ts'
import { NlText } from '../../components/NlText.tsx'
import { objectiveFieldId } from './ObjectiveQuestion.tsx'
import { refreshScans } from './queries.ts'
import type { StepTheme } from './ScanForm.tsx'

/**
 * The last step: what is still open (each a link to its question), then submitting with a
 * question first. When the server finds open objectives, they are listed the same way.
 */
export function SubmitStep({
  scan,
  themes,
  answers,
  headingRef,
  flush,
  goTo,
}: {
  scan: ScanDetail
  themes: StepTheme[]
  answers: Record<string, Answer>
  headingRef: RefObject<HTMLHeadingElement | null>
  flush: () => Promise<boolean>
  goTo: (step: number, focusId?: string) => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ error: unknown; open: string[] } | null>(null)
  const questionRef = useRef<HTMLHeadingElement>(null)
  const errorRef = useRef<HTMLElement>(null)
  useEffect(() => {
    if (confirming) questionRef.current?.focus()
  }, [confirming])
  useEffect(() => {
    if (error) errorRef.current?.focus()
  }, [error])

  const places = themes.flatMap((theme, index) =>
    theme.objectives.map((objective) => ({ objective, theme, step: index + 1 })),
  )
  const open = places.filter((place) => !isAnswered(answers[place.objective.id]))

  async function submit() {
    setBusy(true)
    setError(null)
    try {
      if (!(await flush())) throw new Error('save_failed')
      await callApi(submitScan, { params: { scanId: scan.id } })
      await refreshScans(queryClient)
      showFlash({
        type: 'ok',
        message: t('selfScans.submit.done'),
        path: `/zelfscan/${scan.id}/rapport`,
      })
      await navigate({ to: '/zelfscan/$scanId/rapport', params: { scanId: scan.id } })
    } catch (failure) {
      const ids =
        failure instanceof ApiError && failure.code === 'not_complete'
          ? (failure.problem.problems ?? []).flatMap((problem) =>
              problem.nodeId ? [problem.nodeId] : [],
            )
          : []
      setConfirming(false)
      setError({ error: failure, open: ids })
      setBusy(false)
    }
  }

  const openList = (items: typeof places) => (
    <UnorderedList>
      {items.map(({ objective, theme, step }) => (
        <UnorderedListItem key={objective.id}>
          <a
            className="utrecht-link"
            href={`?stap=${step}#doel-${objective.id}`}
            onClick={(event) => {
              event.preventDefault()
              goTo(step, objectiveFieldId(objective.id))
            }}
          >
            <NlText>{objective.title}</NlText>
          </a>{' '}
          (<NlText>{theme.title}</NlText>)
        </UnorderedListItem>
      ))}
    </UnorderedList>
  )

  const serverOpen = error ? places.filter((place) => error.open.includes(place.objective.id)) : []

  return (
    <section aria-labelledby="indienen-titel" className="rk-scan-theme">
      <Heading2 id="indienen-titel" ref={headingRef} tabIndex={-1}>
        {t('selfScans.submit.title')}
      </Heading2>
      {error && (
        <section
          ref={errorRef}
          tabIndex={-1}
          className="rk-error-summary"
          aria-labelledby="indienen-fout"
        >
          <Heading3 id="indienen-fout">{t('form.errorSummaryTitle')}</Heading3>
          <Paragraph>
            {error.error instanceof Error && error.error.message === 'save_failed'
              ? t('selfScans.save.failed')
              : errorMessage(error.error)}
          </Paragraph>
          {serverOpen.length > 0 && openList(serverOpen)}
        </section>
      )}
      {open.length > 0 ? (
        <>
          <Paragraph>{t('selfScans.submit.open', { count: open.length })}</Paragraph>
          {!error && openList(open)}
        </>
      ) : (
        <Paragraph>{t('selfScans.submit.complete')}</Paragraph>
      )}
      <Paragraph>{t('selfScans.submit.explain')}</Paragraph>
      {confirming ? (
        <section className="rk-confirm" aria-labelledby="indienen-vraag">
          <Heading3 id="indienen-vraag" ref={questionRef} tabIndex={-1}>
            {t('selfScans.submit.question')}
          </Heading3>
          <Paragraph>{t('selfScans.submit.questionText')}</Paragraph>
          <ButtonGroup>
            <Button type="button" appearance="primary-action-button" busy={busy} onClick={submit}>
              {t('selfScans.submit.confirm')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setConfirming(false)
                requestAnimationFrame(() => document.getElementById('scan-indienen')?.focus())
              }}
            >
              {t('selfScans.submit.cancel')}
            </Button>
          </ButtonGroup>
        </section>
      ) : (
        <Button
          id="scan-indienen"
          type="button"
          appearance="primary-action-button"
          onClick={() => {
            setError(null)
            setConfirming(true)
          }}
        >
          {t('selfScans.submit.open_button')}
        </Button>
      )}
    </section>
  )
}
