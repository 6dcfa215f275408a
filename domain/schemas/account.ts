import { z } from 'zod'
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy.ts'
import { AUDIENCES, LOCALES, ORGANISATION_KINDS, ROLES } from '../roles.ts'

export const NAME_MAX = 120
export const EMAIL_MAX = 254

export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(EMAIL_MAX, { error: 'too_long' })
  .pipe(z.email({ error: 'invalid_email' }))
  .transform((email) => email.toLowerCase())

export const nameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(NAME_MAX, { error: 'too_long' })

/** A new password: the policy of docs/decisions/004-passwords.md. */
export const newPasswordSchema = z
  .string({ error: 'required' })
  // Empty is "fill this in", not "too short" or "too common"; one message at a time.
  .min(1, { error: 'required', abort: true })
  .min(PASSWORD_MIN_LENGTH, { error: 'password_too_short', abort: true })
  .max(PASSWORD_MAX_LENGTH, { error: 'password_too_long', abort: true })
  .refine((password) => !isCommonPassword(password), { error: 'password_common' })

/** A password typed to sign in or confirm: only bounded, never judged. */
export const currentPasswordSchema = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(PASSWORD_MAX_LENGTH, { error: 'password_too_long' })

export const localeSchema = z.enum(LOCALES, { error: 'invalid_choice' })
export const roleSchema = z.enum(ROLES, { error: 'invalid_choice' })
export const audienceSchema = z.enum(AUDIENCES, { error: 'invalid_choice' })
export const organisationKindSchema = z.enum(ORGANISATION_KINDS, { error: 'invalid_choice' })
export const idSchema = z.uuid({ error: 'invalid' })
/** Tokens from mailed links: 43 url-safe base64 characters (32 random bytes). */
export const tokenSchema = z
  .string({ error: 'required' })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'invalid' })

export const signUpInput = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  organisationId: idSchema.nullable().default(null),
  audience: audienceSchema.nullable().default(null),
  locale: localeSchema.default('nl'),
})
export type SignUpInput = z.input<typeof signUpInput>

export const signInInput = z.object({ email: emailSchema, password: currentPasswordSchema })
export const emailOnlyInput = z.object({
  email: emailSchema,
  locale: localeSchema.default('nl'),
})
export const tokenInput = z.object({ token: tokenSchema })
export const passwordResetInput = z.object({ token: tokenSchema, password: newPasswordSchema })

export const profileUpdateInput = z
  .object({
    name: nameSchema,
    locale: localeSchema,
    audience: audienceSchema.nullable(),
  })
  .partial()

export const passwordChangeInput = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
})

export const eraseAccountInput = z.object({ password: currentPasswordSchema })

export const invitationInput = z.object({
  email: emailSchema,
  role: roleSchema,
  locale: localeSchema.default('nl'),
})

export const acceptInvitationInput = z.object({
  token: tokenSchema,
  name: nameSchema,
  password: newPasswordSchema,
})

export const organisationInput = z.object({
  name: nameSchema,
  kind: organisationKindSchema,
  city: z.string().trim().max(NAME_MAX, { error: 'too_long' }).nullable().default(null),
})

export const userUpdateInput = z
  .object({
    roles: z
      .array(roleSchema)
      .max(7)
      .refine((roles) => new Set(roles).size === roles.length, {
        error: 'invalid',
      }),
    organisationId: idSchema.nullable(),
    disabled: z.boolean(),
  })
  .partial()
