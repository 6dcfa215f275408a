import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The palette as declared in theme.css: `--rk-<name>: #rrggbb`. */
function palette(): Map<string, string> {
  const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8')
  return new Map(
    [...css.matchAll(/--rk-([\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((match) => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  )
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/\w/g, (digit) => digit + digit) : hex
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(full.slice(start, start + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

const TEXT = 4.5
const NON_TEXT = 3

/** Foreground, background, minimum: every pairing the stylesheets use. */
const PAIRS: [string, string, number][] = [
  ['ink', 'white', TEXT],
  ['ink', 'blue-50', TEXT],
  ['ink', 'teal-100', TEXT],
  ['ink', 'amber-50', TEXT],
  ['ink', 'green-50', TEXT],
  ['ink', 'red-50', TEXT],
  ['ink', 'sand-100', TEXT],
  ['ink-muted', 'sand-100', TEXT],
  ['blue-700', 'sand-100', TEXT],
  ['blue-900', 'sand-100', TEXT],
  ['ink', 'focus', TEXT],
  ['ink-muted', 'white', TEXT],
  ['ink-muted', 'blue-50', TEXT],
  ['ink-muted', 'teal-100', TEXT],
  ['blue-900', 'white', TEXT],
  ['blue-900', 'blue-50', TEXT],
  ['blue-900', 'teal-100', TEXT],
  ['blue-700', 'white', TEXT],
  ['blue-700', 'blue-50', TEXT],
  ['purple-700', 'white', TEXT],
  ['blue-800', 'white', TEXT],
  ['red-800', 'white', TEXT],
  ['white', 'blue-900', TEXT],
  ['white', 'blue-950', TEXT],
  ['white', 'blue-800', TEXT],
  ['teal-100', 'blue-900', TEXT],
  ['white', 'teal-700', TEXT],
  ['white', 'teal-800', TEXT],
  ['line-strong', 'white', NON_TEXT],
  ['teal-700', 'white', NON_TEXT],
  ['teal-200', 'blue-950', NON_TEXT],
  ['focus', 'blue-950', NON_TEXT],
  ['focus', 'blue-900', NON_TEXT],
]

describe('theme colours', () => {
  const colours = palette()
  for (const [foreground, background, minimum] of PAIRS) {
    it(`${foreground} on ${background} reaches ${minimum}:1`, () => {
      const fg = colours.get(foreground)
      const bg = colours.get(background)
      expect(fg, foreground).toBeDefined()
      expect(bg, background).toBeDefined()
      expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(minimum)
    })
  }
})
