import type { ReactNode } from 'react'

/**
 * Text for screen readers only, e.g. the object after a visible verb ("Omhoog" + ": <title>"),
 * so each of many same-looking buttons has its own name.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="rk-visually-hidden">{children}</span>
}
