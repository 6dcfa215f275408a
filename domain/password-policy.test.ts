import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCommonPassword } from './password-policy.ts'
import { newPasswordSchema } from './schemas/account.ts'
import { toFieldErrors } from './validation.ts'

const codeOf = (password: string) => {
  const result = newPasswordSchema.safeParse(password)
  return result.success ? null : toFieldErrors(result.error.issues)[0]?.code
}

describe('password policy', () => {
  it('refuses every password shorter than 12 characters (an empty one must be filled in)', () => {
    expect(codeOf('')).toBe('required')
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 11 }), (password) => {
        expect(codeOf(password)).toBe('password_too_short')
      }),
    )
  })

  it('refuses common passwords whatever their case', () => {
    for (const password of ['Wachtwoord123', 'WELKOM123456', 'qwertyuiopas', '1q2w3e4r5t6y']) {
      expect(codeOf(password)).toBe('password_common')
    }
  })

  it('refuses repetitions', () => {
    expect(isCommonPassword('aaaaaaaaaaaaaaaa')).toBe(true)
    expect(isCommonPassword('archiefarchiefarchief')).toBe(true)
    expect(isCommonPassword('abababababab')).toBe(true)
  })

  it('accepts a long passphrase', () => {
    expect(codeOf('de inventaris van het oud-archief')).toBeNull()
  })

  it('refuses over-long input before hashing it', () => {
    expect(codeOf('x'.repeat(201))).toBe('password_too_long')
  })
})
