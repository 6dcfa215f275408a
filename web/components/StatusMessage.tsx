import { Alert } from '@utrecht/component-library-react'
import { type ReactNode, useEffect, useRef } from 'react'

/**
 * The outcome of an action that replaces a form ("Check your mail"). It takes focus when it
 * appears, so keyboard and screen reader users land on the news instead of on nothing.
 */
export function StatusMessage({
  type = 'ok',
  children,
}: {
  type?: 'ok' | 'info' | 'warning' | 'error'
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div ref={ref} tabIndex={-1} className="rk-status-message">
      <Alert type={type}>{children}</Alert>
    </div>
  )
}
