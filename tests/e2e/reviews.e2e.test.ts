import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, test } from 'vitest'
import { createUser } from '../../server/db/factories.ts'
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

// Co-creation that changes the map: a reviewer proposes another wording, the programme team
// adopts it into the concept, publishes after a question that names the change and the open
// comments, and the published version reads the new wording; the round says it closed.

let server: AppServer
let browser: Awaited<ReturnType<typeof launchBrowser>>
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

const SLUG = 'toezicht-en-advies'
const MAP = 'Toezicht en Advies'
/** Each language's run rewords its own objective of the published map. */
const WORDING: Record<Lang, { before: string; after: string }> = {
  nl: {
    before: 'Uitvoeren van archiefinspecties',
    after: 'Archiefinspecties voorbereiden en uitvoeren',
  },
  en: {
    before: 'Achtergrond van toezicht in het algemeen',
    after: 'Achtergrond en geschiedenis van toezicht',
  },
}

async function signIn(page: Page, lang: Lang, email: string, password: string) {
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, password)
}

describe.each(LANGUAGES)('a proposal adopted into the map (%s)', (lang) => {
  const t = texts[lang]
  const { before, after } = WORDING[lang]
  // The runs publish one after the other: version 2, then 3.
  const next = lang === 'nl' ? 2 : 3

  test('proposed, adopted, published after the question; the round says it closed', async () => {
    const member = await createUser(server.db, {
      email: uniqueEmail('programma-voorstel'),
      roles: ['programme'],
    })
    const reviewer = await createUser(server.db, {
      email: uniqueEmail('meedenker-voorstel'),
      name: `Lotte Voorstel ${lang}`,
      roles: ['professional'],
    })
    const page = await freshPage(browser, server.baseUrl)
    await signIn(page, lang, member.email, member.password)

    // A concept of the published map, and a round on it.
    await page.goto(`${server.baseUrl}/kenniskaarten/${SLUG}/bewerken`)
    await page.getByRole('button', { name: t.edit.startDraft }).click()
    await page.getByRole('heading', { name: t.edit.tree.title }).waitFor()
    await page.goto(`${server.baseUrl}/kenniskaarten/${SLUG}/reviewrondes`)
    const roundTitle = `Voorstellen ${lang}`
    await page.getByLabel(t.reviews.create.name).fill(roundTitle)
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel(t.reviews.create.deadline).fill(deadline)
    await page.getByLabel(new RegExp(`^${t.reviews.create.emails}`)).fill(reviewer.email)
    await page.getByRole('button', { name: t.reviews.create.submit }).click()
    await page.getByText(fill(t.reviews.create.done_one, { title: roundTitle, count: 1 })).waitFor()
    await page.getByRole('link', { name: roundTitle, exact: true }).click()
    await expectHeading(page, fill(t.reviews.round.titleFor, { map: MAP }))
    const roundPath = new URL(page.url()).pathname

    // The reviewer proposes another wording.
    const own = await freshPage(reviewerBrowser, server.baseUrl)
    await signIn(own, lang, reviewer.email, reviewer.password)
    await own.goto(`${server.baseUrl}${roundPath}`)
    await expectHeading(own, fill(t.reviews.round.titleFor, { map: MAP }))
    const objective = own.getByRole('listitem').filter({ hasText: before })
    await objective
      .getByRole('button', { name: new RegExp(`^${t.reviews.comment.open.objective}`) })
      .click()
    await objective.getByLabel(t.reviews.proposal.choose.objective.reword).check()
    const wording = objective.getByLabel(t.reviews.proposal.title.reword)
    // It starts from the words as they are.
    await objective.getByText(before).first().waitFor()
    await wording.fill(after)
    await objective.getByLabel(t.reviews.comment.why).fill('Zo staat de voorbereiding erin.')
    await expectAccessible(own, `proposal form (${lang})`)
    await objective.getByRole('button', { name: t.reviews.comment.submit }).click()
    const mine = objective.getByRole('listitem').filter({ hasText: after })
    await mine.getByText(t.reviews.commentStatuses.open, { exact: true }).waitFor()
    // One more comment stays unanswered: the question before publishing counts it.
    const general = own.locator('.rk-general-comments')
    await general.getByRole('button', { name: t.reviews.comment.open.map }).click()
    await general.getByLabel(t.reviews.comment.legend.map).fill('Mooi concept.')
    await general.getByRole('button', { name: t.reviews.comment.submit }).click()
    await general.getByText('Mooi concept.').waitFor()

    // The programme team adopts it: the change goes into the concept.
    await page.reload()
    const received = page.getByRole('listitem').filter({ hasText: after }).last()
    await received.getByRole('button', { name: t.reviews.respond.open }).click()
    await received.getByLabel(t.reviews.respond.adopt).check()
    await received.getByLabel(new RegExp(`^${t.reviews.respond.response}`)).fill('Overgenomen.')
    await received.getByRole('button', { name: t.reviews.respond.submit }).click()
    await received.getByText(t.reviews.adoption.applied).waitFor()
    await expectAccessible(page, `adopted proposal (${lang})`)

    // Publishing asks first, naming the change and the comment still open.
    await page.goto(`${server.baseUrl}/kenniskaarten/${SLUG}/bewerken`)
    await page.getByText(after, { exact: true }).first().waitFor()
    const publish = page.getByRole('region', { name: t.edit.publish.title })
    await publish
      .getByRole('button', { name: fill(t.edit.publish.submit, { number: next }) })
      .click()
    const question = publish.getByRole('region', {
      name: fill(t.edit.publish.question.title, { number: next }),
    })
    await question.getByText(fill(t.edit.publish.question.renamed_one, { count: 1 })).waitFor()
    await question.getByText(fill(t.edit.publish.question.rounds_one, { count: 1 })).waitFor()
    await question.getByText(fill(t.edit.publish.question.comments_one, { count: 1 })).waitFor()
    await expectAccessible(page, `publish question (${lang})`)
    await question
      .getByRole('button', {
        name: fill(t.edit.publish.question.confirm, { number: next }),
      })
      .click()
    await expectHeading(page, MAP)

    // The published version reads the new wording.
    await page.getByText(after, { exact: true }).waitFor()
    await expectAccessible(page, `published map with the adopted wording (${lang})`)

    // The round says it closed with the publication; the reviewer can no longer comment.
    await own.reload()
    await own.getByText(t.reviews.round.closed).waitFor()
    await own.getByText(new RegExp(t.reviews.round.closedByPublish.split('{{')[0] ?? '')).waitFor()
    await own.getByText(t.reviews.adoption.applied).waitFor()
    if ((await own.getByRole('button', { name: t.reviews.comment.open.map }).count()) !== 0)
      throw new Error('a closed round still offers to comment')
    await expectAccessible(own, `round closed by publishing (${lang})`)
  }, 240_000)
})
