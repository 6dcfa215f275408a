import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from './en.json'

/**
 * Dutch product terms that English pages must translate (English says knowledge map,
 * self-scan, learning goal, learning route, learning catalogue, employability, …).
 */
const DUTCH_TERMS =
  /\b(kenniskaart(en)?|zelfscans?|leerdoel(en)?|leerroutes?|opleidingsaanbod|inzetbaarheid(scheck)?|duurzame|meedenkers?|programmateam|leidinggevenden?|organisatiescan|ontwikkelgesprek(ken)?|intervisie|werksessies?|reviewrondes?|aanbieders?)\b/i

/**
 * English texts that name Dutch words on purpose: a folder in the source code and the Dutch
 * column names of the CSV files, which stay Dutch in every language.
 */
const DELIBERATE = new Set([
  'maps.tools.contentNote',
  'maps.import.csvColumns',
  'catalogue.csv.columnsIntro',
])

/** Every string leaf as `dotted.path` → text. */
function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, prefix ? `${prefix}.${key}` : key),
  )
}

/** The `en` texts of a content file with `{ nl, en }` pairs, as `path` → text. */
function englishOfContent(file: string): [string, string][] {
  const content = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'))
  return strings(content).filter(([path]) => /(^|\.)en(\.\d+)?$/.test(path))
}

describe('English texts', () => {
  it('do not leave Dutch product terms untranslated in en.json', () => {
    const leaks = strings(en).filter(
      ([path, text]) => !DELIBERATE.has(path) && DUTCH_TERMS.test(text),
    )
    expect(leaks).toEqual([])
  })

  it('still list only deliberate uses that exist and do name Dutch words', () => {
    const byPath = new Map(strings(en))
    for (const path of DELIBERATE) expect(byPath.get(path), path).toMatch(DUTCH_TERMS)
  })

  it('do not leave Dutch product terms in the English of the content files', () => {
    const texts = [
      ...englishOfContent('../../content/duurzame-inzetbaarheid.json'),
      ...englishOfContent('../../content/zelfscan/schalen.json'),
    ]
    expect(texts.length).toBeGreaterThan(20)
    expect(texts.filter(([, text]) => DUTCH_TERMS.test(text))).toEqual([])
  })
})
