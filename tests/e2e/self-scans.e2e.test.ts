import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
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
  visibleText,
} from './journeys-helpers.ts'

// Zelfscan: taking a scan, leaving and resuming it on another device, submitting, reading the
// report (radar chart and table), the PDF, and sharing the summary with one's manager, who
// reads it; the owner sees the view in the log, stops sharing and deletes the scan.

let server: AppServer
/** The professional's first device, later their report. */
let browser: Awaited<ReturnType<typeof launchBrowser>>
/** Another device: the professional's phone, later the manager's own browser. */
let otherBrowser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  otherBrowser = await launchBrowser()
})

afterAll(async () => {
  await otherBrowser?.close()
  await browser?.close()
  await server?.close()
})

/** The map of the seed that is published: 9 themes, 36 objectives. */
const MAP = { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' }

interface Objective {
  id: string
  title: string
}
interface Tree {
  domains: { themes: { id: string; title: string; objectives: Objective[] }[] }[]
}

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, password)
}

/** The API as the signed-in page's browser speaks it, with the session's CSRF token. */
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

describe.each(LANGUAGES)('zelfscan (%s)', (lang) => {
  const t = texts[lang]
  const s = t.selfScans
  const level = (value: number, label: string) => `${value} – ${label}`
  const LEVELS = {
    nl: ['Nog niet bekend', 'Ik weet wat het is', 'Ik pas het toe met hulp'],
    en: ['Not yet familiar', 'I know what it is', 'I apply it with help'],
  }[lang]
  let organisationId: string
  let owner: Awaited<ReturnType<typeof createUser>>
  let manager: Awaited<ReturnType<typeof createUser>>
  let scanId: string

  beforeAll(async () => {
    const organisation = await createOrganisation(server.db, { name: `Regionaal Archief ${lang}` })
    organisationId = organisation.id
    owner = await createUser(server.db, {
      email: uniqueEmail(`zelfscan-${lang}`),
      name: lang === 'nl' ? 'Fatima El Amrani' : 'Sanne de Wit',
      roles: ['professional'],
      organisationId,
      audience: 'gevorderde',
      locale: lang,
    })
    manager = await createUser(server.db, {
      email: uniqueEmail(`leiding-${lang}`),
      name: lang === 'nl' ? 'Henk Jansen' : 'Peter Bakker',
      roles: ['manager', 'professional'],
      organisationId,
      locale: lang,
    })
  })

  test('takes a scan partly, resumes it on another device, submits it and reads the report', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, owner.email, owner.password)

    // The routekaart's step 2 leads to the zelfscan.
    await page
      .getByRole('link', {
        name: fill(t.home.goToStep, { title: t.roadmap.professional['self-scan'].title }),
      })
      .click()
    await expectHeading(page, s.list.title)
    await page.getByText(s.list.none).waitFor()
    await page.getByText(s.list.upcoming, { exact: true }).waitFor()
    await expectAccessible(page, `zelfscan overview (${lang})`)

    await page.getByRole('button', { name: fill(s.list.begin, { title: MAP.title }) }).click()
    await expectHeading(page, fill(s.take.titleOf, { title: MAP.title }))
    scanId = page.url().split('/zelfscan/')[1]?.split('?')[0] ?? ''
    expect(scanId).toMatch(/^[0-9a-f-]{36}$/)
    const tree = (await api(page, 'GET', `/api/self-scans/${scanId}`)).tree as Tree
    const themes = tree.domains.flatMap((d) => d.themes)
    const [first, second] = [themes[0]!, themes[1]!]
    await page.getByRole('heading', { level: 2, name: first.title }).waitFor()
    await expectAccessible(page, `taking a scan (${lang})`)

    // Answer the first objective: a level, "I want to develop this", importance; a note.
    const question = page.getByRole('group', { name: first.objectives[0]!.title })
    await question.getByLabel(level(2, LEVELS[1]!), { exact: true }).check()
    await question.getByLabel(s.take.develop, { exact: true }).check()
    await question.getByLabel(s.take.importance).selectOption('3')
    const note = page.getByLabel(fill(s.take.note, { theme: first.title }), { exact: false })
    await note.fill('Meer oefenen met inspecties')
    const saved = page.locator('[aria-live="polite"]').filter({
      hasText: new RegExp(fill(s.save.saved, { time: '\\d\\d:\\d\\d' })),
    })
    await saved.waitFor()
    await visibleText(page.getByText(fill(s.progress.answered, { answered: 1, total: 36 })))

    // The next theme, by keyboard-reachable button; its heading takes focus.
    await page.getByRole('button', { name: s.take.next, exact: true }).click()
    await page.waitForURL(/stap=2/)
    await page.getByRole('heading', { level: 2, name: second.title }).waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(second.title)
    await page
      .getByRole('group', { name: second.objectives[0]!.title })
      .getByLabel(level(1, LEVELS[0]!), { exact: true })
      .check()
    await page.getByText(fill(s.progress.answered, { answered: 2, total: 36 })).waitFor()
    await saved.waitFor()
    await expectAccessible(page, `second theme (${lang})`)

    // Another device (a phone): the scan is there, with the answers given so far.
    const phone = await freshPage(otherBrowser, server.baseUrl, { mobile: true })
    await signIn(phone, lang, owner.email, owner.password)
    await phone.goto(`${server.baseUrl}/zelfscan`)
    await phone
      .getByRole('link', { name: fill(s.list.resume, { title: MAP.title }) })
      .first()
      .click()
    await expectHeading(phone, fill(s.take.titleOf, { title: MAP.title }))
    const resumed = phone.getByRole('group', { name: first.objectives[0]!.title })
    expect(await resumed.getByLabel(level(2, LEVELS[1]!), { exact: true }).isChecked()).toBe(true)
    expect(await resumed.getByLabel(s.take.develop, { exact: true }).isChecked()).toBe(true)
    expect(await resumed.getByLabel(s.take.importance).inputValue()).toBe('3')
    expect(
      await phone
        .getByLabel(fill(s.take.note, { theme: first.title }), { exact: false })
        .inputValue(),
    ).toBe('Meer oefenen met inspecties')
    const wide = await phone.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    )
    expect(wide, 'page scrolls sideways').toBe(false)
    await expectAccessible(phone, `resumed on a phone (${lang})`)

    // The rest is not what this journey is about: answered through the API, but one.
    const rest = themes.flatMap((theme) => theme.objectives).slice(0, -1)
    const open = themes.at(-1)!.objectives.at(-1)!
    await api(phone, 'PATCH', `/api/self-scans/${scanId}`, {
      answers: rest
        .filter((o) => o.id !== first.objectives[0]!.id && o.id !== second.objectives[0]!.id)
        .map((o, i) => ({ objectiveId: o.id, level: (i % 5) + 1, develop: i % 7 === 0 })),
    })

    // Checking before submitting: the open objective is named, and its link leads to it.
    await phone.goto(`${server.baseUrl}/zelfscan/${scanId}?stap=${themes.length + 1}`)
    await phone.getByRole('heading', { level: 2, name: s.submit.title }).waitFor()
    await phone.getByText(fill(s.submit.open_one, { count: 1 })).waitFor()
    await expectAccessible(phone, `submit step with an open objective (${lang})`)
    await phone.getByRole('link', { name: open.title, exact: true }).click()
    await phone.waitForURL(new RegExp(`stap=${themes.length}`))
    const openQuestion = phone.getByRole('group', { name: open.title })
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.id ?? ''))
      .toBe(`doel-${open.id}-niveau`)
    await openQuestion.getByLabel(level(3, LEVELS[2]!), { exact: true }).check()
    await phone.getByText(fill(s.progress.answered, { answered: 36, total: 36 })).waitFor()

    // Submit, with a question first.
    await phone.getByRole('button', { name: s.take.toSubmit, exact: true }).click()
    await phone.getByText(s.submit.complete).waitFor()
    await phone.getByRole('button', { name: s.submit.open_button, exact: true }).click()
    await phone.getByRole('heading', { name: s.submit.question }).waitFor()
    await expectAccessible(phone, `submit question (${lang})`)
    await phone.getByRole('button', { name: s.submit.confirm, exact: true }).click()
    await expectHeading(phone, fill(s.report.titleOf, { title: MAP.title }))
    await phone.getByText(s.submit.done).waitFor()
    await phone.close()

    // The report on the first device: chart with its table, development points, next step.
    // The chart draws under the site's strict CSP (no inline styles): nothing is refused.
    const refused: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text())
    })
    await page.goto(`${server.baseUrl}/zelfscan/${scanId}`)
    await expectHeading(page, fill(s.report.titleOf, { title: MAP.title }))
    expect(page.url()).toContain(`/zelfscan/${scanId}/rapport`)
    const chart = page.getByRole('img', {
      name: fill(s.voice.owner.chartDescription, { count: 9, target: 4 }),
    })
    await chart.waitFor()
    const table = page.getByRole('table', { name: s.chart.tableTitle })
    expect(await table.getByRole('row').count()).toBe(1 + themes.length)
    await table.getByRole('rowheader', { name: first.title }).waitFor()
    await page.getByRole('heading', { level: 2, name: s.next.title }).waitFor()
    await page.getByRole('button', { name: s.goals.together, exact: true }).waitFor()
    await page.getByRole('button', { name: s.goals.each, exact: true }).waitFor()
    await page.getByText('Meer oefenen met inspecties').waitFor()
    await page.getByText(s.share.intro).waitFor()
    await expectAccessible(page, `report (${lang})`)
    expect(refused).toEqual([])
    expect(
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.rk-radar canvas')
        return canvas ? canvas.width > 0 && canvas.toDataURL().length > 5000 : false
      }),
      'the radar chart is drawn',
    ).toBe(true)

    // The PDF, in the page's language.
    const pdfLink = page.getByRole('link', { name: s.report.pdf })
    const href = await pdfLink.getAttribute('href')
    expect(href).toBe(`/api/self-scans/${scanId}/report.pdf?lang=${lang}`)
    const pdf = await page.request.get(`${server.baseUrl}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')

    // The overview shows the submitted scan with its date and score.
    await page.getByRole('link', { name: s.backToList }).click()
    await expectHeading(page, s.list.title)
    await page.getByRole('link', { name: fill(s.list.readReport, { title: MAP.title }) }).waitFor()
    await expectAccessible(page, `overview with a submitted scan (${lang})`)
  })

  test('shares the summary with the manager, who reads it; the owner sees the view, stops and deletes the scan', async () => {
    expect(scanId).toBeTruthy()
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, owner.email, owner.password)
    await page.goto(`${server.baseUrl}/zelfscan/${scanId}/rapport`)
    await expectHeading(page, fill(s.report.titleOf, { title: MAP.title }))
    await page.getByText(s.shares.none).waitFor()
    await page.getByText(s.views.none).waitFor()

    await page.getByLabel(s.share.manager, { exact: true }).check()
    await page.getByLabel(s.share.whichManager).selectOption({ label: manager.name })
    await page.getByLabel(s.share.summary, { exact: true }).check()
    await page.getByRole('button', { name: s.share.submit, exact: true }).click()
    await page
      .getByText(fill(s.share.done, { name: manager.name, scope: s.scope.summary }))
      .waitFor()
    const shares = page.getByRole('table', { name: s.shares.title })
    await shares.getByRole('rowheader', { name: new RegExp(manager.name) }).waitFor()
    await expectAccessible(page, `shared with the manager (${lang})`)

    // The manager, in their own browser, reads the summary: no ratings per objective, no notes.
    const managerPage = await freshPage(otherBrowser, server.baseUrl)
    await signIn(managerPage, lang, manager.email, manager.password)
    await managerPage.goto(`${server.baseUrl}/zelfscan/${scanId}/rapport`)
    await expectHeading(managerPage, fill(s.report.titleOf, { title: MAP.title }))
    await managerPage.getByText(fill(s.report.sharedBy, { name: owner.name })).waitFor()
    await managerPage.getByRole('table', { name: s.chart.tableTitle }).waitFor()
    expect(await managerPage.getByText('Meer oefenen met inspecties').count()).toBe(0)
    expect(await managerPage.getByRole('heading', { name: s.share.title }).count()).toBe(0)
    expect(await managerPage.getByRole('heading', { name: s.delete.title }).count()).toBe(0)
    await expectAccessible(managerPage, `shared report read by the manager (${lang})`)

    // The owner sees the view in the log, and stops sharing.
    await page.reload()
    const views = page.getByRole('table', { name: s.views.title })
    const view = views.getByRole('row').filter({ hasText: manager.name })
    expect(await visibleText(view)).toContain(s.views.formats.web)
    expect(await visibleText(view)).toContain(s.scope.summary)
    await page
      .getByRole('button', { name: new RegExp(`^${s.shares.stop}\\W+${manager.name}$`) })
      .click()
    await page.getByRole('button', { name: s.shares.confirm, exact: true }).click()
    await page.getByText(fill(s.shares.revoked, { name: manager.name })).waitFor()
    await shares
      .getByRole('row')
      .filter({ hasText: manager.name })
      .getByText(new RegExp(fill(s.shares.stoppedOn, { date: '.+' })))
      .waitFor()
    await expectAccessible(page, `sharing stopped (${lang})`)

    // The manager no longer sees it.
    await managerPage.reload()
    await expectHeading(managerPage, s.report.title)
    await managerPage.getByText(t.errors.not_found).waitFor()
    await managerPage.close()

    // The owner deletes the scan, after a question.
    await page.getByRole('button', { name: s.delete.open, exact: true }).click()
    await page
      .getByRole('heading', { name: fill(s.delete.question, { title: MAP.title }) })
      .waitFor()
    await page.getByRole('button', { name: s.delete.confirm, exact: true }).click()
    await expectHeading(page, s.list.title)
    await page.getByText(fill(s.delete.done, { title: MAP.title })).waitFor()
    await page.getByText(s.list.none).waitFor()
    await expectAccessible(page, `scan deleted (${lang})`)
  })
})
