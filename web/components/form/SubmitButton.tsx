import { Button } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/** The main button of a form; `busy` tells assistive technology the request is running. */
export function SubmitButton({
  busy,
  children,
  hint,
  appearance = 'primary-action-button',
}: {
  busy: boolean
  children: ReactNode
  hint?: 'danger'
  appearance?: 'primary-action-button' | 'secondary-action-button'
}) {
  return (
    <Button type="submit" appearance={appearance} busy={busy} hint={hint}>
      {children}
    </Button>
  )
}
