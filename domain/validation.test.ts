import { describe, expect, it } from 'vitest'
import {
  currentPasswordSchema,
  newPasswordSchema,
  signInInput,
  signUpInput,
} from './schemas/account.ts'
import { dateSchema, toFieldErrors } from './validation.ts'

const codes = (result: { error?: { issues: Parameters<typeof toFieldErrors>[0] } }) =>
  toFieldErrors(result.error?.issues ?? []).map((error) => error.code)

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

  it('calls an empty password "required" in every password field, and says one thing at a time', () => {
    for (const schema of [newPasswordSchema, currentPasswordSchema]) {
      expect(codes(schema.safeParse(''))).toEqual(['required'])
      expect(codes(schema.safeParse(undefined))).toEqual(['required'])
    }
    expect(codes(signInInput.safeParse({ email: 'a@b.nl', password: '' }))).toEqual(['required'])
    expect(codes(newPasswordSchema.safeParse('aaa'))).toEqual(['password_too_short'])
    expect(codes(newPasswordSchema.safeParse('Wachtwoord123'))).toEqual(['password_common'])
    expect(codes(newPasswordSchema.safeParse('x'.repeat(201)))).toEqual(['password_too_long'])
  })

  it('says a date must be a real date, and an empty one must be filled in', () => {
    expect(codes(dateSchema.safeParse(''))).toEqual(['required'])
    expect(codes(dateSchema.safeParse('2027-02-30'))).toEqual(['invalid_date'])
    expect(codes(dateSchema.safeParse('31-12-2026'))).toEqual(['invalid_date'])
    expect(dateSchema.parse('2027-02-28')).toBe('2027-02-28')
  })
})
