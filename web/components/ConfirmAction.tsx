import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react'
import { type ReactNode, useEffect } from 'react'
import { ErrorAlert } from './ErrorAlert.tsx'
import { focusFirst } from './focus.ts'

export interface ConfirmActionProps {
  /** Id of the question; the consequence gets `<id>-gevolg`. Unique on the page. */
  id: string
  question: string
  /** What happens, and what cannot be undone; read with the confirm button. */
  consequence?: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  /** Hides the question; focus then goes back to the first of `returnFocusTo` on the page. */
  onCancel: () => void
  /** Ids of the button that asked (and fallbacks), to return focus to after cancelling. */
  returnFocusTo: readonly string[]
  busy?: boolean
  /** Red confirm button for what removes or ends something (the default). */
  danger?: boolean
  error?: unknown
  headingLevel?: 2 | 3 | 4
}

/**
 * Asks before an action that is hard to undo — the one way Routekaart does so. Shown in place
 * of the button that asked, it takes focus so the question is read out first; cancelling
 * (button or Escape) puts focus back on that button, so a keyboard user does not lose their
 * place.
 *
 * @example
 * {confirming ? (
 *   <ConfirmAction id="scan-vraag" question={t('…question')} consequence={t('…questionText')}
 *     confirmLabel={t('…confirm')} cancelLabel={t('common.cancel')} busy={busy}
 *     onConfirm={remove} onCancel={() => setConfirming(false)} returnFocusTo={['scan-verwijderen']} />
 * ) : (
 *   <Button id="scan-verwijderen" onClick={() => setConfirming(true)}>…</Button>
 * )}
 */
export function ConfirmAction({
  id,
  question,
  consequence,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  returnFocusTo,
  busy = false,
  danger = true,
  error = null,
  headingLevel = 3,
}: ConfirmActionProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the question appears
  useEffect(() => focusFirst([id]), [])
  const consequenceId = consequence ? `${id}-gevolg` : undefined
  const cancel = () => {
    onCancel()
    requestAnimationFrame(() => focusFirst(returnFocusTo))
  }
  return (
    <section
      className="rk-confirm"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) cancel()
      }}
    >
      <Heading level={headingLevel} id={id} tabIndex={-1}>
        {question}
      </Heading>
      {consequence && <Paragraph id={consequenceId}>{consequence}</Paragraph>}
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          busy={busy}
          aria-describedby={consequenceId}
          onClick={() => {
            if (!busy) onConfirm()
          }}
        >
          {confirmLabel}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={cancel}>
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </section>
  )
}
