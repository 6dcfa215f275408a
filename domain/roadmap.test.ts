import { describe, expect, it } from 'vitest'
import { BUILT_PARTS, PRODUCT_PARTS, productAvailability } from './roadmap.ts'

describe('the parts of Routekaart', () => {
  it('are available today exactly when every part they are made of is built', () => {
    const { available, coming } = productAvailability()
    expect(available.map((p) => p.key)).toEqual([
      'knowledge-maps',
      'self-scan',
      'catalogue',
      'learning-route',
    ])
    expect(coming.map((p) => p.key)).toEqual(['e-learning', 'portfolio', 'org-scan', 'intervision'])
  })

  it('stay coming while only some of their parts are built', () => {
    const { available } = productAvailability({ ...BUILT_PARTS, Portfolio: '/portfolio' })
    expect(available.map((p) => p.key)).not.toContain('portfolio')
    const both = productAvailability({
      ...BUILT_PARTS,
      Portfolio: '/portfolio',
      DevelopmentConversation: '/ontwikkelgesprek',
    })
    expect(both.available.map((p) => p.key)).toContain('portfolio')
    expect(PRODUCT_PARTS).toHaveLength(both.available.length + both.coming.length)
  })
})
