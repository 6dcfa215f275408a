import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays } from '../../domain/learning-routes/suggest.ts'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { createOffering, createProvider } from '../../server/features/catalogue/factories.ts'
import { createScan } from '../../server/features/self-scans/factories.ts'
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

// Leerdoelen and leerroute: from a submitted zelfscan's report to a new goal with its
// development points ticked, bad input then fixed, the route with suggestions and their
// reasons, an offering and an own activity planned, progress marked, the route shared with
// the manager, who reads it; the owner sees that visit.

let server: AppServer
/** The professional's browser. */
let browser: Awaited<ReturnType<typeof launchBrowser>>
/** The manager's own browser. */
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

const today = () => new Date().toISOString().slice(0, 10)
const inDays = (days: number) => addDays(today(), days)
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A button or link named "<verb>: <object>" (the object is for screen readers). */
const named = (verb: string, object: string) =>
  new RegExp(`^${escapeRegExp(verb)}\\W+${escapeRegExp(object)}`)

interface Tree {
  domains: { themes: { objectives: { id: string; title: string }[] }[] }[]
}

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, password)
}

describe.each(LANGUAGES)('leerdoelen and leerroute (%s)', (lang) => {
  const t = texts[lang]
  const g = t.learningGoals
  const r = t.learningRoute
  let owner: Awaited<ReturnType<typeof createUser>>
  let manager: Awaited<ReturnType<typeof createUser>>
  let scanId: string
  let objective: { id: string; title: string }
  const course = `Inspecteren in de praktijk (${lang})`
  const intervision = `Intervisie toezichthouders (${lang})`
  const own = lang === 'nl' ? 'Meelopen met de inspecteur' : 'Shadow the inspector'
  const goalTitle =
    lang === 'nl'
      ? 'Ik kan een archiefinspectie zelfstandig voorbereiden'
      : 'I can prepare an archive inspection on my own'

  beforeAll(async () => {
    const organisation = await createOrganisation(server.db, { name: `Streekarchief ${lang}` })
    owner = await createUser(server.db, {
      email: uniqueEmail(`leerroute-${lang}`),
      name: lang === 'nl' ? 'Noor Visser' : 'Lotte Smit',
      roles: ['professional'],
      organisationId: organisation.id,
      audience: 'gevorderde',
      locale: lang,
    })
    manager = await createUser(server.db, {
      email: uniqueEmail(`leiding-route-${lang}`),
      name: lang === 'nl' ? 'Joost Mulder' : 'Eva de Boer',
      roles: ['manager', 'professional'],
      organisationId: organisation.id,
      locale: lang,
    })
    // A submitted scan: every seventh objective rated low and marked "I want to develop this".
    scanId = await createScan(server.db, {
      userId: owner.id,
      level: (i) => (i % 7 === 0 ? 2 : 5),
    })
    const tree = (await (
      await fetch(`${server.baseUrl}/api/knowledge-maps/toezicht-en-advies`)
    ).json()) as Tree
    objective = tree.domains.flatMap((d) => d.themes.flatMap((th) => th.objectives))[0]!
    // The demo catalogue is not loaded here: one formal and one informal offering serve it.
    const provider = await createProvider(server.db, { name: `Archiefschool ${lang}` })
    await createOffering(server.db, {
      provider,
      objectiveIds: [objective.id],
      title: course,
      form: 'formal_course',
      level: 'gevorderd',
      cost: 35000,
      online: false,
      location: 'Amersfoort',
      startMoments: [inDays(30)],
    })
    await createOffering(server.db, {
      provider,
      objectiveIds: [objective.id],
      title: intervision,
      form: 'intervision',
      level: 'gevorderd',
      cost: 0,
      online: true,
      startMoments: [inDays(14)],
    })
  })

  test('from the report to a goal with bad input then fixed, to a planned route with progress', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, owner.email, owner.password)

    // The report's next step leads to a new goal with the development points ticked.
    await page.goto(`${server.baseUrl}/zelfscan/${scanId}/rapport`)
    await page.getByRole('button', { name: t.selfScans.goals.together, exact: true }).click()
    await expectHeading(page, g.form.newTitle)
    expect(page.url()).toContain(`/leerdoelen/nieuw?scan=${scanId}`)
    const point = page.getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(objective.title)}`),
    })
    await expect.poll(() => point.first().isChecked()).toBe(true)
    const remove = page.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(g.chooser.remove)}`),
    })
    expect(await remove.count()).toBe(6)
    await expectAccessible(page, `new goal from the report (${lang})`)

    // Bad input: no objective, a date in the past. Nothing is saved; what was typed stays.
    while ((await remove.count()) > 0) await remove.first().click()
    await page.getByLabel(g.fields.title, { exact: true }).fill(goalTitle)
    await page.getByLabel(g.fields.why, { exact: true }).fill('Mijn rol verschuift naar toezicht.')
    await page
      .getByLabel(g.fields.measure, { exact: true })
      .fill('Mijn collega keurt mijn eerste inspectieplan goed.')
    await page.getByLabel(g.fields.deadline, { exact: true }).fill(inDays(-3))
    await page.getByRole('button', { name: g.form.save, exact: true }).click()
    const summary = page.getByRole('region', { name: t.form.errorSummaryTitle })
    await summary
      .getByRole('link', {
        name: fill(t.form.errorSummaryRequired, { label: g.fields.objectives }),
      })
      .waitFor()
    await summary
      .getByRole('link', {
        name: fill(t.form.errorSummaryItem, {
          label: g.fields.deadline,
          message: t.validation.in_past,
        }),
      })
      .waitFor()
    expect(await page.getByLabel(g.fields.title, { exact: true }).inputValue()).toBe(goalTitle)
    await expectAccessible(page, `goal with bad input (${lang})`)

    // Fixed: one development point, a date ahead.
    await point.first().check()
    await page.getByLabel(g.fields.deadline, { exact: true }).fill(inDays(120))
    await page.getByRole('button', { name: g.form.save, exact: true }).click()
    await expectHeading(page, g.title)
    await page.getByText(fill(g.form.created, { title: goalTitle })).waitFor()
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: goalTitle }),
    })
    expect(await visibleText(card)).toContain(objective.title)
    await expectAccessible(page, `my learning goals (${lang})`)

    // The route: suggestions, formal and informal side by side, each with its reasons.
    await page.getByRole('link', { name: g.toRoute }).click()
    await expectHeading(page, r.title)
    await page.getByText(r.reminders).waitFor()
    await page.getByText(r.portfolio).waitFor()
    await page.getByRole('heading', { level: 2, name: goalTitle }).waitFor()
    const formal = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 5, name: course }),
    })
    const informal = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 5, name: intervision }),
    })
    expect(await visibleText(formal)).toContain(r.reasons.serves_all)
    expect(await visibleText(informal)).toContain(r.reasons.informal)
    expect(await visibleText(informal)).toContain(r.reasons.free)
    await page.getByText(r.planned.none).waitFor()
    await expectAccessible(page, `route with suggestions (${lang})`)

    // A preference that is not an amount says so; a budget of nothing leaves the free one.
    await page.getByText(r.suggestions.preferences).click()
    const cost = page.getByLabel(r.suggestions.maxCost)
    await cost.fill('een paar tientjes')
    await page.getByRole('button', { name: r.suggestions.show, exact: true }).click()
    await page
      .getByRole('link', {
        name: fill(t.form.errorSummaryItem, {
          label: r.suggestions.maxCost,
          message: t.validation.not_an_amount,
        }),
      })
      .waitFor()
    await cost.fill('0')
    await page.getByRole('button', { name: r.suggestions.show, exact: true }).click()
    await page.getByText(r.suggestions.none_formal).waitFor()
    await informal.waitFor()
    await expectAccessible(page, `suggestions within a budget (${lang})`)
    await cost.fill('')
    await page.getByRole('button', { name: r.suggestions.show, exact: true }).click()
    await formal.waitFor()

    // Put the course on the route: its start is filled in, the end is added.
    await formal.getByRole('button', { name: named(r.add.open, course) }).click()
    expect(await formal.getByLabel(r.fields.plannedStart).inputValue()).toBe(inDays(30))
    await formal.getByLabel(r.fields.plannedEnd).fill(inDays(31))
    await formal.getByRole('button', { name: r.add.submit, exact: true }).click()
    await page.getByText(fill(r.add.done, { title: course })).waitFor()
    const timeline = page.locator('.rk-timeline')
    await timeline.locator('.rk-timeline__title', { hasText: course }).waitFor()

    // An own informal activity.
    await page.getByRole('button', { name: named(r.own.open, goalTitle) }).click()
    await page.getByLabel(r.fields.title, { exact: true }).fill(own)
    await page.getByLabel(r.fields.form, { exact: true }).selectOption('job_shadowing')
    await page.getByLabel(r.fields.plannedStart).fill(inDays(7))
    await page.getByLabel(r.fields.note).fill('Met Karin, in de week van de inspectie')
    await page.getByRole('button', { name: r.add.submit, exact: true }).click()
    await page.getByText(fill(r.add.done, { title: own })).waitFor()
    // By date: the own activity (in a week) comes before the course (in a month).
    await expect
      .poll(async () => (await timeline.locator('.rk-timeline__title').allTextContents()).join('|'))
      .toMatch(new RegExp(`^${escapeRegExp(own)}.*\\|${escapeRegExp(course)}`))
    await expectAccessible(page, `route with two activities (${lang})`)

    // Progress: the own activity is under way.
    await page.getByRole('button', { name: named(r.activity.change, own) }).click()
    await page.getByLabel(r.statuses.in_progress, { exact: true }).check()
    await page.getByRole('button', { name: r.activity.save, exact: true }).click()
    await page.getByText(fill(r.activity.saved, { title: own })).waitFor()
    const ownItem = timeline.getByRole('listitem').filter({ hasText: own })
    expect(await visibleText(ownItem)).toContain(r.statuses.in_progress)
    await expectAccessible(page, `activity in progress (${lang})`)

    // On a phone the route reflows: nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 740 })
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(wide, 'page scrolls sideways').toBe(false)
  })

  test('shares the route with the manager, who reads it; the owner sees the view', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, owner.email, owner.password)
    await page.goto(`${server.baseUrl}/leerroute`)
    await expectHeading(page, r.title)
    await page.getByText(r.shares.none).waitFor()
    await page.getByText(r.views.none).waitFor()

    await page.getByLabel(r.share.manager, { exact: true }).check()
    await page.getByLabel(r.share.whichManager).selectOption({ label: manager.name })
    await page.getByRole('button', { name: r.share.submit, exact: true }).click()
    await page.getByText(fill(r.share.done, { name: manager.name })).waitFor()
    const shares = page.getByRole('table', { name: r.shares.title })
    await shares.getByRole('rowheader', { name: new RegExp(manager.name) }).waitFor()
    await expectAccessible(page, `route shared with the manager (${lang})`)

    // The manager finds it under "shared with me" and reads it; the page says they are seen.
    const managerPage = await freshPage(otherBrowser, server.baseUrl)
    await signIn(managerPage, lang, manager.email, manager.password)
    await managerPage.goto(`${server.baseUrl}/gedeeld-met-mij`)
    await managerPage.getByRole('link', { name: named(r.sharedList.link, owner.name) }).click()
    await expectHeading(managerPage, fill(r.shared.titleOf, { name: owner.name }))
    await managerPage.getByText(fill(r.shared.logged, { name: owner.name })).waitFor()
    await managerPage.getByRole('heading', { level: 2, name: goalTitle }).waitFor()
    await managerPage.getByText(own).waitFor()
    await managerPage.getByText(course).waitFor()
    expect(
      await managerPage.getByRole('button', { name: named(r.activity.change, own) }).count(),
    ).toBe(0)
    await expectAccessible(managerPage, `shared route read by the manager (${lang})`)

    // The anonymous training needs stay hidden below five people.
    await managerPage.goto(`${server.baseUrl}/organisatie/zelfscan-overzicht`)
    await managerPage.getByRole('heading', { level: 2, name: r.needs.title }).waitFor()
    await managerPage.getByText(fill(r.needs.tooFew, { minimum: 5 })).waitFor()
    await expectAccessible(managerPage, `team overview with training needs (${lang})`)
    await managerPage.close()

    // The owner sees the visit.
    await page.reload()
    const views = page.getByRole('table', { name: r.views.title })
    await views.getByRole('row').filter({ hasText: manager.name }).waitFor()
  })
  test('changes the goal with its history kept, reaches it, reopens, drops and deletes it', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, owner.email, owner.password)
    await page.goto(`${server.baseUrl}/leerdoelen`)
    await expectHeading(page, g.title)
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: goalTitle }),
    })

    // Edit: the earlier wording stays in the history.
    await card.getByRole('link', { name: named(g.actions.edit, goalTitle) }).click()
    await expectHeading(page, g.form.editTitle)
    const why = page.getByLabel(g.fields.why, { exact: true })
    expect(await why.inputValue()).toBe('Mijn rol verschuift naar toezicht.')
    await why.fill('Ik word toezichthouder voor de gemeenten in de regio.')
    await page.getByRole('button', { name: g.form.saveEdit, exact: true }).click()
    await expectHeading(page, g.title)
    await page.getByText(g.form.edited).waitFor()
    await card.locator('summary').click()
    const history = await visibleText(card.locator('.rk-goal-history'))
    expect(history).toContain(g.history.kinds.edited)
    expect(history).toContain('Mijn rol verschuift naar toezicht.')
    await expectAccessible(page, `goal with its history (${lang})`)

    // Reached: it moves to the closed goals; reopened, it is active again.
    await card.getByRole('button', { name: named(g.actions.complete, goalTitle) }).click()
    await page.getByText(fill(g.actions.completed, { title: goalTitle })).waitFor()
    await page
      .getByRole('region', { name: g.closed })
      .getByRole('heading', { level: 3, name: goalTitle })
      .waitFor()
    await expectAccessible(page, `goal reached (${lang})`)
    await card.getByRole('button', { name: named(g.actions.reopen, goalTitle) }).click()
    await page.getByText(fill(g.actions.reopened, { title: goalTitle })).waitFor()

    // Dropped after a question; then deleted after another.
    await card.getByRole('button', { name: named(g.actions.drop, goalTitle) }).click()
    await card.getByText(fill(g.actions.dropQuestion, { title: goalTitle })).waitFor()
    await expectAccessible(page, `question before dropping (${lang})`)
    await card.getByRole('button', { name: g.actions.dropConfirm, exact: true }).click()
    await page.getByText(fill(g.actions.dropped, { title: goalTitle })).waitFor()
    await card.getByRole('button', { name: named(g.actions.delete, goalTitle) }).click()
    await card.getByRole('button', { name: g.actions.deleteConfirm, exact: true }).click()
    await page.getByText(fill(g.actions.deleted, { title: goalTitle })).waitFor()
    await page.getByText(g.empty).waitFor()
    await expectAccessible(page, `goal deleted (${lang})`)
  })
})
