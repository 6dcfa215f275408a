import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import en from '../../web/i18n/en.json'
import nl from '../../web/i18n/nl.json'
import type { launchBrowser } from './browser.ts'

/** The two languages of Routekaart; every journey runs in both. */
export const LANGUAGES = ['nl', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]

/** The UI texts a person reads, per language, straight from the app's own dictionaries. */
export const texts: Record<Lang, typeof nl> = { nl, en }

/** The name each language has on its own button in the header. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' }

/** Fills in `{{name}}` placeholders the way i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
}

let counter = 0
/** An address nobody used before in this run, so every test starts from nothing. */
export function uniqueEmail(label: string): string {
  counter += 1
  return `${label}-${Date.now().toString(36)}-${counter}@voorbeeld.nl`
}

/** A strong password of the kind the policy asks for: a short sentence. */
export const STRONG_PASSWORD = 'mijn archief leert elke dag'

type Browser = Awaited<ReturnType<typeof launchBrowser>>

/**
 * A new page on a browser as a first-time visitor: no session, no remembered language. The
 * browser's profile is shared by the tests of a file, so its cookies and storage for the app
 * are wiped first.
 */
export async function freshPage(
  browser: Browser,
  baseUrl: string,
  options: { mobile?: boolean } = {},
): Promise<Page> {
  for (const open of browser.context.pages()) await open.close()
  await browser.context.clearCookies()
  const page = await browser.newPage(options)
  const cdp = await browser.context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes: 'all' })
  await cdp.detach()
  return page
}

/** Waits until the page's main heading says `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor()
}

/** Waits for `locator` to be visible and returns its text, for assertions on what is read. */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.waitFor()
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * Switches the interface language with the header buttons, as a person would, and waits until
 * the page speaks it (`<html lang>` and the pressed button).
 */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  const button = page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true })
  await button.click()
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang)
}

/**
 * Opens `path` as a first-time visitor and, for English, switches language with the header
 * buttons first. Dutch is what a first visit shows.
 */
export async function openIn(page: Page, baseUrl: string, path: string, lang: Lang): Promise<void> {
  await page.goto(`${baseUrl}${path}`)
  await page.getByRole('button', { name: LANGUAGE_NAMES.nl, exact: true }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('nl')
  if (lang === 'en') await switchLanguage(page, 'en')
}

/** Signs in with the form on /inloggen (the page must be open) and waits for Mijn routekaart. */
export async function signInWithForm(
  page: Page,
  lang: Lang,
  email: string,
  password: string,
): Promise<void> {
  const t = texts[lang]
  await expectHeading(page, t.signIn.title)
  await page.getByLabel(t.fields.email, { exact: true }).fill(email)
  await page.getByLabel(t.fields.password, { exact: true }).fill(password)
  await page.getByRole('button', { name: t.signIn.submit, exact: true }).click()
  await expectHeading(page, t.home.title)
}

/** Who the server says is signed in on this page's browser: the session as the app reads it. */
export async function sessionUser(page: Page) {
  const response = await page.request.get(new URL('/api/session', page.url()).toString())
  expect(response.status()).toBe(200)
  const body = (await response.json()) as {
    user: { email: string; name: string; locale: string } | null
  }
  return body.user
}
