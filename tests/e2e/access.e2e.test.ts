import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createUser } from '../../server/db/factories.ts'
import { type AppServer, startAppServer } from './app-server.ts'
import { expectAccessible, launchBrowser } from './browser.ts'
import {
  expectHeading,
  freshPage,
  LANGUAGE_NAMES,
  LANGUAGES,
  openIn,
  texts,
  uniqueEmail,
  visibleText,
} from './journeys-helpers.ts'

// Reaching Routekaart in other ways than mouse and desktop, and what it promises about that.

let server: AppServer
let browser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** What has keyboard focus now, as a person would identify it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return {
      tag: element?.tagName.toLowerCase() ?? null,
      id: element?.id ?? null,
      text: element?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    }
  })
}

/** Presses Tab until `match` has focus, failing after `max` presses. */
async function tabTo(
  page: Page,
  match: (now: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 15,
) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab')
    if (match(await focused(page))) return
  }
  throw new Error(
    `Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`,
  )
}

describe.each(LANGUAGES)('keyboard and phone (%s)', (lang) => {
  const t = texts[lang]

  test('signing in with only the keyboard, starting at the skip link', async () => {
    const user = await createUser(server.db, { email: uniqueEmail(`toetsenbord-${lang}`) })
    const page = await freshPage(browser, server.baseUrl)
    await page.goto(`${server.baseUrl}/inloggen`)
    await expectHeading(page, texts.nl.signIn.title)
    if (lang === 'en') {
      // The language buttons in the header work with the keyboard too.
      await tabTo(page, (now) => now.tag === 'button' && now.text === LANGUAGE_NAMES.en)
      await page.keyboard.press('Enter')
      await expectHeading(page, t.signIn.title)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      await page.reload()
      await expectHeading(page, t.signIn.title)
    }

    // The first Tab lands on the skip link; Enter moves focus to the main content.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'a', text: t.app.skipLink })
    await page.getByRole('link', { name: t.app.skipLink, exact: true }).waitFor()
    await expectAccessible(page, `sign-in form with the skip link focused (${lang})`)
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'inhoud' })

    // From the main content, Tab goes straight to the form.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ id: 'inloggen-email' })
    await page.keyboard.type(user.email)
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ id: 'inloggen-password' })
    await page.keyboard.type(user.password)
    await tabTo(page, (now) => now.tag === 'button' && now.text === t.signIn.submit, 3)
    await page.keyboard.press('Enter')

    // Signed in: focus is on the new page's heading, so the change is noticed.
    await expectHeading(page, t.home.title)
    await expect.poll(async () => (await focused(page)).text).toBe(t.home.title)
    await expectAccessible(page, `Mijn routekaart reached by keyboard (${lang})`)
  })

  test('on a phone the Menu button opens the navigation', async () => {
    const page = await freshPage(browser, server.baseUrl, { mobile: true })
    await openIn(page, server.baseUrl, '/', lang)
    await expectHeading(page, t.landing.title)
    const menu = page.getByRole('button', { name: t.nav.menu, exact: true })
    const nav = page.getByRole('navigation', { name: t.nav.label, exact: true })
    const signIn = nav.getByRole('link', { name: t.nav.signIn, exact: true })

    // Folded: only the Menu button shows, and the page fits the screen.
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await signIn.isVisible()).toBe(false)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await expectAccessible(page, `landing page on a phone (${lang})`)

    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await signIn.waitFor()
    for (const label of [t.nav.home, t.nav.maps, t.nav.signIn, t.nav.signUp]) {
      expect(await nav.getByRole('link', { name: label, exact: true }).isVisible()).toBe(true)
    }
    await expectAccessible(page, `navigation opened on a phone (${lang})`)

    // A chosen link opens its page and folds the menu again.
    await signIn.click()
    await page.waitForURL(`${server.baseUrl}/inloggen`)
    await expectHeading(page, t.signIn.title)
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false')
    expect(await signIn.isVisible()).toBe(false)
    expect(await visibleText(page.getByRole('main'))).toContain(t.signIn.forgotPassword)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await expectAccessible(page, `sign-in form on a phone (${lang})`)
  })
})

describe.each(LANGUAGES)('the privacy and accessibility statements (%s)', (lang) => {
  const t = texts[lang]

  test('the privacy statement, then the accessibility statement from the footer', async () => {
    const page = await freshPage(browser, server.baseUrl)
    const main = page.getByRole('main')

    await openIn(page, server.baseUrl, '/privacy', lang)
    await expectHeading(page, t.privacy.title)
    for (const section of ['who', 'account', 'rights', 'cookies', 'contact'] as const) {
      await main.getByRole('heading', { level: 2, name: t.privacy[section].title }).waitFor()
    }
    // Which cookies are used, and what they are for.
    expect(await visibleText(main)).toContain(t.privacy.cookies.items[0])
    expect(await visibleText(main)).toContain(t.privacy.cookies.items[1])
    expect(await page.title()).toBe(`${t.privacy.title} — Routekaart`)
    await expectAccessible(page, `/privacy (${lang})`)

    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: t.footer.accessibility, exact: true })
      .click()
    await page.waitForURL(`${server.baseUrl}/toegankelijkheid`)
    await expectHeading(page, t.accessibility.title)
    for (const section of ['goal', 'status', 'testing', 'limitations', 'report'] as const) {
      await main.getByRole('heading', { level: 2, name: t.accessibility[section].title }).waitFor()
    }
    expect(await visibleText(main)).toContain(t.accessibility.testing.items[0])
    expect(await page.title()).toBe(`${t.accessibility.title} — Routekaart`)
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    await expectAccessible(page, `/toegankelijkheid (${lang})`)
  })
})
