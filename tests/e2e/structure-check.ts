import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * What axe does not check: a page's landmarks each with a name that tells them apart, and
 * headings that go down one level at a time. A screen reader lists both to find its way; two
 * "Filters" regions or a jump from h1 to h3 leave a person guessing.
 */
export interface Structure {
  landmarks: { role: string; name: string }[]
  headings: { level: number; text: string }[]
}

/** The landmarks and headings on the page as it is now, as assistive technology sees them. */
export async function readStructure(page: Page): Promise<Structure> {
  // Transpilers that keep function names (tsx) wrap the functions below in `__name(...)`,
  // which the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn')
  return page.evaluate(() => {
    const shown = (element: Element) =>
      element.checkVisibility() && !element.closest('[aria-hidden="true"], [hidden], [inert]')
    const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby')
      if (labelledBy)
        return clean(
          labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent)
            .join(' '),
        )
      return clean(element.getAttribute('aria-label'))
    }
    // Header and footer are banner and contentinfo only outside sectioning content.
    const sectioning = 'article, aside, main, nav, section'
    const roleOf = (element: Element): string | null => {
      const explicit = element.getAttribute('role')
      if (explicit) return explicit
      switch (element.localName) {
        case 'main':
          return 'main'
        case 'nav':
          return 'navigation'
        case 'aside':
          return 'complementary'
        case 'header':
          return element.parentElement?.closest(sectioning) ? null : 'banner'
        case 'footer':
          return element.parentElement?.closest(sectioning) ? null : 'contentinfo'
        case 'section':
          return nameOf(element) ? 'region' : null
        case 'form':
          return nameOf(element) ? 'form' : null
        case 'search':
          return 'search'
        default:
          return null
      }
    }
    const LANDMARKS = [
      'banner',
      'complementary',
      'contentinfo',
      'form',
      'main',
      'navigation',
      'region',
      'search',
    ]
    const landmarks = [...document.querySelectorAll('body *')]
      .filter(shown)
      .map((element) => ({ role: roleOf(element), name: nameOf(element) }))
      .filter((item): item is { role: string; name: string } => LANDMARKS.includes(item.role ?? ''))
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter(shown)
      .map((element) => ({
        level: Number(element.getAttribute('aria-level') ?? element.localName.slice(1)),
        text: clean(element.textContent),
      }))
    return { landmarks, headings }
  })
}

/** What is wrong with a structure: landmarks of one role with the same name, skipped levels. */
export function structureProblems({ landmarks, headings }: Structure): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const { role, name } of landmarks) {
    const key = `${role} "${name}"`
    if (seen.has(key)) problems.push(`two landmarks ${key}`)
    seen.add(key)
  }
  let previous = 0
  for (const { level, text } of headings) {
    if (level > previous + 1)
      problems.push(`heading h${level} "${text}" follows h${previous || '(none)'}`)
    previous = level
  }
  return [...new Set(problems)]
}

/** Expects the page as it is now to have distinct landmark names and no skipped heading levels. */
export async function expectSound(page: Page, label = page.url()): Promise<void> {
  expect(structureProblems(await readStructure(page)), `structure of ${label}`).toEqual([])
}
