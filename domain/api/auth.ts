import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { AUDIENCES, LOCALES, ROLES } from '../roles.ts'
import {
  emailOnlyInput,
  passwordResetInput,
  signInInput,
  signUpInput,
  tokenInput,
} from '../schemas/account.ts'
import {
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: z.enum(LOCALES),
  audience: z.enum(AUDIENCES).nullable(),
  /** `pending` while a manager has not yet confirmed membership asked for at sign-up. */
  organisation: z
    .object({ id: z.string(), name: z.string(), isDemo: z.boolean(), pending: z.boolean() })
    .nullable(),
  isDemo: z.boolean(),
})
export type Me = z.infer<typeof meSchema>

export const sessionSchema = z.object({
  user: meSchema.nullable(),
  /** Send back as `x-csrf-token` on every state-changing request while signed in. */
  csrfToken: z.string().nullable(),
})
export type Session = z.infer<typeof sessionSchema>

export const getSession = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['auth'],
  summary: 'Who is signed in, with the CSRF token for this session',
  responses: { 200: jsonResponse(sessionSchema, 'The current session') },
})

export const signUp = createRoute({
  method: 'post',
  path: '/api/auth/sign-up',
  tags: ['auth'],
  summary: 'Create a professional account; a confirmation link is mailed',
  request: { body: jsonBody(signUpInput) },
  responses: {
    201: jsonResponse(messageSchema, 'Account created, confirmation mailed'),
    409: problemResponse('E-mail address already has an account'),
    ...validationErrors,
  },
})

export const confirmEmail = createRoute({
  method: 'post',
  path: '/api/auth/confirm-email',
  tags: ['auth'],
  summary: 'Confirm an e-mail address with the mailed token',
  request: { body: jsonBody(tokenInput) },
  responses: {
    200: jsonResponse(messageSchema, 'Confirmed'),
    400: problemResponse('Unknown token'),
    409: problemResponse('Token already used'),
    410: problemResponse('Token expired'),
    ...validationErrors,
  },
})

export const resendConfirmation = createRoute({
  method: 'post',
  path: '/api/auth/resend-confirmation',
  tags: ['auth'],
  summary: 'Mail a new confirmation link (answers the same whether or not the address exists)',
  request: { body: jsonBody(emailOnlyInput) },
  responses: { 202: jsonResponse(messageSchema, 'Accepted'), ...validationErrors },
})

export const signIn = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['auth'],
  summary: 'Sign in; sets the session cookie',
  request: { body: jsonBody(signInInput) },
  responses: {
    200: jsonResponse(sessionSchema, 'Signed in'),
    401: problemResponse('Wrong e-mail address or password'),
    403: problemResponse('E-mail address not confirmed, or account disabled'),
    429: problemResponse('Too many attempts'),
    ...validationErrors,
  },
})

export const signOut = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['auth'],
  summary: 'Sign out; ends the session',
  responses: { 200: jsonResponse(messageSchema, 'Signed out') },
})

export const requestPasswordReset = createRoute({
  method: 'post',
  path: '/api/auth/password-reset/request',
  tags: ['auth'],
  summary: 'Mail a password reset link (answers the same whether or not the address exists)',
  request: { body: jsonBody(emailOnlyInput) },
  responses: { 202: jsonResponse(messageSchema, 'Accepted'), ...validationErrors },
})

export const completePasswordReset = createRoute({
  method: 'post',
  path: '/api/auth/password-reset/complete',
  tags: ['auth'],
  summary: 'Set a new password with the mailed token; ends all sessions',
  request: { body: jsonBody(passwordResetInput) },
  responses: {
    200: jsonResponse(messageSchema, 'Password changed'),
    400: problemResponse('Unknown token'),
    409: problemResponse('Token already used'),
    410: problemResponse('Token expired'),
    ...validationErrors,
  },
})
