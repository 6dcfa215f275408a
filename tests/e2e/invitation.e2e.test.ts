import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createOrganisation, createUser } from '../../server/db/factories.ts'
import { invitationMail } from '../../server/mail/templates.ts'
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
  sessionUser,
  signInWithForm,
  texts,
  uniqueEmail,
  visibleText,
} from './journeys-helpers.ts'

let server: AppServer
/** The manager's browser. */
let browser: Awaited<ReturnType<typeof launchBrowser>>
/** The colleague's own browser: nothing of the manager's session is in it. */
let colleagueBrowser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  colleagueBrowser = await launchBrowser()
})

afterAll(async () => {
  await colleagueBrowser?.close()
  await browser?.close()
  await server?.close()
})

describe.each(LANGUAGES)('inviting a colleague (%s)', (lang) => {
  const t = texts[lang]

  test('a manager invites a colleague by e-mail, who creates an account from the link', async () => {
    const organisation = await createOrganisation(server.db, {
      name: lang === 'nl' ? 'Gemeentearchief Zaanstad' : 'Regionaal Archief Alkmaar',
      city: lang === 'nl' ? 'Zaandam' : 'Alkmaar',
    })
    const manager = await createUser(server.db, {
      email: uniqueEmail(`leidinggevende-${lang}`),
      name: 'Marieke Bakker',
      roles: ['manager'],
      organisationId: organisation.id,
    })
    const colleagueEmail = uniqueEmail(`collega-${lang}`)
    const colleagueName = 'Youssef El Amrani'

    // The manager signs in and opens Organisatie from the main menu.
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/inloggen', lang)
    await expectAccessible(page, `sign-in form (${lang})`)
    await signInWithForm(page, lang, manager.email, manager.password)
    await expectAccessible(page, `manager's Mijn routekaart (${lang})`)
    await page
      .getByRole('navigation', { name: t.nav.label, exact: true })
      .getByRole('link', { name: t.nav.organisation, exact: true })
      .click()
    await page.waitForURL(`${server.baseUrl}/organisatie`)
    await expectHeading(page, t.organisation.title)
    const main = page.getByRole('main')
    await main.getByText(organisation.name, { exact: true }).waitFor()
    const invitations = main.getByRole('region', { name: t.organisation.invitations.title })
    await invitations.getByText(t.organisation.invitations.empty, { exact: true }).waitFor()
    await expectAccessible(page, `Organisatie (${lang})`)

    // The invitation: the colleague's address, role archive professional, in this language.
    const inviteForm = main.getByRole('region', { name: t.organisation.invite.title })
    await inviteForm.getByLabel(t.organisation.invite.email, { exact: true }).fill(colleagueEmail)
    expect(
      await inviteForm.getByLabel(t.organisation.invite.role, { exact: true }).inputValue(),
    ).toBe('professional')
    expect(
      await inviteForm.getByLabel(t.organisation.invite.locale, { exact: true }).inputValue(),
    ).toBe(lang)
    await inviteForm
      .getByRole('button', { name: t.organisation.invite.submit, exact: true })
      .click()
    await inviteForm
      .getByText(fill(t.organisation.invite.sent, { email: colleagueEmail }), { exact: true })
      .waitFor()
    const row = invitations.getByRole('row').filter({ hasText: colleagueEmail })
    await row.waitFor()
    expect(await visibleText(row)).toContain(t.organisation.invitations.statuses.pending)
    expect(await visibleText(row)).toContain(t.roles.professional)
    await expectAccessible(page, `Organisatie with a sent invitation (${lang})`)

    // The mail arrives, from the manager, for the organisation, in the chosen language.
    const mail = await server.smtp.latestTo(colleagueEmail)
    const link = linkIn(mail, `${server.baseUrl}/uitnodiging`)
    const expected = invitationMail({
      to: colleagueEmail,
      locale: lang,
      inviterName: manager.name,
      organisationName: organisation.name,
      role: 'professional',
      link,
    })
    expect(mail.subject).toBe(expected.subject)
    expect(mail.text).toContain(organisation.name)

    // The colleague opens the link in a browser of their own.
    const colleaguePage = await freshPage(colleagueBrowser, server.baseUrl)
    await openIn(colleaguePage, server.baseUrl, new URL(link).pathname + new URL(link).search, lang)
    await expectHeading(colleaguePage, t.invitation.title)
    const colleagueMain = colleaguePage.getByRole('main')
    await colleagueMain
      .getByText(
        fill(t.invitation.summary, {
          organisation: organisation.name,
          role: t.roles.professional,
          email: colleagueEmail,
        }),
        { exact: true },
      )
      .waitFor()
    await colleagueMain
      .getByRole('heading', { level: 2, name: t.invitation.createAccount, exact: true })
      .waitFor()
    await expectAccessible(colleaguePage, `invitation (${lang})`)

    await colleaguePage.getByLabel(t.fields.name, { exact: true }).fill(colleagueName)
    await colleaguePage.getByLabel(t.fields.newPassword, { exact: true }).fill(STRONG_PASSWORD)
    await colleaguePage.getByRole('button', { name: t.invitation.accept, exact: true }).click()

    // Signed in, on their own routekaart, welcomed.
    await expectHeading(colleaguePage, t.home.title)
    expect(new URL(colleaguePage.url()).pathname).toBe('/')
    await colleagueMain.getByText(t.invitation.welcome, { exact: true }).waitFor()
    expect(await visibleText(colleagueMain)).toContain(
      fill(t.home.welcome, { name: colleagueName }),
    )
    await colleagueMain
      .getByRole('heading', { level: 2, name: t.home.professionalRoute, exact: true })
      .waitFor()
    await colleaguePage
      .getByRole('banner')
      .getByRole('button', { name: t.nav.signOut, exact: true })
      .waitFor()
    expect(await sessionUser(colleaguePage)).toMatchObject({
      email: colleagueEmail,
      name: colleagueName,
    })
    await expectAccessible(colleaguePage, `colleague's Mijn routekaart (${lang})`)

    // The manager sees the invitation accepted and the colleague among the members.
    await page.reload()
    await expectHeading(page, t.organisation.title)
    await expect
      .poll(() => visibleText(row))
      .toContain(t.organisation.invitations.statuses.accepted)
    expect(
      await row
        .getByRole('button', {
          name: fill(t.organisation.invitations.revokeFor, { email: colleagueEmail }),
        })
        .count(),
    ).toBe(0)
    const members = main.getByRole('region', { name: t.organisation.members.title })
    const memberRow = members.getByRole('row').filter({ hasText: colleagueEmail })
    expect(await visibleText(memberRow)).toContain(colleagueName)
    await expectAccessible(page, `Organisatie with an accepted invitation (${lang})`)

    // The same link a second time: already used.
    await colleaguePage.goto(link)
    await expectHeading(colleaguePage, t.invitation.title)
    await colleagueMain.getByText(t.errors.token_used, { exact: true }).waitFor()
    expect(await visibleText(colleagueMain)).toContain(t.invitation.askAgain)
    expect(await colleagueMain.getByRole('button', { name: t.invitation.accept }).count()).toBe(0)
    await expectAccessible(colleaguePage, `invitation link used twice (${lang})`)
  })
})
