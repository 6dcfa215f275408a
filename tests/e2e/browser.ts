import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { findLayoutProblems } from './layout.ts'
import { readStructure, structureProblems } from './structure-check.ts'

/**
 * Debian's Chromium, headless, with a fresh profile; never a downloaded browser. The flags
 * keep it from reaching for the network, which this machine does not have.
 */
export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'routekaart-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  })
  return {
    context,
    async newPage(options: { mobile?: boolean } = {}) {
      const page = await context.newPage()
      if (options.mobile) await page.setViewportSize({ width: 375, height: 740 })
      return page
    },
    async close() {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

export type Browser = {
  context: BrowserContext
  newPage: (o?: { mobile?: boolean }) => Promise<Page>
}

/**
 * Runs axe-core on the page as it is now, against WCAG 2.1 A and AA, and expects no violations;
 * then checks what axe does not see: no text squeezed narrower than its words, and no sideways
 * scrolling on a phone-wide window (`findLayoutProblems`), and no two landmarks of one role
 * with the same name nor a skipped heading level (`structureProblems`).
 */
export async function expectAccessible(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
  expect(summary, `accessibility of ${label}`).toEqual([])
  expect(await findLayoutProblems(page), `layout of ${label}`).toEqual([])
  expect(structureProblems(await readStructure(page)), `structure of ${label}`).toEqual([])
}
