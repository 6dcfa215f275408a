import { describe, expect, it } from 'vitest'
import { PRODUCT_PARTS } from '../../../domain/roadmap.ts'
import en from '../../i18n/en.json'
import nl from '../../i18n/nl.json'

describe('the parts on the public home page', () => {
  it('each have a name and a description in Dutch and English', () => {
    for (const dictionary of [nl, en]) {
      const items = dictionary.landing.parts.items as Record<
        string,
        { term: string; description: string }
      >
      for (const { key } of PRODUCT_PARTS) {
        expect(items[key]?.term, key).toBeTruthy()
        expect(items[key]?.description, key).toBeTruthy()
      }
      expect(Object.keys(items).sort()).toEqual(PRODUCT_PARTS.map((p) => p.key).sort())
    }
  })
})
