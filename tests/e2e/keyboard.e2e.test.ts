import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays } from '../../domain/learning-routes/suggest.ts'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { type AppServer, startAppServer } from './app-server.ts'
import { expectAccessible, launchBrowser } from './browser.ts'
import {
  expectHeading,
  fill,
  freshPage,
  LANGUAGES,
  type Lang,
  openIn,
  signInWithForm,
  texts,
  uniqueEmail,
} from './journeys-helpers.ts'
import { expectSound } from './structure-check.ts'

// Keyboard only: the zelfscan (start, answer with arrow keys and Space, next step, submit with
// its question) and a new leerdoel (search, tick, SMART fields, save), with Tab, Shift+Tab,
// Enter, Space and arrow keys. After every key the focused element must be in view, show that
// it has focus, and not lie under a sticky bar; after every move to another page focus must be
// on that page's heading, not on the body.

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

const MAP = { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' }

interface Tree {
  domains: { themes: { id: string; title: string; objectives: { id: string }[] }[] }[]
}

/**
 * What is wrong with the focus now, or null: on the body, out of view, covered at its centre by
 * something else (a sticky bar), or without a focus ring. Headings that took focus
 * from a script (`tabindex="-1"`) show no ring on purpose; they are only checked for the rest.
 */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return 'focus is on the page body'
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50)
    const what = `${element.localName}${element.id ? `#${element.id}` : ''} "${name}"`
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return `${what} has no size`
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
      return `${what} is out of view`
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1)
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1)
    const hit = document.elementFromPoint(x, y)
    const own =
      hit !== null &&
      (hit === element ||
        element.contains(hit) ||
        (hit instanceof HTMLLabelElement && hit.control === element))
    if (!own) return `${what} is covered by ${hit?.localName}.${hit?.className}`
    if (element.tabIndex < 0) return null
    // The site's ring is a dark outline with a bright halo; unfocused controls have neither.
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
    const halo = style.boxShadow !== 'none'
    return outline || halo ? null : `${what} shows no focus indicator`
  })
}

async function expectFocusShown(page: Page, step: string): Promise<void> {
  expect(await focusProblem(page), step).toBeNull()
}

/**
 * A page for a keyboard user who asked for less motion: headless Chromium does not run the
 * smooth scrolling the site otherwise uses, so focus would never be scrolled into view.
 */
async function keyboardPage(): Promise<Page> {
  const page = await freshPage(browser, server.baseUrl)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  return page
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement)

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let stop = 0; stop < max; stop++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    await expectFocusShown(page, `tab stop ${stop + 1} on the way to ${target}`)
    if (await isFocused(target)) return
  }
  throw new Error(`${target} not reached in ${max} tab stops`)
}

/** After a move to another page: focus is on its h1 with `title`, which is in view. */
async function expectHeadingFocused(page: Page, title: string): Promise<void> {
  await expectHeading(page, title)
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.localName ?? ''), {
      message: `focus on the h1 "${title}"`,
    })
    .toBe('h1')
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title)
  await expectFocusShown(page, `h1 "${title}"`)
}

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, password)
}

async function api(page: Page, method: 'GET' | 'PATCH', path: string, data?: unknown) {
  const session = await page.request.get(`${server.baseUrl}/api/session`)
  const { csrfToken } = (await session.json()) as { csrfToken: string }
  const response = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': csrfToken, origin: server.baseUrl },
  })
  expect(response.status(), `${method} ${path}`).toBe(200)
  return response.json()
}

describe.each(LANGUAGES)('keyboard only (%s)', (lang) => {
  const t = texts[lang]
  const s = t.selfScans
  const g = t.learningGoals
  let person: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    const organisation = await createOrganisation(server.db, { name: `Toetsenbordarchief ${lang}` })
    person = await createUser(server.db, {
      email: uniqueEmail(`toetsenbord-${lang}`),
      name: lang === 'nl' ? 'Daan de Graaf' : 'Iris Koster',
      roles: ['professional'],
      organisationId: organisation.id,
      audience: 'gevorderde',
      locale: lang,
    })
  })

  test('takes and submits a zelfscan with the keyboard alone', async () => {
    const page = await keyboardPage()
    await signIn(page, lang, person.email, person.password)

    // From the routekaart to the zelfscan overview by its link, then starting the scan.
    const toScans = page.getByRole('link', {
      name: fill(t.home.goToStep, { title: t.roadmap.professional['self-scan'].title }),
    })
    await tabTo(page, toScans)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, s.list.title)
    await expectSound(page, `zelfscan overview (${lang})`)
    await tabTo(page, page.getByRole('button', { name: fill(s.list.begin, { title: MAP.title }) }))
    await page.keyboard.press('Enter')
    // The scan page loads its code only now: focus must still land on its heading.
    await expectHeadingFocused(page, fill(s.take.titleOf, { title: MAP.title }))
    const scanId = page.url().split('/zelfscan/')[1]?.split('?')[0] ?? ''
    const tree = (await api(page, 'GET', `/api/self-scans/${scanId}`)).tree as Tree
    const themes = tree.domains.flatMap((domain) => domain.themes)
    const first = themes[0]!
    await expectSound(page, `first step (${lang})`)

    // Each objective of the first theme: Tab into its levels, arrow down to level 2; the first
    // one is also marked "I want to develop this" with Space.
    for (const [index, objective] of first.objectives.entries()) {
      const levels = page.locator(`input[type="radio"][name="niveau-${objective.id}"]`)
      await tabTo(page, levels.first())
      await page.keyboard.press('ArrowDown')
      await expectFocusShown(page, `level of objective ${index + 1}`)
      expect(await levels.nth(1).isChecked()).toBe(true)
      if (index === 0) {
        const develop = page
          .getByRole('group', { name: /.+/ })
          .filter({ has: levels.first() })
          .getByRole('checkbox', { name: s.take.develop, exact: true })
        await tabTo(page, develop)
        await page.keyboard.press('Space')
        expect(await develop.isChecked()).toBe(true)
      }
    }
    // Back up one stop and forth again: Shift+Tab works the same way.
    await page.keyboard.press('Shift+Tab')
    await expectFocusShown(page, 'Shift+Tab')
    const answered = first.objectives.length
    await page
      .getByText(fill(s.progress.answered, { answered, total: 36 }), { exact: true })
      .waitFor()
    const saved = page.locator('[aria-live="polite"]').filter({
      hasText: new RegExp(fill(s.save.saved, { time: '\\d\\d:\\d\\d' })),
    })
    await saved.waitFor()

    // The next step by its button; its heading takes focus.
    await tabTo(page, page.getByRole('button', { name: s.take.next, exact: true }))
    await page.keyboard.press('Enter')
    await page.waitForURL(/stap=2/)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(themes[1]!.title)
    await expectFocusShown(page, 'second theme heading')
    await expectAccessible(page, `second step by keyboard (${lang})`)

    // The rest is not what this journey is about: answered through the API. Then to the last
    // step, by the step list's link, and submitting with its question.
    await api(page, 'PATCH', `/api/self-scans/${scanId}`, {
      answers: themes
        .slice(1)
        .flatMap((theme) => theme.objectives)
        .map((objective) => ({ objectiveId: objective.id, level: 3, develop: false })),
    })
    await page.reload()
    await expectHeading(page, fill(s.take.titleOf, { title: MAP.title }))
    const summary = page.getByText(fill(s.take.allSteps, { step: 2, steps: themes.length + 1 }))
    await tabTo(page, summary)
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('link', { name: s.submit.title, exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: s.submit.title }).waitFor()
    await expectFocusShown(page, 'submit step')
    await page.getByText(s.submit.complete).waitFor()
    await expectSound(page, `submit step (${lang})`)

    await tabTo(page, page.getByRole('button', { name: s.submit.open_button, exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: s.submit.question }).waitFor()
    await expectFocusShown(page, 'submit question')
    await tabTo(page, page.getByRole('button', { name: s.submit.confirm, exact: true }))
    await page.keyboard.press('Enter')
    // The report's code loads only now: focus lands on its heading all the same.
    await expectHeadingFocused(page, fill(s.report.titleOf, { title: MAP.title }))
    await page.getByText(s.submit.done).waitFor()
    await expectSound(page, `report (${lang})`)
  })

  test('writes a leerdoel with the keyboard alone', async () => {
    const page = await keyboardPage()
    await signIn(page, lang, person.email, person.password)
    const goal =
      lang === 'nl'
        ? 'Ik kan een inspectieverslag zelf opstellen'
        : 'I can write an inspection report myself'

    // Back up from the heading to the menu, to the goals, then "new goal".
    await tabTo(
      page,
      page.getByRole('navigation').getByRole('link', { name: g.nav, exact: true }),
      {
        back: true,
      },
    )
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, g.title)
    await tabTo(page, page.getByRole('link', { name: g.new, exact: true }))
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, g.form.newTitle)
    await expectSound(page, `new goal (${lang})`)

    // The SMART fields, typed.
    await tabTo(page, page.getByLabel(g.fields.title, { exact: true }))
    await page.keyboard.type(goal)
    await tabTo(page, page.getByLabel(g.fields.why, { exact: true }))
    await page.keyboard.type('Ik schrijf straks zelf de verslagen.')
    await tabTo(page, page.getByLabel(g.fields.measure, { exact: true }))
    await page.keyboard.type('Mijn eerste verslag wordt zonder wijzigingen vastgesteld.')
    await tabTo(page, page.getByLabel(g.fields.deadline, { exact: true }))
    const [year, month, day] = addDays(new Date().toISOString().slice(0, 10), 90).split('-')
    // Chromium's date field in nl-NL takes day, month, year.
    await page.keyboard.type(`${day}${month}${year}`)

    // An objective: searched, found, ticked with Space.
    await tabTo(page, page.getByLabel(g.chooser.searchLabel, { exact: true }))
    await page.keyboard.type('inspectie')
    await page.keyboard.press('Enter')
    // Among the search results: the development points of the scan above also name inspections.
    const found = page
      .locator('.rk-objective-search')
      .getByRole('checkbox', { name: /inspectie/i })
      .first()
    await found.waitFor()
    await tabTo(page, found)
    await page.keyboard.press('Space')
    expect(await found.isChecked()).toBe(true)
    await expectSound(page, `goal form filled in (${lang})`)

    await tabTo(page, page.getByRole('button', { name: g.form.save, exact: true }))
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, g.title)
    await page.getByText(fill(g.form.created, { title: goal })).waitFor()
    await page.getByRole('heading', { level: 3, name: goal }).waitFor()
    await expectAccessible(page, `goal saved by keyboard (${lang})`)
    await expectSound(page, `goal saved (${lang})`)
  })
})
