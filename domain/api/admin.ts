import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { ROLES } from '../roles.ts'
import { idSchema, organisationInput, userUpdateInput } from '../schemas/account.ts'
import { auditEntrySchema } from './account.ts'
import { authErrors, jsonBody, jsonResponse, problemResponse, validationErrors } from './common.ts'
import { organisationSummarySchema } from './organisations.ts'

export const adminOrganisationSchema = organisationSummarySchema.extend({
  memberCount: z.number().int(),
})

export const adminListOrganisations = createRoute({
  method: 'get',
  path: '/api/admin/organisations',
  tags: ['admin'],
  summary: 'All organisations with their number of members',
  responses: {
    200: jsonResponse(
      z.object({ organisations: z.array(adminOrganisationSchema) }),
      'Organisations',
    ),
    ...authErrors,
  },
})

export const adminCreateOrganisation = createRoute({
  method: 'post',
  path: '/api/admin/organisations',
  tags: ['admin'],
  summary: 'Add an archive institution',
  request: { body: jsonBody(organisationInput) },
  responses: {
    201: jsonResponse(adminOrganisationSchema, 'Created'),
    ...authErrors,
    ...validationErrors,
  },
})

export const adminUpdateOrganisation = createRoute({
  method: 'put',
  path: '/api/admin/organisations/{organisationId}',
  tags: ['admin'],
  summary: 'Change an organisation',
  request: { params: z.object({ organisationId: idSchema }), body: jsonBody(organisationInput) },
  responses: {
    200: jsonResponse(adminOrganisationSchema, 'Updated'),
    ...authErrors,
    404: problemResponse('No such organisation'),
    ...validationErrors,
  },
})

export const adminUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  organisation: z.object({ id: z.string(), name: z.string(), pending: z.boolean() }).nullable(),
  emailConfirmed: z.boolean(),
  disabled: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
})
export type AdminUser = z.infer<typeof adminUserSchema>

export const adminListUsers = createRoute({
  method: 'get',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Accounts, optionally filtered by name or e-mail address',
  request: {
    query: z.object({ q: z.string().trim().max(120, { error: 'too_long' }).optional() }),
  },
  responses: {
    200: jsonResponse(z.object({ users: z.array(adminUserSchema) }), 'Accounts'),
    ...authErrors,
    ...validationErrors,
  },
})

export const adminUpdateUser = createRoute({
  method: 'patch',
  path: '/api/admin/users/{userId}',
  tags: ['admin'],
  summary: 'Change roles, organisation, or disable an account',
  request: { params: z.object({ userId: idSchema }), body: jsonBody(userUpdateInput) },
  responses: {
    200: jsonResponse(adminUserSchema, 'Updated'),
    ...authErrors,
    404: problemResponse('No such account'),
    409: problemResponse('Would leave no administrator'),
    ...validationErrors,
  },
})

export const outboxMessageSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
})

export const adminListOutbox = createRoute({
  method: 'get',
  path: '/api/admin/outbox',
  tags: ['admin'],
  summary: 'Mail kept in the outbox because no SMTP server is configured',
  responses: {
    200: jsonResponse(
      z.object({ smtpConfigured: z.boolean(), messages: z.array(outboxMessageSchema) }),
      'Outbox',
    ),
    ...authErrors,
  },
})

export const adminListAudit = createRoute({
  method: 'get',
  path: '/api/admin/audit-log',
  tags: ['admin'],
  summary: 'Security events: sign-ins, failures, role changes, exports',
  responses: {
    200: jsonResponse(z.object({ entries: z.array(auditEntrySchema) }), 'Audit log'),
    ...authErrors,
  },
})
