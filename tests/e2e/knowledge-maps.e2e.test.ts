import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createUser } from '../../server/db/factories.ts'
import { linkIn } from '../smtp.ts'
import { type AppServer, startAppServer } from './app-server.ts'
import { expectAccessible, launchBrowser } from './browser.ts'
import {
  expectHeading,
  fill,
  freshPage,
  LANGUAGES,
  type Lang,
  openIn,
  STRONG_PASSWORD,
  signInWithForm,
  texts,
  uniqueEmail,
  visibleText,
} from './journeys-helpers.ts'

// Kenniskaarten: reading them (anyone), editing and publishing them (programme team), and a
// review round with a reviewer invited by e-mail.

let server: AppServer
/** The programme team's browser. */
let browser: Awaited<ReturnType<typeof launchBrowser>>
/** The reviewer's own browser: nothing of the programme team's session is in it. */
let reviewerBrowser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  reviewerBrowser = await launchBrowser()
})

afterAll(async () => {
  await reviewerBrowser?.close()
  await browser?.close()
  await server?.close()
})

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A name that begins with `label`: a button's visible verb before its hidden object. */
const startsWith = (label: string) => new RegExp(`^${literal(label)}(?:\\s|:|$)`)

/** The map of the seed that is published (version 1), and one of its objectives. */
const PUBLISHED = { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' }
const OBJECTIVE = 'Uitvoeren van archiefinspecties'

async function noSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  expect(wide, 'page scrolls sideways').toBe(false)
}

describe.each(LANGUAGES)('reading kenniskaarten (%s)', (lang) => {
  const t = texts[lang]

  test('the overview filters by level and state, and a map reads as a tree with addresses', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/kenniskaarten', lang)
    await expectHeading(page, t.maps.title)
    await page.getByText(t.maps.intro).waitFor()
    await visibleText(
      page.getByRole('status').filter({ hasText: fill(t.maps.count_other, { count: 5 }) }),
    )
    // A concept says so on its card.
    expect(
      await page.getByRole('listitem').filter({ hasText: t.maps.states.concept }).count(),
    ).toBe(4)
    await expectAccessible(page, `overview (${lang})`)

    // Filters apply with the button and travel in the address.
    await page.getByLabel(t.maps.filters.level, { exact: true }).selectOption('gevorderden')
    await page.getByLabel(t.maps.filters.state, { exact: true }).selectOption('published')
    await page.getByRole('button', { name: t.maps.filters.apply }).click()
    await page.waitForURL(/niveau=gevorderden/)
    expect(page.url()).toContain('status=published')
    await visibleText(
      page.getByRole('status').filter({ hasText: fill(t.maps.count_one, { count: 1 }) }),
    )
    await expectAccessible(page, `overview filtered (${lang})`)

    // The map: domains and themes as headings, each objective with its own address.
    await page.getByRole('link', { name: PUBLISHED.title, exact: true }).click()
    await expectHeading(page, PUBLISHED.title)
    await page.getByRole('heading', { level: 2, name: 'Vakinhoudelijke kennis' }).waitFor()
    await page.getByRole('heading', { level: 3, name: 'Wet- en regelgeving' }).waitFor()
    const objective = page.getByRole('listitem').filter({ hasText: OBJECTIVE })
    const id = await objective.getAttribute('id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    const anchor = objective.getByRole('link', { name: startsWith(t.maps.tree.link) })
    expect(await anchor.getAttribute('href')).toBe(`#${id}`)
    await page
      .getByText(new RegExp(`^${literal(fill(t.maps.version.numbered, { number: 1 }))},`))
      .first()
      .waitFor()
    const download = page.getByRole('link', { name: t.maps.tools.downloadCase })
    expect(await download.getAttribute('href')).toBe(
      `/api/knowledge-maps/${PUBLISHED.slug}/versions/1/case`,
    )
    await expectAccessible(page, `map (${lang})`)

    // A concept map is marked as one.
    await page.goto(`${server.baseUrl}/kenniskaarten/zij-instromers`)
    await expectHeading(page, 'Zij-instromers')
    await page.getByText(t.maps.concept.title).waitFor()
    await expectAccessible(page, `concept map (${lang})`)

    // On a phone.
    const phone = await browser.newPage({ mobile: true })
    await phone.goto(`${server.baseUrl}/kenniskaarten/${PUBLISHED.slug}`)
    await expectHeading(phone, PUBLISHED.title)
    await noSidewaysScroll(phone)
    await expectAccessible(phone, `map on a phone (${lang})`)
    await phone.close()
  })

  test('search finds an objective and leads to its address on the map', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/kenniskaarten', lang)
    await page.getByRole('searchbox', { name: t.maps.search.label }).fill('archiefinspecties')
    await page.getByRole('button', { name: t.maps.search.submit, exact: true }).click()
    await expectHeading(page, t.maps.search.title)
    expect(page.url()).toContain('/kenniskaarten/zoeken?q=archiefinspecties')
    await page.getByRole('heading', { level: 2, name: startsWith(PUBLISHED.title) }).waitFor()
    await expectAccessible(page, `search results (${lang})`)

    await page.getByRole('link', { name: OBJECTIVE }).click()
    await expectHeading(page, PUBLISHED.title)
    expect(page.url()).toMatch(new RegExp(`/kenniskaarten/${PUBLISHED.slug}#[0-9a-f-]{36}$`))
    const target = page.locator('.rk-objective--target')
    expect(await visibleText(target)).toContain(OBJECTIVE)
    // Focus lands on the objective, so the keyboard goes on from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(OBJECTIVE)
    await expectAccessible(page, `map at an objective (${lang})`)
  })
})

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, password)
}

/**
 * What each language's run edits. Both runs work on the same published map, one after the
 * other, so each touches its own objective and adds its own; version numbers are read first.
 */
const AUTHORING: Record<
  Lang,
  {
    objective: string
    renamed: string
    position: number
    count: number
    theme: string
    added: string
  }
> = {
  nl: {
    objective: OBJECTIVE,
    renamed: 'Uitvoeren van archiefinspecties, ook digitaal',
    position: 3,
    count: 5,
    theme: 'Wet- en regelgeving',
    added: 'Kennis van de Wet open overheid',
  },
  en: {
    objective: 'Overtuigingskracht',
    renamed: 'Overtuigingskracht en onderhandelen',
    position: 3,
    count: 5,
    theme: 'Advisering',
    added: 'Adviseren over openbaarheid van informatie',
  },
}

/** The number of the version of `slug` that the public reads now. */
async function currentNumber(slug: string): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/knowledge-maps/${slug}`)
  const tree = (await response.json()) as { version: { number: number } }
  return tree.version.number
}

describe.each(LANGUAGES)('the programme team (%s)', (lang) => {
  const t = texts[lang]
  const edit = AUTHORING[lang]

  test('drafts, edits and publishes a new version; the old version stays readable', async () => {
    const member = await createUser(server.db, {
      email: uniqueEmail('programma'),
      name: 'Ilse de Boer',
      roles: ['programme'],
    })
    const old = await currentNumber(PUBLISHED.slug)
    const next = old + 1
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, member.email, member.password)
    await page.goto(`${server.baseUrl}/kenniskaarten/${PUBLISHED.slug}`)
    await page.getByRole('link', { name: t.maps.tools.edit }).click()
    await expectHeading(page, fill(t.edit.titleFor, { map: PUBLISHED.title }))
    await expectAccessible(page, `edit page without a concept (${lang})`)

    await page.getByRole('button', { name: t.edit.startDraft }).click()
    await page.getByRole('heading', { level: 2, name: t.edit.tree.title }).waitFor()
    const status = page.locator('.rk-live-status')

    // Rename an objective in its panel.
    const objective = page.getByRole('listitem').filter({ hasText: edit.objective })
    await objective.getByRole('button', { name: startsWith(t.edit.change) }).click()
    const { renamed, added, theme: themeTitle } = edit
    await objective.getByLabel(t.edit.rename.objective).fill(renamed)
    await objective.getByRole('button', { name: t.edit.saveName, exact: true }).click()
    await status
      .getByText(fill(t.edit.renamed, { before: edit.objective, after: renamed }))
      .waitFor()
    await expectAccessible(page, `edit page after a rename (${lang})`)

    // Move it up: focus stays on the button that was pressed.
    const moved = page.getByRole('listitem').filter({ hasText: renamed })
    await moved.getByRole('button', { name: startsWith(t.edit.up) }).click()
    await status
      .getByText(fill(t.edit.moved, { title: renamed, position: edit.position, count: edit.count }))
      .waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(`${t.edit.up}: ${renamed}`)

    // Add an objective to a theme.
    const theme = page.getByRole('region', { name: themeTitle })
    await theme.getByRole('button', { name: startsWith(t.edit.add.open.objective) }).click()
    await theme.getByLabel(fill(t.edit.add.label.objective, { parent: themeTitle })).fill(added)
    await theme.getByRole('button', { name: t.edit.add.submit, exact: true }).click()
    await status
      .getByText(fill(t.edit.add.done.objective, { title: added, parent: themeTitle }))
      .waitFor()
    await expectAccessible(page, `edit page with an open add form (${lang})`)

    // "Dit verandert er": the changes against the published version, then publish.
    const publish = page.getByRole('region', { name: t.edit.publish.title })
    await publish
      .getByRole('heading', { name: startsWith(t.maps.compare.groups.renamed) })
      .waitFor()
    await publish.getByRole('heading', { name: startsWith(t.maps.compare.groups.added) }).waitFor()
    await publish.getByLabel(t.edit.publish.changeNote).fill('Nieuwe leerdoelen erbij.')
    await publish
      .getByRole('button', { name: fill(t.edit.publish.submit, { number: next }) })
      .click()
    // Asked first, with what changes.
    await publish
      .getByRole('heading', { name: fill(t.edit.publish.question.title, { number: next }) })
      .waitFor()
    await publish.getByText(fill(t.edit.publish.question.added_one, { count: 1 })).waitFor()
    await expectAccessible(page, `publish question (${lang})`)
    await publish
      .getByRole('button', { name: fill(t.edit.publish.question.confirm, { number: next }) })
      .click()
    await expectHeading(page, PUBLISHED.title)
    await page.getByText(fill(t.edit.publish.done, { number: next })).waitFor()
    await page.getByText(renamed, { exact: true }).waitFor()
    await page.getByText(added, { exact: true }).waitFor()
    await expectAccessible(page, `map after publishing version ${next} (${lang})`)
    // The programme team can take the version back to the content files.
    expect(
      await page.getByRole('link', { name: t.maps.tools.downloadContent }).getAttribute('href'),
    ).toBe(`/api/knowledge-maps/${PUBLISHED.slug}/versions/${next}/content`)

    // The version before stays readable, clearly marked as older, with the old wording.
    await page.getByLabel(t.maps.versions.pick, { exact: true }).selectOption(String(old))
    await page.getByRole('button', { name: t.maps.versions.show }).click()
    await page.waitForURL(new RegExp(`versie=${old}`))
    await page.getByText(t.maps.version.older).first().waitFor()
    await page.getByText(edit.objective, { exact: true }).waitFor()
    expect(await page.getByText(added).count()).toBe(0)
    await expectAccessible(page, `version ${old} after version ${next} (${lang})`)

    // The comparison in words.
    await page.goto(
      `${server.baseUrl}/kenniskaarten/${PUBLISHED.slug}/vergelijken?van=${old}&naar=${next}`,
    )
    await expectHeading(page, fill(t.maps.compare.titleFor, { map: PUBLISHED.title }))
    await page
      .getByRole('heading', { level: 2, name: startsWith(t.maps.compare.groups.renamed) })
      .waitFor()
    await page.getByText(added).first().waitFor()
    await expectAccessible(page, `compare version ${old} and ${next} (${lang})`)
  })

  test('opens a review round; the invited reviewer comments from the mailed link; the proposal is adopted', async () => {
    const slug = 'digitaal-informatiebeheer'
    const member = await createUser(server.db, {
      email: uniqueEmail('programma-review'),
      name: 'Joost Smit',
      roles: ['programme'],
    })
    const reviewer = await createUser(server.db, {
      email: uniqueEmail('meedenker'),
      name: 'Fatima Ouali',
      roles: ['professional'],
    })

    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, member.email, member.password)
    await page.goto(`${server.baseUrl}/kenniskaarten/${slug}/reviewrondes`)
    await expectHeading(page, fill(t.reviews.rounds.titleFor, { map: 'Digitaal Informatiebeheer' }))
    await expectAccessible(page, `review rounds of a map (${lang})`)
    const roundTitle = lang === 'nl' ? 'Tussentijdse review' : 'Tweede review'
    await page.getByLabel(t.reviews.create.name).fill(roundTitle)
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel(t.reviews.create.deadline).fill(deadline)
    await page.getByLabel(startsWith(t.reviews.create.emails)).fill(reviewer.email)
    await page.getByRole('button', { name: t.reviews.create.submit }).click()
    await page.getByText(fill(t.reviews.create.done_one, { title: roundTitle, count: 1 })).waitFor()
    await page
      .getByRole('table', { name: t.reviews.rounds.listTitle })
      .getByText(roundTitle)
      .waitFor()
    await expectAccessible(page, `review rounds after opening one (${lang})`)

    // The mail arrives with the link; the reviewer opens it in their own browser.
    const mail = await server.smtp.latestTo(reviewer.email)
    const link = linkIn(mail, `${server.baseUrl}/meedenken/`)
    const own = await freshPage(reviewerBrowser, server.baseUrl)
    await openIn(own, server.baseUrl, link.slice(server.baseUrl.length), lang)
    await expectHeading(own, t.signIn.title)
    await own.getByLabel(t.fields.email, { exact: true }).fill(reviewer.email)
    await own.getByLabel(t.fields.password, { exact: true }).fill(reviewer.password)
    await own.getByRole('button', { name: t.signIn.submit, exact: true }).click()
    await expectHeading(own, fill(t.reviews.round.titleFor, { map: 'Digitaal Informatiebeheer' }))
    await own.getByText(t.maps.concept.title).first().waitFor()
    await expectAccessible(own, `review round as a reviewer (${lang})`)

    // A proposal for another wording of an objective (another one per language: the first
    // one's wording changes when it is adopted).
    const current = lang === 'nl' ? 'Migratie en conversie' : 'Overbrenging naar een e-depot'
    const objective = own.getByRole('listitem').filter({ hasText: current })
    await objective
      .getByRole('button', { name: startsWith(t.reviews.comment.open.objective) })
      .click()
    await objective.getByLabel(t.reviews.proposal.choose.objective.reword).check()
    const proposal =
      lang === 'nl'
        ? 'Migratie, conversie en emulatie'
        : 'Overbrenging naar en beheer in een e-depot'
    await objective.getByLabel(t.reviews.proposal.title.reword).fill(proposal)
    await objective.getByLabel(t.reviews.comment.why).fill('Emulatie hoort er ook bij.')
    await expectAccessible(own, `comment form (${lang})`)
    await objective.getByRole('button', { name: t.reviews.comment.submit }).click()
    const comment = objective.getByRole('listitem').filter({ hasText: proposal })
    await comment.getByText(t.reviews.commentStatuses.open, { exact: true }).waitFor()
    await expectAccessible(own, `review round after a proposal (${lang})`)

    // The programme team adopts it.
    await page.getByRole('link', { name: roundTitle, exact: true }).click()
    await expectHeading(page, fill(t.reviews.round.titleFor, { map: 'Digitaal Informatiebeheer' }))
    await page
      .getByRole('region', { name: t.reviews.panel.title })
      .getByText(reviewer.email)
      .waitFor()
    const received = page.getByRole('listitem').filter({ hasText: proposal }).last()
    await received.getByText(reviewer.name).waitFor()
    await received.getByRole('button', { name: t.reviews.respond.open }).click()
    await received.getByLabel(t.reviews.respond.adopt).check()
    await received
      .getByLabel(startsWith(t.reviews.respond.response))
      .fill('Goed punt, overgenomen.')
    await expectAccessible(page, `answering a proposal (${lang})`)
    await received.getByRole('button', { name: t.reviews.respond.submit }).click()
    await received.getByText(t.reviews.commentStatuses.accepted, { exact: true }).waitFor()
    await received.getByText('Goed punt, overgenomen.').waitFor()
    await expectAccessible(page, `review round after adopting a proposal (${lang})`)

    // Inviting one more by choosing an existing account, found by part of the name.
    const chosen = await createUser(server.db, {
      email: uniqueEmail('gekozen'),
      name: `Noor Kiesbaar ${lang}`,
    })
    const choose = page.getByRole('region', { name: t.reviews.choose.title })
    await choose.getByRole('button', { name: t.reviews.choose.search }).click()
    await choose.getByText(t.reviews.choose.tooShort).waitFor()
    await expectAccessible(page, `searching accounts with too little typed (${lang})`)
    await choose.getByLabel(t.reviews.choose.label).fill(`kiesbaar ${lang}`)
    await choose.getByRole('button', { name: t.reviews.choose.search }).click()
    await choose.getByText(fill(t.reviews.choose.found_one, { count: 1 })).waitFor()
    await choose.getByText(`${chosen.name} (${chosen.email})`).waitFor()
    await expectAccessible(page, `accounts found to invite (${lang})`)
    await choose
      .getByRole('button', { name: fill(t.reviews.choose.invite, { name: chosen.name }) })
      .click()
    await choose.getByText(fill(t.reviews.choose.invited, { name: chosen.name })).waitFor()
    await choose.getByText(t.reviews.choose.already).waitFor()
    await page
      .locator('ul[aria-labelledby="uitgenodigd"]')
      .getByText(`${chosen.name} (${chosen.email})`)
      .waitFor()
    expect(linkIn(await server.smtp.latestTo(chosen.email), `${server.baseUrl}/meedenken/`)).toBe(
      link,
    )
    await expectAccessible(page, `review round after choosing an account (${lang})`)

    // The reviewer sees the answer.
    await own.reload()
    await comment.getByText(t.reviews.commentStatuses.accepted, { exact: true }).waitFor()
    await comment.getByText('Goed punt, overgenomen.').waitFor()
  })
})

describe('archiving a map (en)', () => {
  const t = texts.en

  test('the programme team archives a map after a question, and restores it', async () => {
    const member = await createUser(server.db, {
      email: uniqueEmail('programma-archief'),
      name: 'Pieter Jansen',
      roles: ['programme'],
    })
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, 'en', member.email, member.password)
    await page.goto(`${server.baseUrl}/kenniskaarten/zij-instromers`)
    await expectHeading(page, 'Zij-instromers')
    const section = page.getByRole('region', { name: t.maps.archive.title })
    await section.getByRole('button', { name: t.maps.archive.open }).click()
    await section
      .getByRole('heading', { name: fill(t.maps.archive.question, { title: 'Zij-instromers' }) })
      .waitFor()
    await expectAccessible(page, 'archive question (en)')
    await section.getByRole('button', { name: t.maps.archive.confirm }).click()
    await section
      .getByText(fill(t.maps.archive.done.archived, { title: 'Zij-instromers' }))
      .waitFor()
    await page.getByText(t.maps.archived.title, { exact: true }).waitFor()
    await page.locator('.rk-map-head').getByText(t.maps.states.archived).waitFor()
    expect(await page.getByRole('link', { name: t.maps.tools.edit }).count()).toBe(0)
    await expectAccessible(page, 'archived map (en)')

    // Out of the overview; still there when asked for.
    await page.goto(`${server.baseUrl}/kenniskaarten`)
    await page.getByRole('link', { name: PUBLISHED.title, exact: true }).waitFor()
    expect(await page.getByRole('link', { name: 'Zij-instromers', exact: true }).count()).toBe(0)
    await page.goto(`${server.baseUrl}/kenniskaarten?status=archived`)
    await page.getByRole('link', { name: 'Zij-instromers', exact: true }).click()

    await section.getByRole('button', { name: t.maps.archive.restore }).click()
    await section
      .getByText(fill(t.maps.archive.done.restored, { title: 'Zij-instromers' }))
      .waitFor()
    expect(await page.getByText(t.maps.archived.title, { exact: true }).count()).toBe(0)
    await expectAccessible(page, 'restored map (en)')
  })
})

describe('a reviewer invited by e-mail without an account', () => {
  const t = texts.nl

  test('follows the mailed link, signs up with that address, confirms it, and lands on the round', async () => {
    const member = await createUser(server.db, {
      email: uniqueEmail('programma-nieuw'),
      name: 'Sanne Visser',
      roles: ['programme'],
    })
    const email = uniqueEmail('nieuwe-meedenker')
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, 'nl', member.email, member.password)
    await page.goto(`${server.baseUrl}/kenniskaarten/beginners/reviewrondes`)
    await page.getByLabel(t.reviews.create.name).fill('Ronde voor nieuwe meedenkers')
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel(t.reviews.create.deadline).fill(deadline)
    await page.getByLabel(startsWith(t.reviews.create.emails)).fill(email)
    await page.getByRole('button', { name: t.reviews.create.submit }).click()
    await page
      .getByText(
        fill(t.reviews.create.done_one, { title: 'Ronde voor nieuwe meedenkers', count: 1 }),
      )
      .waitFor()

    // The mailed link, opened by someone without an account: sign in or sign up first.
    const link = linkIn(await server.smtp.latestTo(email), `${server.baseUrl}/meedenken/`)
    const own = await freshPage(reviewerBrowser, server.baseUrl)
    await own.goto(link)
    await expectHeading(own, t.signIn.title)
    await own.getByText(t.signIn.reviewInvite).waitFor()
    await expectAccessible(own, 'sign-in for an invited reviewer')
    await own.getByRole('link', { name: t.signIn.noAccount }).click()
    await expectHeading(own, t.signUp.title)
    await own.getByLabel(t.fields.name, { exact: true }).fill('Noor Bakker')
    await own.getByLabel(t.fields.email, { exact: true }).fill(email)
    await own.getByLabel(t.fields.newPassword, { exact: true }).fill(STRONG_PASSWORD)
    await own.getByRole('button', { name: t.signUp.submit, exact: true }).click()
    await own.getByText(t.signUp.sentTitle, { exact: true }).waitFor()

    // The confirmation link, in a new tab of the same browser, points on to the round.
    const confirmation = linkIn(
      await server.smtp.latestTo(email),
      `${server.baseUrl}/e-mail-bevestigen`,
    )
    const tab = await reviewerBrowser.newPage()
    await tab.goto(confirmation)
    await tab.getByText(t.confirmEmail.done, { exact: true }).waitFor()
    await tab.getByText(t.confirmEmail.toRound).waitFor()
    await expectAccessible(tab, 'e-mail confirmed, on the way to a round')
    await tab.getByRole('link', { name: t.confirmEmail.signIn, exact: true }).click()
    await expectHeading(tab, t.signIn.title)
    await tab.getByLabel(t.fields.email, { exact: true }).fill(email)
    await tab.getByLabel(t.fields.password, { exact: true }).fill(STRONG_PASSWORD)
    await tab.getByRole('button', { name: t.signIn.submit, exact: true }).click()
    await expectHeading(tab, fill(t.reviews.round.titleFor, { map: 'Beginners' }))
    expect(tab.url()).toBe(link)
    await tab.getByText('Ronde voor nieuwe meedenkers').first().waitFor()
    await expectAccessible(tab, 'the round, reached after signing up')
  })
})
