import { describe, expect, it } from 'vitest'
import en from './en.json'
import nl from './nl.json'

/** Every leaf as `dotted.path` → value; array items count as leaves with their index. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>()
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) {
        result.set(path, leaf)
      }
    }
  } else {
    result.set(prefix, value)
  }
  return result
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort()
}

describe('translations', () => {
  const dutch = leaves(nl)
  const english = leaves(en)

  it('have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort())
  })

  it('have no empty or non-string texts', () => {
    for (const [path, text] of [...dutch, ...english]) {
      expect(typeof text, path).toBe('string')
      expect(String(text).trim(), path).not.toBe('')
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const [path, text] of dutch) {
      expect(placeholders(String(english.get(path))), path).toEqual(placeholders(String(text)))
    }
  })
})
