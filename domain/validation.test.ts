import { describe, expect, it } from 'vitest'
import { signUpInput } from './schemas/account.ts'
import { toFieldErrors } from './validation.ts'

describe('field errors', () => {
  it('names every wrong field of a sign-up with a stable code', () => {
    const result = signUpInput.safeParse({
      email: `${'x'.repeat(250)}@a.nl`,
      password: 'kort',
      locale: 'fr',
    })
    expect(result.success).toBe(false)
    const errors = toFieldErrors(result.error!.issues)
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required' },
        { field: 'email', code: 'too_long', params: { maximum: 254 } },
        { field: 'password', code: 'password_too_short', params: { minimum: 12 } },
        { field: 'locale', code: 'invalid_choice' },
      ]),
    )
  })

  it('normalises e-mail addresses to lower case without spaces', () => {
    const result = signUpInput.parse({
      name: 'A',
      email: '  Jan@Archief.NL ',
      password: 'een lange zin hier',
    })
    expect(result.email).toBe('jan@archief.nl')
    expect(result.locale).toBe('nl')
  })
})
