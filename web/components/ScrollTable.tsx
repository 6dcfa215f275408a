import type { ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways on a phone instead of widening the page. The region is
 * focusable and named, so keyboard users can scroll it too (WCAG 2.1.1, 1.4.10).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="rk-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
