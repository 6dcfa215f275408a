import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RESERVED_SLUGS } from '../../../domain/schemas/knowledge-maps.ts'

describe('reserved slugs', () => {
  it('hold every word the web router uses under /kenniskaarten', () => {
    const router = readFileSync(new URL('../../router.tsx', import.meta.url), 'utf8')
    const words = [...router.matchAll(/route\('\/kenniskaarten\/([^']+)'\)/g)]
      .flatMap((match) => (match[1] ?? '').split('/'))
      .filter((segment) => !segment.startsWith('$'))
    expect(words.length).toBeGreaterThan(3)
    expect(words.filter((word) => !(RESERVED_SLUGS as readonly string[]).includes(word))).toEqual(
      [],
    )
  })
})
