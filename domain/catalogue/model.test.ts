import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDutchAmount, isStale, parseDutchAmount, staleCutoff } from './model.ts'

describe('Dutch amounts', () => {
  it('reads the ways people write prices', () => {
    expect(parseDutchAmount('€ 1.250,00')).toBe(125_000)
    expect(parseDutchAmount('1250,50')).toBe(125_050)
    expect(parseDutchAmount('0')).toBe(0)
    expect(parseDutchAmount('€95,-')).toBe(9_500)
    expect(parseDutchAmount('12.5')).toBe(1_250)
    expect(parseDutchAmount('1.250')).toBe(125_000)
    expect(parseDutchAmount('EUR 2.000.000,00')).toBeNull()
  })

  it('refuses what is not an amount', () => {
    for (const text of ['gratis', '', '-5', '1,2,3', '12,345', '1.25.0', '€', '1 0 0 x'])
      expect(parseDutchAmount(text), text).toBeNull()
  })

  it('reads back every amount it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        expect(parseDutchAmount(formatDutchAmount(cents))).toBe(cents)
        expect(parseDutchAmount(`€ ${formatDutchAmount(cents)}`)).toBe(cents)
      }),
    )
  })
})

describe('possibly outdated', () => {
  it('means not reviewed for twelve months', () => {
    const now = new Date('2026-11-25T10:00:00Z')
    expect(staleCutoff(now)).toBe('2025-11-25T10:00:00.000Z')
    expect(isStale('2025-11-25T09:59:59.000Z', now)).toBe(true)
    expect(isStale('2025-11-25T10:00:00.000Z', now)).toBe(false)
  })
})
