import { LOCALES, type Locale } from '../../domain/roles.ts'

/** Where the chosen language is remembered: localStorage for the app, a cookie for the server. */
const STORAGE_KEY = 'rk_lang'
const COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The language this browser chose explicitly earlier, or null when it never chose. */
export function storedLocale(): Locale | null {
  try {
    const local = localStorage.getItem(STORAGE_KEY)
    if (isLocale(local)) return local
  } catch {
    // Storage can be blocked (private mode, policies); the cookie still works then.
  }
  const cookie = document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === STORAGE_KEY)?.[1]
  return isLocale(cookie) ? cookie : null
}

/**
 * Dutch unless this browser chose English before. Not guessed from the browser's language:
 * the sector works in Dutch, and a Dutch archivist with an English browser expects Dutch.
 */
export function initialLocale(): Locale {
  return storedLocale() ?? 'nl'
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // See storedLocale: the cookie below is enough.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser we support
  document.cookie = `${STORAGE_KEY}=${locale}; path=/; max-age=${COOKIE_MAX_AGE}; samesite=lax`
}
