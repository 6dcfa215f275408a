import { Alert, Paragraph } from '@utrecht/component-library-react'
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

export interface Announcement {
  type: 'ok' | 'error'
  text: string
  /** Changes with every announcement, so the same text twice is read out twice. */
  at: number
}

/**
 * The outcome of a small action that leaves focus where it is (move up, rename, add). The live
 * region is always on the page, so screen readers read out every new message without a jump;
 * the message inside is not a live region of its own, or it would be read twice.
 */
export function LiveStatus({
  announcement,
  className,
}: {
  announcement: Announcement | null
  className?: string
}) {
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {announcement && (
        <Alert key={announcement.at} type={announcement.type} role="none">
          <Paragraph>{announcement.text}</Paragraph>
        </Alert>
      )}
    </div>
  )
}
