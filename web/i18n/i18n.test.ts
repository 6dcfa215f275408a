import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../domain/errors.ts'
import { isCommonPassword } from '../../domain/password-policy.ts'
import { AUDIENCES, ORGANISATION_KINDS, ROLES } from '../../domain/roles.ts'
import { FIELD_ERROR_CODES } from '../../domain/validation.ts'
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

describe('codes from the domain', () => {
  // A code the API can send but the app cannot say would surface as a vague fallback text.
  const cases: [string, readonly string[], Record<string, unknown>][] = [
    ['errors', Object.keys(ERROR_CODES), nl.errors],
    ['validation', FIELD_ERROR_CODES, nl.validation],
    ['roles', ROLES, nl.roles],
    ['audiences', AUDIENCES, nl.audiences],
    ['organisationKinds', ORGANISATION_KINDS, nl.organisationKinds],
  ]
  for (const [prefix, codes, texts] of cases) {
    it(`are all translated under ${prefix}`, () => {
      expect(codes.filter((code) => !(code in texts))).toEqual([])
    })
  }
})

describe('password hint', () => {
  it('only names example passwords that the policy really refuses', () => {
    expect(isCommonPassword('Wachtwoord123')).toBe(true)
    expect(nl.fields.passwordPolicy).toContain('Wachtwoord123')
    expect(isCommonPassword('Password1234')).toBe(true)
    expect(en.fields.passwordPolicy).toContain('Password1234')
  })
})
