import { useSyncExternalStore } from 'react'

/**
 * A one-time message shown after a navigation ("Je bent uitgelogd"). It belongs to the page it
 * was meant for and disappears once the person moves on, so it never lingers.
 */
export interface Flash {
  type: 'ok' | 'info'
  message: string
  path: string
}

let current: Flash | null = null
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

export function showFlash(flash: Flash): void {
  current = flash
  emit()
}

/** After a navigation: the message goes once the person is on another page than its own. */
export function clearFlashUnlessFor(path: string): void {
  if (current === null || current.path === path) return
  current = null
  emit()
}

export function useFlash(): Flash | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
