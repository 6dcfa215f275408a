import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { type AppServer, startAppServer } from './app-server.ts'
import { expectAccessible, launchBrowser } from './browser.ts'
import {
  expectHeading,
  fill,
  freshPage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Lang,
  openIn,
  sessionUser,
  signInWithForm,
  switchLanguage,
  texts,
  uniqueEmail,
  visibleText,
} from './journeys-helpers.ts'

// A signed-in person and their own account: the interface language, and their data.

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

describe.each(LANGUAGES)('switching language when signed in (starting in %s)', (lang) => {
  const other: Lang = lang === 'nl' ? 'en' : 'nl'

  test(`switch to ${LANGUAGE_NAMES[other]} and back: the page, <html lang> and the account follow`, async () => {
    const user = await createUser(server.db, {
      email: uniqueEmail(`taal-${lang}`),
      name: 'Bram Jansen',
    })
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/inloggen', lang)
    await expectAccessible(page, `sign-in form (${lang})`)
    await signInWithForm(page, lang, user.email, user.password)
    // A language chosen before signing in is saved to the account.
    await expect.poll(async () => (await sessionUser(page))?.locale).toBe(lang)
    await expectAccessible(page, `Mijn routekaart (${lang})`)

    // On a wide screen one's account is in the header bar, beside the language switch.
    const header = page.getByRole('banner')
    await header.getByRole('link', { name: texts[lang].nav.account, exact: true }).waitFor()

    for (const [from, to] of [
      [lang, other],
      [other, lang],
    ] as const) {
      await switchLanguage(page, to)
      const t = texts[to]
      // The text on the page changes with the language...
      await expectHeading(page, t.home.title)
      await page
        .getByRole('banner')
        .getByRole('link', { name: t.nav.account, exact: true })
        .waitFor()
      await page.getByRole('heading', { level: 2, name: t.home.professionalRoute }).waitFor()
      expect(
        await page.getByRole('heading', { level: 1, name: texts[from].home.title }).count(),
      ).toBe(0)
      expect(
        await page.getByRole('button', { name: LANGUAGE_NAMES[from] }).getAttribute('aria-pressed'),
      ).toBe('false')
      // ...the account remembers it (mail and other devices use it)...
      await expect.poll(async () => (await sessionUser(page))?.locale).toBe(to)
      const saved = await server.db.kysely
        .selectFrom('users')
        .select('locale')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow()
      expect(saved.locale).toBe(to)
      // Back in the first language the page is the one checked above; only new states are.
      const firstVisit = to === other
      if (firstVisit) await expectAccessible(page, `Mijn routekaart after switching to ${to}`)

      // ...and so does this browser, after a reload.
      await page.reload()
      await expectHeading(page, t.home.title)
      expect(await page.locator('html').getAttribute('lang')).toBe(to)
      expect(
        await page.getByRole('button', { name: LANGUAGE_NAMES[to] }).getAttribute('aria-pressed'),
      ).toBe('true')
      expect(await page.title()).toBe(`${t.home.title} — Routekaart`)
      if (firstVisit) await expectAccessible(page, `Mijn routekaart reloaded in ${to}`)
    }
  })
})

const today = () => new Date().toISOString().slice(0, 10)

describe.each(LANGUAGES)('downloading one’s own data (%s)', (lang) => {
  const t = texts[lang]

  test('Mijn account → Mijn gegevens downloaden gives a JSON file with the account, without the password hash', async () => {
    const organisation = await createOrganisation(server.db, { name: 'Noord-Hollands Archief' })
    const user = await createUser(server.db, {
      email: uniqueEmail(`gegevens-${lang}`),
      name: 'Sanne Visser',
      organisationId: organisation.id,
      audience: 'beginner',
    })

    // Mijn account asks to sign in first, and comes back after.
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/account', lang)
    await page.waitForURL(/\/inloggen\?redirect=/)
    await expectHeading(page, t.signIn.title)
    const main = page.getByRole('main')
    await main.getByText(t.signIn.needed, { exact: true }).waitFor()
    await expectAccessible(page, `sign-in before Mijn account (${lang})`)
    await page.getByLabel(t.fields.email, { exact: true }).fill(user.email)
    await page.getByLabel(t.fields.password, { exact: true }).fill(user.password)
    await page.getByRole('button', { name: t.signIn.submit, exact: true }).click()

    await page.waitForURL(`${server.baseUrl}/account`)
    await expectHeading(page, t.account.title)
    expect(await visibleText(main)).toContain(
      fill(t.account.organisation, { organisation: organisation.name }),
    )
    const section = main.getByRole('region', { name: t.account.export.title, exact: true })
    await section.waitFor()
    await expectAccessible(page, `Mijn account (${lang})`)

    const before = today()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: t.account.export.submit, exact: true }).click(),
    ])
    const after = today()
    const fileName = download.suggestedFilename()
    expect(fileName).toMatch(/^routekaart-gegevens-\d{4}-\d{2}-\d{2}\.json$/)
    expect([`routekaart-gegevens-${before}.json`, `routekaart-gegevens-${after}.json`]).toContain(
      fileName,
    )
    const file = await download.path()
    const text = await fs.readFile(file, 'utf8')
    expect(text).toContain(user.email)
    expect(text).not.toContain('$argon2')
    const data = JSON.parse(text) as { user: { email: string; name: string } }
    expect(data.user).toMatchObject({ email: user.email, name: user.name })

    await section.getByText(t.account.export.done, { exact: true }).waitFor()
    await expectAccessible(page, `Mijn account after the download (${lang})`)
  })
})
