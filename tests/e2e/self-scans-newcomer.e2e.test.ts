import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays } from '../../domain/learning-routes/suggest.ts'
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

// A zij-instromer's zelfscan: signs up saying so, is told honestly that the map for
// zij-instromers is still being made and at which level Toezicht en Advies would measure them,
// scans it, reads a report against the zij-instromer aim with their chosen points first and
// the rest folded, and makes one leerdoel per point for two points.

let server: AppServer
const today = () => new Date().toISOString().slice(0, 10)
let browser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const MAP = { slug: 'toezicht-en-advies', title: 'Toezicht en Advies' }
interface Tree {
  domains: { themes: { objectives: { id: string; title: string }[] }[] }[]
}

/** The API as the signed-in page's browser speaks it, with the session's CSRF token. */
async function api(page: Page, method: 'GET' | 'PATCH' | 'POST', path: string, data?: unknown) {
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

describe.each(LANGUAGES)('a zij-instromer’s zelfscan (%s)', (lang) => {
  const t = texts[lang]
  const s = t.selfScans
  const g = t.learningGoals
  const stages = s.fit.stages['zij-instromer']
  const name = lang === 'nl' ? 'Marieke Kuipers' : 'Anna Clarke'

  test('signs up as a zij-instromer, scans an expert map at the zij-instromer aim, and makes a goal per point', async () => {
    const email = uniqueEmail(`zij-instromer-${lang}`)
    const page = await freshPage(browser, server.baseUrl)
    await openIn(page, server.baseUrl, '/aanmelden', lang)
    await page.getByLabel(t.fields.name, { exact: true }).fill(name)
    await page.getByLabel(t.fields.email, { exact: true }).fill(email)
    await page.getByLabel(t.fields.newPassword, { exact: true }).fill(STRONG_PASSWORD)
    await page.getByLabel(t.fields.audience).selectOption({ label: t.audiences['zij-instromer'] })
    await page.getByRole('button', { name: t.signUp.submit, exact: true }).click()
    await page.getByText(t.signUp.sentTitle, { exact: true }).waitFor()
    const mail = await server.smtp.latestTo(email)
    await page.goto(linkIn(mail, `${server.baseUrl}/e-mail-bevestigen`))
    await page.getByText(t.confirmEmail.done, { exact: true }).waitFor()
    await page.goto(`${server.baseUrl}/inloggen`)
    await signInWithForm(page, lang, email, STRONG_PASSWORD)

    // Told honestly which map fits: none published; Toezicht en Advies at the zij-instromer aim.
    await page.goto(`${server.baseUrl}/zelfscan`)
    await expectHeading(page, s.list.title)
    const notice = `${fill(s.fit.upcoming, { stages })} ${fill(s.fit.insteadOne, {
      title: MAP.title,
      stages,
      aim: 2,
    })}`
    expect(await visibleText(page.getByText(fill(s.fit.upcoming, { stages })))).toBe(notice)
    expect(await page.getByText(s.fit.badge, { exact: true }).count()).toBe(0)
    expect(await page.getByText(s.list.suggested).count()).toBe(0)
    await expectAccessible(page, `map list for a zij-instromer (${lang})`)

    await page.getByRole('button', { name: fill(s.list.begin, { title: MAP.title }) }).click()
    const aimText = fill(s.fit.scanAimStage, {
      level: `2 – ${lang === 'nl' ? 'Ik weet wat het is' : 'I know what it is'}`,
      stages,
    })
    await page.getByText(aimText, { exact: true }).waitFor()
    const scanId = page.url().split('/zelfscan/')[1]?.split('?')[0] ?? ''
    const tree = (await api(page, 'GET', `/api/self-scans/${scanId}`)).tree as Tree
    const objectives = tree.domains.flatMap((d) => d.themes.flatMap((th) => th.objectives))
    // Two chosen points: one below the aim, one already at level 3 (above the aim of 2).
    const [first, second] = [objectives[0]!, objectives[1]!]
    await api(page, 'PATCH', `/api/self-scans/${scanId}`, {
      answers: objectives.map((o, i) => ({
        objectiveId: o.id,
        level: i === 0 ? 1 : i === 1 ? 3 : (i % 3) + 1,
        develop: i < 2,
        importance: i === 0 ? 3 : null,
      })),
    })
    await api(page, 'POST', `/api/self-scans/${scanId}/submit`)

    // The report: the zij-instromer aim, the chosen points first, the rest folded.
    await page.goto(`${server.baseUrl}/zelfscan/${scanId}/rapport`)
    await expectHeading(page, fill(s.report.titleOf, { title: MAP.title }))
    await page.getByText(fill(s.voice.owner.aimStage, { stages })).waitFor()
    const chosen = page.getByRole('heading', { level: 3, name: s.voice.owner.chosen })
    await chosen.waitFor()
    await page.getByText(s.voice.owner.rule).waitFor()
    const points = page.locator('section[aria-labelledby="ontwikkelpunten"]')
    const chosenList = points.locator('h3 + p + ul').first()
    expect(await chosenList.locator('li').count()).toBe(2)
    expect(await visibleText(chosenList)).toContain(first.title)
    expect(await visibleText(chosenList)).toContain(second.title)
    // The chosen point at level 3 is not also a strength.
    const strengths = page.locator('section[aria-labelledby="sterke-punten"]')
    expect(await visibleText(strengths)).not.toContain(second.title)
    const folded = points.locator('details')
    expect(await folded.getAttribute('open')).toBeNull()
    await folded.locator('summary').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => folded.getAttribute('open')).not.toBeNull()
    await expectAccessible(page, `report against the zij-instromer aim (${lang})`)

    // One leerdoel per point, for the two chosen points.
    await page.getByRole('button', { name: s.goals.each, exact: true }).click()
    await expectHeading(page, g.form.newTitle)
    for (const [index, point] of [first, second].entries()) {
      await page
        .getByText(fill(g.fromScan.stepOf, { step: index + 1, steps: 2, title: point.title }))
        .waitFor()
      const box = page.getByRole('checkbox', {
        name: new RegExp(`^${point.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      })
      await expect.poll(() => box.first().isChecked()).toBe(true)
      const remove = page.getByRole('button', { name: new RegExp(`^${g.chooser.remove}`) })
      expect(await remove.count()).toBe(1)
      if (index === 0) await expectAccessible(page, `first goal of a series (${lang})`)
      const goalTitle = `${lang === 'nl' ? 'Leerdoel' : 'Goal'} ${index + 1}: ${point.title}`.slice(
        0,
        120,
      )
      await page.getByLabel(g.fields.title, { exact: true }).fill(goalTitle)
      await page.getByLabel(g.fields.why, { exact: true }).fill('Voor mijn nieuwe rol in toezicht.')
      await page
        .getByLabel(g.fields.measure, { exact: true })
        .fill('Mijn begeleider bespreekt het met mij.')
      await page.getByLabel(g.fields.deadline, { exact: true }).fill(addDays(today(), 90 + index))
      await page.getByRole('button', { name: g.form.save, exact: true }).click()
      if (index === 0)
        await page.getByText(fill(g.fromScan.savedNext, { title: goalTitle })).waitFor()
      else await expectHeading(page, g.title)
    }
    await page
      .getByText(new RegExp(`${g.fields.title}|.`))
      .first()
      .waitFor()
    expect(
      await page.getByRole('heading', { level: 3, name: /^(Leerdoel|Goal) [12]: / }).count(),
    ).toBe(2)
    await expectAccessible(page, `two goals from two points (${lang})`)
  }, 240_000)
})
