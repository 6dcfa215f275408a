import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BUILT_PARTS, PROFESSIONAL_ROUTE } from '../../domain/roadmap.ts'
import { confirmEmailMail } from '../../server/mail/templates.ts'
import { linkIn } from '../smtp.ts'
import { type AppServer, startAppServer } from './app-server.ts'
import { expectAccessible, launchBrowser } from './browser.ts'
import {
  expectHeading,
  fill,
  freshPage,
  LANGUAGES,
  openIn,
  STRONG_PASSWORD,
  signInWithForm,
  texts,
  uniqueEmail,
  visibleText,
} from './journeys-helpers.ts'

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

describe.each(LANGUAGES)('signing up (%s)', (lang) => {
  const t = texts[lang]
  const name = lang === 'nl' ? 'Anna de Vries' : 'Anna Smith'

  test('sign up, confirm the address from the mail, sign in, and see the seven steps of the route', async () => {
    const email = uniqueEmail(`aanmelden-${lang}`)
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/aanmelden', lang)
    await expectHeading(page, t.signUp.title)
    await expectAccessible(page, `sign-up form (${lang})`)

    await page.getByLabel(t.fields.name, { exact: true }).fill(name)
    await page.getByLabel(t.fields.email, { exact: true }).fill(email)
    await page.getByLabel(t.fields.newPassword, { exact: true }).fill(STRONG_PASSWORD)
    await page.getByRole('button', { name: t.signUp.submit, exact: true }).click()

    const main = page.getByRole('main')
    await main.getByText(t.signUp.sentTitle, { exact: true }).waitFor()
    expect(await visibleText(main)).toContain(fill(t.signUp.sent, { email }))
    await expectAccessible(page, `sign-up sent (${lang})`)

    // The mail arrives at the SMTP server, in the language the person signed up in.
    const mail = await server.smtp.latestTo(email)
    const link = linkIn(mail, `${server.baseUrl}/e-mail-bevestigen`)
    const expected = confirmEmailMail(email, lang, name, link)
    expect(mail.subject).toBe(expected.subject)
    expect(mail.text).toContain(name)

    await page.goto(link)
    await expectHeading(page, t.confirmEmail.title)
    await main.getByText(t.confirmEmail.done, { exact: true }).waitFor()
    await expectAccessible(page, `e-mail confirmed (${lang})`)

    await main.getByRole('link', { name: t.confirmEmail.signIn, exact: true }).click()
    await page.waitForURL(`${server.baseUrl}/inloggen`)
    await expectHeading(page, t.signIn.title)
    await expectAccessible(page, `sign-in form (${lang})`)
    await signInWithForm(page, lang, email, STRONG_PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/')

    const route = main.getByRole('region', { name: t.home.professionalRoute, exact: true })
    await route.waitFor()
    expect(await visibleText(main)).toContain(fill(t.home.welcome, { name }))
    // A new professional stands at the first step that is open: the zelfscan (the e-learning
    // of step 1 is not built yet). Built steps link to their part; the others say so plainly.
    const first = PROFESSIONAL_ROUTE.find((step) => BUILT_PARTS[step.part])!
    const firstTitle =
      t.roadmap.professional[first.key as keyof typeof t.roadmap.professional].title
    expect(await visibleText(route)).toContain(
      fill(t.home.progress.current, {
        step: first.number,
        total: PROFESSIONAL_ROUTE.length,
        title: firstTitle,
      }),
    )
    const steps = route.getByRole('listitem')
    expect(await steps.count()).toBe(7)
    for (const [index, step] of PROFESSIONAL_ROUTE.entries()) {
      const item = steps.nth(index)
      const title = t.roadmap.professional[step.key as keyof typeof t.roadmap.professional].title
      await item
        .getByRole('heading', {
          level: 3,
          name: `${fill(t.home.stepOf, { step: index + 1, total: 7 })} ${title}`,
        })
        .waitFor()
      const href = BUILT_PARTS[step.part]
      if (href) {
        const link = item.getByRole('link', { name: fill(t.home.goToStep, { title }), exact: true })
        expect(await link.getAttribute('href')).toBe(href)
      } else {
        expect(await visibleText(item)).toContain(t.roadmap.status.not_available)
        expect(await item.getByRole('link').count()).toBe(0)
      }
    }
    await expectAccessible(page, `Mijn routekaart (${lang})`)

    // The link from the mail works once; opened again, it says so, and where to go instead.
    await page.goto(link)
    await expectHeading(page, t.confirmEmail.title)
    await main.getByText(t.errors.token_used, { exact: true }).waitFor()
    expect(await visibleText(main)).toContain(t.confirmEmail.alreadyUsed)
    await main.getByRole('link', { name: t.confirmEmail.signIn, exact: true }).waitFor()
    await expectAccessible(page, `confirmation link used twice (${lang})`)
  })

  test('bad input is explained, and a second sign-up with a taken address changes nothing', async () => {
    // Someone signed up with this address before; the confirmation mail went out.
    const email = uniqueEmail(`fout-${lang}`)
    const page = await freshPage(browser, server.baseUrl)
    const earlier = await page.request.post(`${server.baseUrl}/api/auth/sign-up`, {
      data: { name, email, password: STRONG_PASSWORD, locale: lang },
    })
    expect(earlier.status()).toBe(201)
    await server.smtp.latestTo(email)

    await openIn(page, server.baseUrl, '/aanmelden', lang)
    await expectHeading(page, t.signUp.title)
    const submit = page.getByRole('button', { name: t.signUp.submit, exact: true })
    const summary = page.locator('#aanmelden-error-summary')
    const nameField = page.getByLabel(t.fields.name, { exact: true })
    const emailField = page.getByLabel(t.fields.email, { exact: true })
    const passwordField = page.getByLabel(t.fields.newPassword, { exact: true })

    // An empty submit: the summary names every required field and links to it.
    await submit.click()
    await summary.waitFor()
    await summary.getByRole('heading', { name: t.form.errorSummaryTitle, exact: true }).waitFor()
    // The summary takes focus, so a screen reader reads it at once.
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true)
    const targets = await summary
      .getByRole('link')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')))
    expect(targets).toEqual(
      expect.arrayContaining(['#aanmelden-name', '#aanmelden-email', '#aanmelden-password']),
    )
    await summary
      .getByRole('link', {
        name: fill(t.form.errorSummaryRequired, { label: t.fields.name }),
        exact: true,
      })
      .waitFor()
    await summary
      .getByRole('link', {
        name: fill(t.form.errorSummaryRequired, { label: t.fields.email }),
        exact: true,
      })
      .waitFor()
    expect(await visibleText(page.locator('#aanmelden-name-error'))).toBe(t.validation.required)
    // An empty password is to be filled in, not "too short" or "too common".
    expect(await visibleText(page.locator('#aanmelden-password-error'))).toBe(t.validation.required)
    await expectAccessible(page, `sign-up with empty fields (${lang})`)

    // A summary link takes the person to the field itself.
    await summary
      .getByRole('link', { name: fill(t.form.errorSummaryRequired, { label: t.fields.email }) })
      .click()
    await expect.poll(() => emailField.evaluate((el) => el === document.activeElement)).toBe(true)

    // A common password is refused with a translated message; what was typed stays.
    await nameField.fill('Iemand Anders')
    await emailField.fill(email.toUpperCase())
    await passwordField.fill('Wachtwoord123')
    await submit.click()
    await expect
      .poll(() => visibleText(page.locator('#aanmelden-password-error')))
      .toBe(t.validation.password_common)
    await summary
      .getByRole('link', {
        name: fill(t.form.errorSummaryItem, {
          label: t.fields.newPassword,
          message: t.validation.password_common,
        }),
        exact: true,
      })
      .waitFor()
    expect(await summary.getByRole('link').count()).toBe(1)
    expect(await nameField.inputValue()).toBe('Iemand Anders')
    expect(await emailField.inputValue()).toBe(email.toUpperCase())
    expect(await passwordField.inputValue()).toBe('Wachtwoord123')
    await expectAccessible(page, `sign-up with a common password (${lang})`)

    // With a good password, the address turns out to have an account already.
    await passwordField.fill('een heel ander wachtwoord')
    await submit.click()
    await expect.poll(() => visibleText(summary)).toContain(t.errors.email_taken)
    expect(await summary.getByRole('link').count()).toBe(0)
    expect(await nameField.inputValue()).toBe('Iemand Anders')
    expect(await emailField.inputValue()).toBe(email.toUpperCase())
    await expectAccessible(page, `sign-up with a taken address (${lang})`)

    // Nothing changed: no second mail, the account is still the first one.
    expect(server.smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1)
    const accounts = await server.db.kysely
      .selectFrom('users')
      .select(['name', 'email_confirmed_at'])
      .where('email', '=', email)
      .execute()
    expect(accounts).toEqual([{ name, email_confirmed_at: null }])
    const signIn = await page.request.post(`${server.baseUrl}/api/auth/sign-in`, {
      data: { email, password: 'een heel ander wachtwoord' },
    })
    expect(signIn.status()).toBe(401)
  })
})
