import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import content from '../../content/duurzame-inzetbaarheid.json'
import { objectivesOf } from '../../domain/knowledge-maps/tree.ts'
import type { CurrentUser } from '../../server/context.ts'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { findOwnScan, scanTree } from '../../server/features/self-scans/queries.ts'
import { saveScanAnswers } from '../../server/features/self-scans/save-answers.ts'
import { shareSelfScan } from '../../server/features/self-scans/shares.ts'
import { startSelfScan } from '../../server/features/self-scans/start-scan.ts'
import { submitSelfScan } from '../../server/features/self-scans/submit-scan.ts'
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

// The duurzame-inzetbaarheidscheck (private to its owner), scans shared with a manager, and
// the anonymous team overview that shows only over enough people.

let server: AppServer
let browser: Awaited<ReturnType<typeof launchBrowser>>

/** The published map of the seed: the one zelfscans are taken on here. */
const MAP = { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' }

type Person = Awaited<ReturnType<typeof createUser>>

/** The person as the server's operations see a signed-in user. */
function asCurrentUser(person: Person): CurrentUser {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    roles: person.roles,
    organisationId: person.organisation_id,
    locale: 'nl',
    audience: null,
    organisation: null,
    isDemo: false,
    sessionId: 'e2e',
    csrfToken: 'e2e',
  }
}

/** A staff member who took a full zelfscan on the map and shared it with `manager`. */
async function staffWithSharedScan(organisationId: string, manager: Person, n: number) {
  const person = await createUser(server.db, {
    email: uniqueEmail('medewerker'),
    name: `Medewerker ${n}`,
    organisationId,
  })
  const user = asCurrentUser(person)
  const { scanId } = await startSelfScan({ db: server.db, user, slug: MAP.slug })
  const tree = await scanTree(server.db, await findOwnScan(server.db, scanId, user))
  // The first person finds the last theme not applicable: only four rated it.
  const skipped = new Set(
    n === 1
      ? tree.domains
          .at(-1)!
          .themes.at(-1)!
          .objectives.map((o) => o.id)
      : [],
  )
  const answers = objectivesOf(tree).map((objective, i) => ({
    objectiveId: objective.id,
    level: skipped.has(objective.id) ? null : 1 + ((i + n) % 5),
    notApplicable: skipped.has(objective.id),
    develop: i % 3 === 0,
    importance: null,
  }))
  await saveScanAnswers({ db: server.db, user, scanId, input: { answers, themeNotes: [] } })
  await submitSelfScan({ db: server.db, user, scanId })
  await shareSelfScan({
    services: server.services,
    user,
    scanId,
    input: { granteeId: manager.id, scope: n % 2 === 0 ? 'full' : 'summary' },
  })
  return { person, scanId }
}

/** An organisation whose manager received `staff` shared scans. */
async function teamOf(staff: number) {
  const organisation = await createOrganisation(server.db)
  const manager = await createUser(server.db, {
    email: uniqueEmail('leidinggevende'),
    name: `Leidinggevende ${staff}`,
    roles: ['manager'],
    organisationId: organisation.id,
  })
  const scans = []
  for (let n = 1; n <= staff; n += 1)
    scans.push(await staffWithSharedScan(organisation.id, manager, n))
  return { manager, scans }
}

let fullTeam: Awaited<ReturnType<typeof teamOf>>
let smallTeam: Awaited<ReturnType<typeof teamOf>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  fullTeam = await teamOf(5)
  smallTeam = await teamOf(4)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function signIn(page: Page, lang: Lang, person: Person) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, person.email, person.password)
}

const statements = content.dimensions.flatMap((d) => d.statements)

/** Chooses `value` (1–5) for a statement, by its answer's label inside the statement's group. */
async function answer(page: Page, lang: Lang, statementId: string, value: number) {
  const statement = statements.find((s) => s.id === statementId)!
  const label = content.answers.find((a) => a.value === value)!.label[lang]
  await page
    .getByRole('group', { name: statement.text[lang], exact: true })
    .getByRole('radio', { name: label, exact: true })
    .check()
}

async function noSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  expect(wide, 'page scrolls sideways').toBe(false)
}

describe.each(LANGUAGES)('the inzetbaarheidscheck (%s)', (lang) => {
  const t = texts[lang]
  const e = t.employability

  test('take it partly, resume, finish, read the result with tips, then delete it', async () => {
    const person = await createUser(server.db, {
      email: uniqueEmail('professional'),
      name: 'Noor Visser',
    })
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, person)
    // The check is found from the zelfscan page, beside the kenniskaart scans.
    await page.getByRole('link', { name: t.nav.selfScans, exact: true }).click()
    await page.getByRole('link', { name: t.selfScans.list.employabilityLink, exact: true }).click()
    await expectHeading(page, content.title[lang])
    await page.getByText(e.private.title).waitFor()
    await page.getByText(content.intro[lang]).waitFor()
    await expectAccessible(page, `check before starting (${lang})`)

    await page.getByRole('button', { name: e.start.button, exact: true }).click()
    await page.getByRole('heading', { level: 2, name: e.form.title }).waitFor()
    // The first dimension, then a save that fails and is tried again.
    const first = content.dimensions[0]!
    for (const [i, statement] of first.statements.entries())
      await answer(page, lang, statement.id, 1 + (i % 5))
    await visibleText(page.locator('[aria-live="polite"]').getByText(e.form.saved))
    await page.route('**/api/employability-checks/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort() : route.continue(),
    )
    const second = content.dimensions[1]!
    await answer(page, lang, second.statements[0]!.id, 4)
    const retry = page.getByRole('button', { name: e.form.retry, exact: true })
    await retry.waitFor()
    await expectAccessible(page, `check with a failed save (${lang})`)
    await page.unroute('**/api/employability-checks/*')
    await retry.click()
    await retry.waitFor({ state: 'detached' })
    await visibleText(page.locator('[aria-live="polite"]').getByText(e.form.saved))
    await expectAccessible(page, `check partly answered (${lang})`)

    // Leave and come back: the answers are there.
    await page.goto(`${server.baseUrl}/`)
    await expectHeading(page, t.home.title)
    await page.goto(`${server.baseUrl}/inzetbaarheid`)
    await page.getByText(e.form.resumed).waitFor()
    await page
      .getByText(fill(e.form.progress, { answered: 6, total: statements.length }))
      .first()
      .waitFor()
    const group = page.getByRole('group', { name: first.statements[0]!.text[lang], exact: true })
    expect(
      await group.getByRole('radio', { name: content.answers[0]!.label[lang] }).isChecked(),
    ).toBe(true)

    // Completing too early lists the open statements, each linked to its question.
    await page.getByRole('button', { name: e.form.submit, exact: true }).click()
    const summary = page.locator('.rk-error-summary')
    await summary.getByText(fill(e.form.open_other, { count: statements.length - 6 })).waitFor()
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true)
    await expectAccessible(page, `check with open statements (${lang})`)
    const open = second.statements[1]!
    await summary.getByRole('link', { name: open.text[lang], exact: false }).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`uitspraak-${open.id}`)

    for (const statement of statements.slice(6)) await answer(page, lang, statement.id, 5)
    await page.getByRole('button', { name: e.form.submit, exact: true }).click()
    const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
    }).format(new Date())
    const resultHeading = page.getByRole('heading', {
      level: 2,
      name: fill(e.result.title, { date }),
    })
    await resultHeading.waitFor()
    await expect
      .poll(() => resultHeading.evaluate((el) => el === document.activeElement))
      .toBe(true)
    // Health: answers 1..5 with gv-4 reversed (4 → 2): (1+2+3+2+5)/5 = 2.6, needs attention.
    const health = page.getByRole('region', { name: first.title[lang], exact: true })
    const bands = Object.fromEntries(content.bands.map((b) => [b.id, b.label[lang]]))
    expect(await visibleText(health.locator('.rk-result__score'))).toContain(bands.attention)
    await health.getByText(first.tips.attention[lang][0]!).waitFor()
    const knowledge = page.getByRole('region', { name: content.dimensions[3]!.title[lang] })
    expect(
      await knowledge.getByRole('link', { name: e.result.toSelfScan }).getAttribute('href'),
    ).toBe('/zelfscan')
    const history = page.locator('section[aria-labelledby="eerdere-checks"]')
    expect(await history.getByRole('row').count()).toBe(2)
    await expectAccessible(page, `check result (${lang})`)

    // On a phone the result reads without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 700 })
    await noSidewaysScroll(page)
    await page.setViewportSize({ width: 1280, height: 900 })

    // Delete it, after a question.
    await history.getByRole('button', { name: new RegExp(`^${e.history.delete}`) }).click()
    const question = page.getByRole('heading', {
      level: 3,
      name: fill(e.history.question, { date }),
    })
    await question.waitFor()
    await expectAccessible(page, `delete question (${lang})`)
    await page.getByRole('button', { name: e.history.confirm, exact: true }).click()
    await page.getByText(fill(e.history.deleted, { date })).waitFor()
    await page.getByText(e.history.empty).waitFor()
    await page.getByRole('button', { name: e.start.button, exact: true }).waitFor()
    await expectAccessible(page, `after deleting (${lang})`)
  })
})

describe.each(LANGUAGES)('what managers see (%s)', (lang) => {
  const t = texts[lang]
  const s = t.sharedScans

  test('the team overview over five shared scans, and nothing over four', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, fullTeam.manager)
    await page.getByRole('link', { name: t.nav.organisation, exact: true }).click()
    await page.getByRole('link', { name: s.team.open }).click()
    await expectHeading(page, s.team.title)
    await page.getByRole('heading', { level: 2, name: MAP.title }).waitFor()
    const basis = fill(s.team.basis_other, { count: 5, target: '#' }).split('#')[0]!
    await page.getByText(basis).waitFor()
    const table = page.getByRole('table', { name: s.team.table })
    await table.waitFor()
    const rows = table.getByRole('row')
    expect(await rows.count()).toBeGreaterThan(2)
    expect(await visibleText(rows.nth(1))).toMatch(/\b5\b/)
    expect(await visibleText(rows.last())).toContain(s.team.tooFew)
    await page.locator('.rk-chart canvas').waitFor()
    await page.getByText(fill(s.team.chart, { map: MAP.title })).waitFor()
    await expectAccessible(page, `team overview (${lang})`)

    const small = await freshPage(browser, server.baseUrl)
    await signIn(small, lang, smallTeam.manager)
    await small.goto(`${server.baseUrl}/organisatie/zelfscan-overzicht?kaart=${MAP.slug}`)
    await expectHeading(small, s.team.title)
    await small.getByText(fill(s.team.hidden, { minimum: 5 })).waitFor()
    expect(await small.getByRole('table').count()).toBe(0)
    expect(await small.locator('canvas').count()).toBe(0)
    await expectAccessible(small, `team overview with too few (${lang})`)
  })

  test('scans shared with me, and a report opened from there', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, fullTeam.manager)
    await page.getByRole('link', { name: s.nav, exact: true }).click()
    await expectHeading(page, s.title)
    await page.getByText(s.logged.text).waitFor()
    const table = page.getByRole('table', { name: s.table })
    expect(await table.getByRole('row').count()).toBe(6)
    const row = table.getByRole('row').filter({ hasText: 'Medewerker 2' })
    expect(await visibleText(row)).toContain(s.scopes.full)
    await expectAccessible(page, `shared with me (${lang})`)

    const { scanId } = fullTeam.scans[1]!
    await row.getByRole('link', { name: new RegExp(`^${s.open}`) }).click()
    await page.waitForURL(`**/zelfscan/${scanId}/rapport`)
    await expectHeading(page, fill(t.selfScans.report.titleOf, { title: MAP.title }))
    await page.getByText(fill(t.selfScans.report.sharedBy, { name: 'Medewerker 2' })).waitFor()
    // The owner will see this visit.
    await expect
      .poll(async () => {
        const views = await server.db.kysely
          .selectFrom('self_scan_views')
          .select('viewer_user_id')
          .where('scan_id', '=', scanId)
          .execute()
        return views.filter((v) => v.viewer_user_id === fullTeam.manager.id).length
      })
      .toBeGreaterThan(0)
  })
})
