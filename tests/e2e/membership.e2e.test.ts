import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CurrentUser } from '../../server/context.ts'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { revokeRouteShare, shareRoute } from '../../server/features/learning-routes/sharing.ts'
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

// Asking to join an organisation at sign-up, by mail: the manager hears of the request over
// the real SMTP server, confirms it on the organisation page, the person hears of the
// decision; then the manager turns off mail about shares, and a later share stays quiet.

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

describe.each(LANGUAGES)('joining an organisation, by mail (%s)', (lang) => {
  const t = texts[lang]
  const name = lang === 'nl' ? 'Joris de Boer' : 'George Baker'

  test('the manager is mailed the request, confirms it, the person is mailed; mail about shares can be turned off', async () => {
    const organisation = await createOrganisation(server.db, {
      name: `Testarchief ${lang.toUpperCase()} ${Date.now().toString(36)}`,
    })
    const manager = await createUser(server.db, {
      email: uniqueEmail(`leidinggevende-${lang}`),
      name: lang === 'nl' ? 'Marieke Leiding' : 'Mary Manager',
      roles: ['manager', 'professional'],
      organisationId: organisation.id,
      locale: lang,
    })

    // Someone signs up and chooses the organisation.
    const email = uniqueEmail(`lid-${lang}`)
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/aanmelden', lang)
    await expectHeading(page, t.signUp.title)
    await page.getByLabel(t.fields.name, { exact: true }).fill(name)
    await page.getByLabel(t.fields.email, { exact: true }).fill(email)
    await page.getByLabel(t.fields.newPassword, { exact: true }).fill(STRONG_PASSWORD)
    await page.locator('#aanmelden-organisationId').selectOption(organisation.id)
    await page.locator('#aanmelden-audience').selectOption('zij-instromer')
    await expectAccessible(page, `sign-up with an organisation (${lang})`)
    await page.getByRole('button', { name: t.signUp.submit, exact: true }).click()
    await page.getByRole('main').getByText(t.signUp.sentTitle, { exact: true }).waitFor()

    // The manager's mail, in the manager's language, names the person and links to the requests.
    const request = await server.smtp.latestTo(manager.email)
    expect(request.subject).toContain(name)
    expect(request.subject).toContain(organisation.name)
    expect(request.text).toContain(email)
    const requestsLink = linkIn(request, `${server.baseUrl}/organisatie`)
    expect(requestsLink).toBe(`${server.baseUrl}/organisatie#aanvragen`)

    // The person confirms their address (mail goes only to confirmed addresses).
    const confirmation = await server.smtp.latestTo(email)
    await page.goto(linkIn(confirmation, `${server.baseUrl}/e-mail-bevestigen`))
    await page.getByRole('main').getByText(t.confirmEmail.done, { exact: true }).waitFor()

    // The manager follows the link, signs in, and sees the request with the career stage.
    const managerPage = await freshPage(browser, server.baseUrl)
    await openIn(managerPage, server.baseUrl, '/inloggen', lang)
    await signInWithForm(managerPage, lang, manager.email, manager.password)
    await managerPage.goto(requestsLink)
    await expectHeading(managerPage, t.organisation.title)
    // The section (its table scrolls in a region of the same name).
    const requests = managerPage.locator('section[aria-labelledby="aanvragen"]')
    const row = requests.getByRole('row').filter({ hasText: email })
    await row.waitFor()
    expect(await visibleText(row)).toContain(t.organisation.requests.stages['zij-instromer'])
    expect(await visibleText(requests)).toContain(t.organisation.requests.stage)
    await expectAccessible(managerPage, `join requests (${lang})`)
    await row.getByRole('button', { name: t.organisation.requests.confirm }).click()
    await requests
      .getByText(fill(t.organisation.requests.confirmed, { name }), { exact: true })
      .waitFor()
    await expectAccessible(managerPage, `join request confirmed (${lang})`)

    // The person is mailed the decision, in the language they signed up in.
    const decided = await server.smtp.latestTo(email)
    expect(decided.subject).toBe(
      lang === 'nl'
        ? `Je hoort nu bij ${organisation.name} in Routekaart`
        : `You now belong to ${organisation.name} in Routekaart`,
    )

    // A first share of the new member's leerroute reaches the manager by mail...
    const member = await server.db.kysely
      .selectFrom('users')
      .select(['id', 'name', 'email'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
    const owner: CurrentUser = {
      ...member,
      roles: ['professional'],
      organisationId: organisation.id,
      locale: lang,
      audience: 'zij-instromer',
      organisation: { id: organisation.id, name: organisation.name, isDemo: false, pending: false },
      isDemo: false,
      sessionId: 'e2e',
      csrfToken: 'e2e',
    }
    const first = await shareRoute(server.services, owner, { granteeId: manager.id })
    const shareMail = await server.smtp.latestTo(manager.email)
    expect(shareMail.subject).toContain(name)
    expect(shareMail.text).toContain(`${server.baseUrl}/account#meldingen`)

    // ...who turns that mail off on the account page.
    await managerPage.goto(`${server.baseUrl}/account#meldingen`)
    await expectHeading(managerPage, t.account.title)
    const section = managerPage.getByRole('region', { name: t.account.notifications.title })
    const box = section.getByRole('checkbox', {
      name: t.account.notifications.kinds.share.received,
      exact: true,
    })
    expect(await box.isChecked()).toBe(true)
    await expectAccessible(managerPage, `account notifications (${lang})`)
    await box.uncheck()
    await section.getByRole('button', { name: t.account.notifications.submit, exact: true }).click()
    await section.getByText(t.account.notifications.saved, { exact: true }).waitFor()
    await expectAccessible(managerPage, `account notifications saved (${lang})`)
    await managerPage.reload()
    await section
      .getByRole('checkbox', { name: t.account.notifications.kinds.share.received })
      .waitFor()
    expect(
      await section
        .getByRole('checkbox', { name: t.account.notifications.kinds.share.received })
        .isChecked(),
    ).toBe(false)

    // A later, new share (after stopping the first) mails nobody.
    await revokeRouteShare(server.db, owner, first.id)
    const mailsBefore = server.smtp.messages.length
    await shareRoute(server.services, owner, { granteeId: manager.id })
    expect(server.smtp.messages.length).toBe(mailsBefore)
    // Two people, two browsers and seven page states: longer than one person's journey.
  }, 180_000)
})
