import { isLocalPath } from '../../components/PathLink.tsx'

const KEY = 'routekaart.afterConfirmation'

/**
 * Where a new account was heading when it signed up (a mailed review-round link, say): kept in
 * this browser until the confirmation link is opened, which is usually a new tab of the same
 * browser. Only the app's own paths are kept.
 */
export function rememberAfterConfirmation(path: string | undefined): void {
  try {
    if (isLocalPath(path)) localStorage.setItem(KEY, path)
    else localStorage.removeItem(KEY)
  } catch {
    // Storage can be off (private mode); the person then lands on their routekaart.
  }
}

/** The remembered path, if any. */
export function readAfterConfirmation(): string | undefined {
  try {
    const path = localStorage.getItem(KEY) ?? undefined
    return isLocalPath(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** Forgets the remembered path once it has been offered. */
export function forgetAfterConfirmation(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {}
}
