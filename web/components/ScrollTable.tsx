import type { ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways on a phone instead of widening the page. The box is
 * focusable and named, so keyboard users can scroll it too (WCAG 2.1.1, 1.4.10). A named group,
 * not a landmark: the section around a table is often named after the same heading, and two
 * landmarks of one name leave a screen reader's landmark list guessing.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls, not a table
    <div role="group" className="rk-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
