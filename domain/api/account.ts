import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { notificationPreferencesInput, notificationPreferencesSchema } from '../notifications.ts'
import { eraseAccountInput, passwordChangeInput, profileUpdateInput } from '../schemas/account.ts'
import { meSchema } from './auth.ts'
import {
  authErrors,
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'

export const getAccount = createRoute({
  method: 'get',
  path: '/api/account',
  tags: ['account'],
  summary: 'The signed-in person',
  responses: { 200: jsonResponse(meSchema, 'The account'), ...authErrors },
})

export const updateAccount = createRoute({
  method: 'patch',
  path: '/api/account',
  tags: ['account'],
  summary: 'Change name, language or career stage',
  request: { body: jsonBody(profileUpdateInput) },
  responses: { 200: jsonResponse(meSchema, 'Updated'), ...authErrors, ...validationErrors },
})

export const changePassword = createRoute({
  method: 'post',
  path: '/api/account/password',
  tags: ['account'],
  summary: 'Change the password; other sessions end',
  request: { body: jsonBody(passwordChangeInput) },
  responses: { 200: jsonResponse(messageSchema, 'Changed'), ...authErrors, ...validationErrors },
})

/** The export is an open-ended document: one key per registered table of personal data. */
export const exportSchema = z.object({
  format: z.literal('routekaart-export/1'),
  exportedAt: z.string(),
  user: z.record(z.string(), z.unknown()),
  data: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
})
export type AccountExport = z.infer<typeof exportSchema>

export const exportAccount = createRoute({
  method: 'get',
  path: '/api/account/export',
  tags: ['account'],
  summary: 'Download all personal data of the signed-in person as JSON',
  responses: { 200: jsonResponse(exportSchema, 'All personal data'), ...authErrors },
})

export const eraseAccount = createRoute({
  method: 'post',
  path: '/api/account/erase',
  tags: ['account'],
  summary: 'Erase the account and all personal data (password required)',
  request: { body: jsonBody(eraseAccountInput) },
  responses: {
    200: jsonResponse(messageSchema, 'Erased'),
    409: problemResponse('The only administrator cannot erase their account'),
    ...authErrors,
    ...validationErrors,
  },
})

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  subject: z.object({ id: z.string(), name: z.string() }).nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
})

export const getAccountActivity = createRoute({
  method: 'get',
  path: '/api/account/activity',
  tags: ['account'],
  summary: 'Sign-ins, failures and other security events of the signed-in person',
  responses: {
    200: jsonResponse(z.object({ entries: z.array(auditEntrySchema) }), 'Recent events'),
    ...authErrors,
  },
})

export const getNotificationPreferences = createRoute({
  method: 'get',
  path: '/api/account/notifications',
  tags: ['account'],
  summary: 'Which optional mail notifications the signed-in person receives',
  responses: {
    200: jsonResponse(notificationPreferencesSchema, 'Each optional kind, on or off'),
    ...authErrors,
  },
})

export const updateNotificationPreferences = createRoute({
  method: 'put',
  path: '/api/account/notifications',
  tags: ['account'],
  summary: 'Turn optional mail notifications on or off; kinds not named stay as they are',
  request: { body: jsonBody(notificationPreferencesInput) },
  responses: {
    200: jsonResponse(notificationPreferencesSchema, 'Each optional kind, on or off'),
    ...authErrors,
    ...validationErrors,
  },
})
