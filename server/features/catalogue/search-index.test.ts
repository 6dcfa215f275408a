import { describe, expect, it } from 'vitest'
import { postgresTsQuery, queryWords, searchVariants, sqliteMatch } from './search-index.ts'

describe('Dutch search words', () => {
  it('searches a word and its light stems as prefixes', () => {
    expect(searchVariants('archieven')).toEqual(['archieven', 'archiev', 'archief'])
    expect(searchVariants('inspecties')).toEqual(['inspecties', 'inspectie'])
    expect(searchVariants('kennissen')).toEqual(['kennissen', 'kennis'])
    expect(searchVariants('beoordélen')).toEqual(['beoordelen', 'beoordel'])
    // Short words stay whole.
    expect(searchVariants('wet')).toEqual(['wet'])
  })

  it('takes only letters and digits from a query, so no query syntax gets through', () => {
    expect(queryWords('"Archief" OR wet-(2027)*')).toEqual(['archief', 'or', 'wet', '2027'])
    expect(sqliteMatch(['archief', 'or'])).toBe('("archief"*) AND ("or"*)')
    expect(postgresTsQuery(['wet'])).toBe('(wet:*)')
  })
})
