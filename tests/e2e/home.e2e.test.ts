import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { productAvailability } from '../../domain/roadmap.ts'
import { DEMO_PASSWORD } from '../../server/db/seed-demo.ts'
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
  visibleText,
} from './journeys-helpers.ts'

// The home page for every kind of work, with the demo accounts of the README: the programme
// team, a provider and a meedenker each see what waits for them; a visitor sees which parts
// of Routekaart are open today and which are still to come.

let server: AppServer
let browser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer({ demo: true })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function signedInAs(lang: Lang, email: string) {
  const page = await freshPage(browser, server.baseUrl)
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, email, DEMO_PASSWORD)
  return page
}

describe.each(LANGUAGES)('the home page (%s)', (lang) => {
  const t = texts[lang]
  const work = t.home.work
  const items = t.landing.parts.items as Record<string, { term: string }>

  test('a visitor reads which parts are open today and which are still to come', async () => {
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/', lang)
    await expectHeading(page, t.landing.title)
    const { available, coming } = productAvailability()
    const availableList = page
      .getByRole('heading', { level: 3, name: t.landing.parts.availableTitle, exact: true })
      .locator('xpath=following-sibling::dl[1]')
    const comingList = page
      .getByRole('heading', { level: 3, name: t.landing.parts.comingTitle, exact: true })
      .locator('xpath=following-sibling::ul[1]')
    const open = await visibleText(availableList)
    for (const part of available) expect(open).toContain(items[part.key]!.term)
    const later = await visibleText(comingList)
    for (const part of coming) {
      expect(later).toContain(items[part.key]!.term)
      expect(open).not.toContain(items[part.key]!.term)
    }
    await expectAccessible(page, `public home page (${lang})`)
  })

  test('the programme team sees rounds with comments to answer, maps in progress and stale offerings', async () => {
    const page = await signedInAs(lang, 'programma@demo.routekaart.nl')
    const section = page.getByRole('region', { name: work.programme.title, exact: true })
    const round = section.getByRole('link', {
      name: 'Digitaal Informatiebeheer: Tussentijdse review (demo)',
      exact: true,
    })
    await round.waitFor()
    const line = section.getByRole('listitem').filter({ hasText: 'Tussentijdse review (demo)' })
    expect(await visibleText(line)).toContain(fill(work.programme.toAnswer_other, { count: 2 }))
    // The closed round has every comment answered: nothing asks for work there.
    expect(await section.getByText('Eerste leesronde (demo)').count()).toBe(0)
    const mapLink = section.getByRole('link', { name: 'Beginners', exact: true })
    expect(await mapLink.getAttribute('href')).toBe('/kenniskaarten/beginners/bewerken')
    await section.getByRole('link', { name: work.programme.staleLink, exact: true }).waitFor()
    expect(await page.getByText(t.home.noRoutes).count()).toBe(0)
    await expectAccessible(page, `home page of the programme team (${lang})`)

    await round.click()
    await page.waitForURL(/\/meedenken\//)
  })

  test('a provider sees its offerings, how many may be outdated, and goes to My offerings', async () => {
    const page = await signedInAs(lang, 'aanbieder@demo.routekaart.nl')
    const section = page.getByRole('region', { name: work.provider.title, exact: true })
    const line = await visibleText(
      section.getByRole('listitem').filter({ hasText: 'Archiefacademie Vechtstreek (demo)' }),
    )
    expect(line).toMatch(new RegExp(fill(work.provider.stale_other, { count: '\\d+' })))
    expect(await page.getByText(t.home.noRoutes).count()).toBe(0)
    await expectAccessible(page, `home page of a provider (${lang})`)

    await section.getByRole('link', { name: work.provider.link, exact: true }).click()
    await expectHeading(page, t.catalogue.manage.titleOwn)
  })

  test('a meedenker sees the rounds they were invited to, open first, beside their own route', async () => {
    const page = await signedInAs(lang, 'meedenker@demo.routekaart.nl')
    const section = page.getByRole('region', { name: work.reviewer.title, exact: true })
    const rounds = section.getByRole('listitem')
    await rounds.first().waitFor()
    expect(await rounds.count()).toBe(2)
    const first = await visibleText(rounds.nth(0))
    expect(first).toContain('Tussentijdse review (demo)')
    expect(first).toContain(fill(work.reviewer.myComments_other, { count: 2 }))
    expect(first).toContain(t.reviews.states.open)
    const second = await visibleText(rounds.nth(1))
    expect(second).toContain('Eerste leesronde (demo)')
    expect(second).toContain(t.reviews.states.closed)
    // A meedenker who is also a professional still sees their route.
    await page.getByRole('heading', { level: 2, name: t.home.professionalRoute }).waitFor()
    await expectAccessible(page, `home page of a meedenker (${lang})`)

    await section.getByRole('link', { name: /Tussentijdse review \(demo\)/ }).click()
    await page.waitForURL(/\/meedenken\//)
  })
})
