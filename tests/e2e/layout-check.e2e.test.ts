import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'
import { findLayoutProblems } from './layout.ts'

// The layout check of every journey, against tiny pages: it must catch what went wrong before
// (a label in the checkbox's 24 px column) and must not cry wolf over what is fine.
const GRID = `
  <style>
    body { font: 16px/1.5 sans-serif; margin: 0; }
    .field { display: grid; grid-template-columns: 24px 100fr; gap: 0 12px;
             grid-template-areas: "input label"; }
    .field__input { grid-area: input; } .field__label { grid-area: label; }
    .hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
              clip-path: inset(50%); white-space: nowrap; }
  </style>`

describe('layout check', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser.close()
  })

  it('names a label squeezed into the checkbox column', async () => {
    await page.setContent(`${GRID}
      <div class="field"><div class="field__input">
        <input type="checkbox" id="a"><label for="a">Beginner in het archief</label>
      </div></div>`)
    const problems = await findLayoutProblems(page)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^label "Beginner in het archief" is only \d+ px wide$/)
  })

  it('names words broken across more lines than they have', async () => {
    await page.setContent(`${GRID}
      <p style="inline-size: 60px; overflow-wrap: anywhere">Inzetbaarheidscheck</p>`)
    expect(await findLayoutProblems(page)).toEqual([
      expect.stringMatching(/^p "Inzetbaarheidscheck" wraps 1 word\(s\) onto \d+ lines/),
    ])
  })

  it('accepts the label beside its box, short texts and text for screen readers only', async () => {
    await page.setContent(`${GRID}
      <div class="field">
        <div class="field__label"><label for="a">Beginner in het archief</label></div>
        <div class="field__input"><input type="checkbox" id="a"></div>
      </div>
      <table><tr><td style="inline-size: 20px">12</td></tr></table>
      <dl style="display: inline-grid"><dt>Niveau</dt><dd style="margin: 0">Basis</dd></dl>
      <button>Ja<span class="hidden">, dit doel verwijderen uit mijn leerroute</span></button>`)
    expect(await findLayoutProblems(page)).toEqual([])
  })

  it('names what makes a phone-wide page scroll sideways, but not a region that scrolls', async () => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.setContent(
      `${GRID}<main><p style="inline-size: 600px">Een te brede regel</p></main>`,
    )
    expect(await findLayoutProblems(page)).toEqual([
      expect.stringMatching(
        /^the page scrolls sideways at 375 px \(600 px wide\): p "Een te brede regel" reaches 600 px$/,
      ),
    ])

    await page.setContent(`${GRID}
      <section style="overflow-x: auto" tabindex="0" aria-label="Tabel">
        <table style="inline-size: 900px"><tr><td>Een brede tabel</td></tr></table>
      </section>`)
    expect(await findLayoutProblems(page)).toEqual([])
  })
})
