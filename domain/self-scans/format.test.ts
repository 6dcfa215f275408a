import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDelta, formatScore } from './format.ts'

describe('score formatting (web and PDF alike)', () => {
  it('writes one decimal with a Dutch comma or an English point', () => {
    expect(formatScore(2, 'nl')).toBe('2,0')
    expect(formatScore(2.17, 'nl')).toBe('2,2')
    expect(formatScore(2.17, 'en')).toBe('2.2')
    expect(formatScore(3.25, 'nl')).toBe('3,3')
    expect(formatScore(null, 'nl')).toBe('–')
  })

  it('signs changes, and a change that rounds to nothing has no sign', () => {
    expect(formatDelta(0.5, 'nl')).toBe('+0,5')
    expect(formatDelta(-0.25, 'nl')).toBe('−0,3')
    expect(formatDelta(0.04, 'en')).toBe('0.0')
    expect(formatDelta(-0.04, 'en')).toBe('0.0')
    expect(formatDelta(null, 'en')).toBe('–')
  })

  it('always has exactly one decimal, and the two languages differ only in the separator', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (value) => {
        const nl = formatScore(value, 'nl')
        expect(nl).toMatch(/^\d+,\d$/)
        expect(formatScore(value, 'en')).toBe(nl.replace(',', '.'))
        expect(Number(nl.replace(',', '.'))).toBeCloseTo(value, 1)
      }),
    )
  })
})
