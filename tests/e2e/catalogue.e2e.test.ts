import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { OFFERING_CSV_COLUMNS } from '../../domain/catalogue/csv.ts'
import type { Role } from '../../domain/roles.ts'
import { createUser } from '../../server/db/factories.ts'
import { addProviderMember, createProvider } from '../../server/features/catalogue/factories.ts'
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

// Opleidingsaanbod: searching and filtering the demo catalogue, and a provider's CSV update
// with errors, then without.

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

const INSPECTIES = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'

async function signedInPage(lang: Lang, roles: Role[]) {
  const user = await createUser(server.db, { email: uniqueEmail('aanbod'), roles })
  const page = await freshPage(browser, server.baseUrl)
  await openIn(page, server.baseUrl, '/inloggen', lang)
  await signInWithForm(page, lang, user.email, user.password)
  return { page, user }
}

describe.each(LANGUAGES)('the catalogue (%s)', (lang) => {
  const t = texts[lang]

  test('a professional searches in Dutch, filters, and reads an offering', async () => {
    const { page } = await signedInPage(lang, ['professional'])
    // Every offering that is not archived (the other language's journey may have added one).
    const current = await server.db.kysely
      .selectFrom('offerings')
      .select('id')
      .where('archived_at', 'is', null)
      .execute()
    await page.getByRole('link', { name: t.catalogue.navLabel, exact: true }).click()
    await expectHeading(page, t.catalogue.title)
    await visibleText(
      page
        .getByRole('status')
        .filter({ hasText: fill(t.catalogue.count_other, { count: current.length }) }),
    )
    await expectAccessible(page, `catalogue (${lang})`)

    // "inspecteurs" finds "collega-inspecteurs"; then only intervision.
    await page.getByRole('searchbox', { name: t.catalogue.search.label }).fill('inspecteurs')
    await page.getByLabel(t.catalogue.filters.form, { exact: true }).selectOption('intervision')
    await page.getByRole('button', { name: t.catalogue.search.submit, exact: true }).click()
    await page.waitForURL(/vorm=intervision/)
    expect(page.url()).toContain('q=inspecteurs')
    await visibleText(
      page.getByRole('status').filter({ hasText: fill(t.catalogue.count_one, { count: 1 }) }),
    )
    await expectAccessible(page, `catalogue filtered (${lang})`)

    await page.getByRole('link', { name: 'Intervisiegroep archiefinspecteurs' }).click()
    await expectHeading(page, 'Intervisiegroep archiefinspecteurs')
    await page.getByRole('heading', { level: 2, name: t.catalogue.detail.objectives }).waitFor()
    await page.getByRole('link', { name: 'Uitvoeren van archiefinspecties', exact: true }).waitFor()
    expect(
      await page.getByRole('button', { name: new RegExp(t.catalogue.detail.archive) }).count(),
    ).toBe(0)
    await expectAccessible(page, `offering (${lang})`)

    // From an objective to every offering that serves it.
    await page
      .getByRole('link', { name: 'Uitvoeren van archiefinspecties' })
      .filter({ hasText: t.catalogue.detail.moreForObjective })
      .click()
    await page.waitForURL(/leerdoel=e29aadc3-6a2c-4ea2-aab1-632c6447f1bb/)
    await page.getByText(t.catalogue.filters.objectiveFilter).waitFor()
    await page.getByRole('link', { name: 'Basiscursus archiefinspectie' }).waitFor()
    await expectAccessible(page, `offerings for one objective (${lang})`)

    // A filter that finds nothing says so.
    await page.goto(
      `${server.baseUrl}/opleidingsaanbod?q=inspecties&online=ja&maxkosten=0&vorm=masterclass`,
    )
    await visibleText(page.getByRole('status').filter({ hasText: t.catalogue.none }))
  })

  test('a provider updates its offerings by CSV: errors first, nothing saved, then all of it', async () => {
    const { page, user } = await signedInPage(lang, ['provider'])
    const provider = await createProvider(server.db, {
      name: `Leerhuis ${lang}`,
      slug: `leerhuis-${lang}`,
    })
    await addProviderMember(server.db, provider.id, user.id)
    await page.goto(`${server.baseUrl}/opleidingsaanbod/beheer`)
    await expectHeading(page, t.catalogue.manage.titleOwn)
    await page.getByText(t.catalogue.manage.empty).waitFor()
    await page.getByRole('link', { name: t.catalogue.manage.csv }).click()
    await expectHeading(page, t.catalogue.csv.title)
    await expectAccessible(page, `CSV page (${lang})`)

    const header = OFFERING_CSV_COLUMNS.join(',')
    const good = `,leerhuis-${lang},Leesclub Archiefwet ${lang},Samen lezen over de Archiefwet.,reading,basis,"2,5",0,nl,ja,,,,,${INSPECTIES}`
    const bad = [
      header,
      good,
      `,leerhuis-${lang},Cursus inspecteren,Omschrijving.,cursus,basis,8,gratis,nl,nee,Utrecht,,,,${INSPECTIES}`,
      `,onbekend,Webinar,Omschrijving.,webinar,basis,1,0,nl,ja,,,,,00000000-0000-4000-8000-000000000000`,
    ].join('\n')
    const upload = async (csv: string) => {
      await page.getByLabel(t.catalogue.csv.file).setInputFiles({
        name: 'aanbod.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      })
      await page.getByRole('button', { name: t.catalogue.csv.check, exact: true }).click()
    }
    await upload(bad)
    const preview = page.getByRole('region', { name: t.catalogue.csv.previewTitle })
    await preview.getByText(fill(t.catalogue.csv.problems_other, { count: 4 })).waitFor()
    const table = page.getByRole('table')
    await table.getByText(t.catalogue.csv.codes.unknown_form).waitFor()
    await table.getByText(t.catalogue.csv.codes.not_an_amount).waitFor()
    await table.getByText(t.catalogue.csv.codes.unknown_provider).waitFor()
    await table.getByText(t.catalogue.csv.codes.unknown_objective).waitFor()
    expect(
      await table
        .getByText(fill(t.catalogue.csv.column, { column: 'kosten' }), { exact: false })
        .count(),
    ).toBe(1)
    expect(await page.getByRole('button', { name: t.catalogue.csv.apply }).count()).toBe(0)
    await expectAccessible(page, `CSV with problems (${lang})`)
    const saved = await server.db.kysely
      .selectFrom('offerings')
      .select('id')
      .where('provider_id', '=', provider.id)
      .execute()
    expect(saved).toEqual([])

    await upload([header, good].join('\n'))
    await preview.getByText(fill(t.catalogue.csv.allGood_one, { count: 1 })).waitFor()
    await expectAccessible(page, `CSV without problems (${lang})`)
    await page.getByRole('button', { name: t.catalogue.csv.apply }).click()
    await expectHeading(page, t.catalogue.manage.titleOwn)
    await page.getByText(fill(t.catalogue.csv.applied, { created: 1, updated: 0 })).waitFor()
    await page.getByRole('link', { name: `Leesclub Archiefwet ${lang}`, exact: true }).waitFor()
    await expectAccessible(page, `my offerings after the upload (${lang})`)

    // Archived, not deleted: gone from search, found again when asked for.
    const leesclub = `Leesclub Archiefwet ${lang}`
    // Archiving asks first; cancelling keeps the offering and returns focus to the button.
    const archive = page.getByRole('button', { name: `${t.catalogue.detail.archive}: ${leesclub}` })
    const question = page.getByRole('heading', {
      name: fill(t.catalogue.detail.archiveQuestion, { title: leesclub }),
    })
    await archive.click()
    await expect.poll(() => question.evaluate((el) => el === document.activeElement)).toBe(true)
    await expectAccessible(page, `archive question (${lang})`)
    await page.getByRole('button', { name: t.common.cancel, exact: true }).click()
    await expect.poll(() => archive.evaluate((el) => el === document.activeElement)).toBe(true)
    const kept = await server.db.kysely
      .selectFrom('offerings')
      .select('archived_at')
      .where('title', '=', leesclub)
      .executeTakeFirstOrThrow()
    expect(kept.archived_at).toBeNull()
    await archive.click()
    await page.getByRole('button', { name: t.catalogue.detail.archiveConfirm, exact: true }).click()
    await page.getByText(fill(t.catalogue.detail.archivedDone, { title: leesclub })).waitFor()
    await page.goto(`${server.baseUrl}/opleidingsaanbod?q=leesclub`)
    await visibleText(page.getByRole('status').filter({ hasText: t.catalogue.none }))
    await page.getByLabel(t.catalogue.filters.archived).check()
    await page.getByRole('button', { name: t.catalogue.search.submit, exact: true }).click()
    await page.waitForURL(/gearchiveerd=ja/)
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: leesclub, exact: true }),
    })
    await card.getByText(t.catalogue.archived, { exact: true }).waitFor()
    await expectAccessible(page, `archived offerings in search (${lang})`)
  })

  test('a provider adds an offering: bad input is named in the form, nothing saved', async () => {
    const { page, user } = await signedInPage(lang, ['provider'])
    const provider = await createProvider(server.db, {
      name: `Studiehuis ${lang}`,
      slug: `studiehuis-${lang}`,
    })
    await addProviderMember(server.db, provider.id, user.id)
    await page.goto(`${server.baseUrl}/opleidingsaanbod/beheer`)
    await page.getByRole('link', { name: t.catalogue.manage.add }).click()
    await expectHeading(page, t.catalogue.form.titleNew)
    const title = `Webinar selectielijsten ${lang}`
    await page.getByLabel(t.catalogue.form.title, { exact: true }).fill(title)
    await page.getByLabel(t.catalogue.form.description).fill('Een uur over de selectielijst.')
    await page.getByLabel(t.catalogue.form.form, { exact: true }).selectOption('webinar')
    await page.getByLabel(t.catalogue.form.studyHours).fill('1,5')
    await page.getByLabel(t.catalogue.form.cost, { exact: false }).fill('gratis')
    await page.getByRole('button', { name: t.catalogue.form.submit, exact: true }).click()
    const summary = page.getByRole('region', { name: t.form.errorSummaryTitle })
    await summary.getByText(t.validation.not_an_amount, { exact: false }).waitFor()
    // "‘<label>’ has not been filled in yet.": the part after the label.
    const notFilledIn = t.form.errorSummaryRequired.split('{{label}}')[1] ?? ''
    await summary.getByText(notFilledIn, { exact: false }).first().waitFor()
    await expectAccessible(page, `offering form with problems (${lang})`)
    const none = await server.db.kysely
      .selectFrom('offerings')
      .select('id')
      .where('provider_id', '=', provider.id)
      .execute()
    expect(none).toEqual([])

    await page.getByLabel(t.catalogue.form.cost, { exact: false }).fill('€ 25,00')
    await page.getByLabel(t.catalogue.form.online).check()
    await page.getByLabel('Archiefvorming; selectie en vernietiging, selectielijsten').check()
    await page.getByRole('button', { name: t.catalogue.form.submit, exact: true }).click()
    await expectHeading(page, title)
    await page.getByText(fill(t.catalogue.form.saved, { title })).waitFor()
    await page
      .getByRole('link', {
        name: 'Archiefvorming; selectie en vernietiging, selectielijsten',
        exact: true,
      })
      .waitFor()
    await expectAccessible(page, `offering saved (${lang})`)
  })
})

describe('the programme team', () => {
  const lang: Lang = 'nl'
  const t = texts[lang]

  test('adds a provider, links an account, and sees what may be outdated', async () => {
    const { page } = await signedInPage(lang, ['programme'])
    const account = await createUser(server.db, { email: uniqueEmail('nieuwe-aanbieder') })
    await page.goto(`${server.baseUrl}/opleidingsaanbod`)
    await page.getByRole('link', { name: t.catalogue.providers.button }).click()
    await expectHeading(page, t.catalogue.providers.title)
    await page
      .getByLabel(t.catalogue.providers.name, { exact: true })
      .fill('Leerwerkplaats Archief')
    await page.getByLabel(t.catalogue.providers.slug).fill('archiefacademie-demo')
    await page.getByRole('button', { name: t.catalogue.providers.submit }).click()
    await page.getByText(t.validation.taken).first().waitFor()
    await expectAccessible(page, 'providers with a taken short name')
    await page.getByLabel(t.catalogue.providers.slug).fill('leerwerkplaats')
    await page.getByRole('button', { name: t.catalogue.providers.submit }).click()
    await page
      .getByText(fill(t.catalogue.providers.added, { name: 'Leerwerkplaats Archief' }))
      .waitFor()
    const section = page.getByRole('region', { name: 'Leerwerkplaats Archief' })
    await section.getByLabel(t.catalogue.providers.email).fill(account.email)
    await section.getByRole('button', { name: t.catalogue.providers.link }).click()
    await section.getByText(account.email).waitFor()
    await expectAccessible(page, 'providers with a linked account')

    await page.goto(`${server.baseUrl}/opleidingsaanbod/beheer`)
    await expectHeading(page, t.catalogue.manage.titleAll)
    await page.getByRole('link', { name: t.catalogue.manage.stale }).click()
    await expectHeading(page, t.catalogue.staleOverview.title)
    // The demo catalogue has a few offerings not checked for over a year.
    await page.getByRole('cell', { name: 'Recordmanagement voor beginners' }).waitFor()
    await expectAccessible(page, 'stale overview')
  })
})
