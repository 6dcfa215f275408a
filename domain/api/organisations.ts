import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { AUDIENCES, ORGANISATION_KINDS, ROLES } from '../roles.ts'
import { acceptInvitationInput, idSchema, invitationInput, tokenInput } from '../schemas/account.ts'
import { sessionSchema } from './auth.ts'
import {
  authErrors,
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'

export const organisationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  city: z.string().nullable(),
  isDemo: z.boolean(),
})
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>

export const listPublicOrganisations = createRoute({
  method: 'get',
  path: '/api/organisations',
  tags: ['organisations'],
  summary: 'Archive institutions one can join at sign-up',
  responses: {
    200: jsonResponse(
      z.object({ organisations: z.array(organisationSummarySchema) }),
      'All organisations',
    ),
  },
})

const orgParams = z.object({ organisationId: idSchema })

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
})

/** Someone who chose the organisation at sign-up, with what they said about themselves. */
export const membershipRequestSchema = memberSchema.extend({
  /** The career stage the person gave (zij-instromer, beginner, gevorderde), if any. */
  audience: z.enum(AUDIENCES).nullable(),
  requestedAt: z.string(),
  emailConfirmed: z.boolean(),
})
export type MembershipRequest = z.infer<typeof membershipRequestSchema>

export const listMembers = createRoute({
  method: 'get',
  path: '/api/organisations/{organisationId}/members',
  tags: ['organisations'],
  summary: 'People of an organisation, and requests to join it (its managers and admins only)',
  request: { params: orgParams },
  responses: {
    200: jsonResponse(
      z.object({
        members: z.array(memberSchema),
        requests: z.array(membershipRequestSchema),
      }),
      'Members and people who asked to join at sign-up',
    ),
    ...authErrors,
    404: problemResponse('No such organisation'),
  },
})

const requestParams = orgParams.extend({ userId: idSchema })

export const confirmMembership = createRoute({
  method: 'post',
  path: '/api/organisations/{organisationId}/requests/{userId}/confirm',
  tags: ['organisations'],
  summary: 'Confirm that someone who chose this organisation at sign-up works there',
  request: { params: requestParams },
  responses: {
    200: jsonResponse(messageSchema, 'Confirmed'),
    ...authErrors,
    404: problemResponse('No such request'),
  },
})

export const declineMembership = createRoute({
  method: 'post',
  path: '/api/organisations/{organisationId}/requests/{userId}/decline',
  tags: ['organisations'],
  summary: 'Decline a request to join; the account stays, without organisation',
  request: { params: requestParams },
  responses: {
    200: jsonResponse(messageSchema, 'Declined'),
    ...authErrors,
    404: problemResponse('No such request'),
  },
})

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
})
export type Invitation = z.infer<typeof invitationSchema>

export const listInvitations = createRoute({
  method: 'get',
  path: '/api/organisations/{organisationId}/invitations',
  tags: ['organisations'],
  summary: 'Invitations sent for an organisation',
  request: { params: orgParams },
  responses: {
    200: jsonResponse(z.object({ invitations: z.array(invitationSchema) }), 'Invitations'),
    ...authErrors,
    404: problemResponse('No such organisation'),
  },
})

export const createInvitation = createRoute({
  method: 'post',
  path: '/api/organisations/{organisationId}/invitations',
  tags: ['organisations'],
  summary: 'Invite a colleague by e-mail into the organisation with a role',
  request: { params: orgParams, body: jsonBody(invitationInput) },
  responses: {
    201: jsonResponse(invitationSchema, 'Invitation sent'),
    ...authErrors,
    404: problemResponse('No such organisation'),
    409: problemResponse('Already a member, or an invitation is pending'),
    ...validationErrors,
  },
})

export const revokeInvitation = createRoute({
  method: 'delete',
  path: '/api/organisations/{organisationId}/invitations/{invitationId}',
  tags: ['organisations'],
  summary: 'Withdraw a pending invitation',
  request: { params: orgParams.extend({ invitationId: idSchema }) },
  responses: {
    200: jsonResponse(messageSchema, 'Revoked'),
    ...authErrors,
    404: problemResponse('No such invitation'),
  },
})

export const invitationPreviewSchema = z.object({
  email: z.string(),
  role: z.enum(ROLES),
  organisation: z.object({ id: z.string(), name: z.string() }),
  accountExists: z.boolean(),
})

export const previewInvitation = createRoute({
  method: 'post',
  path: '/api/invitations/preview',
  tags: ['organisations'],
  summary: 'What an invitation link offers, before accepting it',
  request: { body: jsonBody(tokenInput) },
  responses: {
    200: jsonResponse(invitationPreviewSchema, 'The invitation'),
    400: problemResponse('Unknown token'),
    409: problemResponse('Already used'),
    410: problemResponse('Expired or withdrawn'),
    ...validationErrors,
  },
})

export const acceptInvitation = createRoute({
  method: 'post',
  path: '/api/invitations/accept',
  tags: ['organisations'],
  summary: 'Accept an invitation: creates the account in the organisation and signs in',
  request: { body: jsonBody(acceptInvitationInput) },
  responses: {
    201: jsonResponse(sessionSchema, 'Account created and signed in'),
    400: problemResponse('Unknown token'),
    409: problemResponse('Already used, or the address already has an account'),
    410: problemResponse('Expired or withdrawn'),
    ...validationErrors,
  },
})

export const joinInvitation = createRoute({
  method: 'post',
  path: '/api/invitations/join',
  tags: ['organisations'],
  summary: 'Accept an invitation with the signed-in account (same e-mail address)',
  request: { body: jsonBody(tokenInput) },
  responses: {
    200: jsonResponse(sessionSchema, 'Joined the organisation'),
    400: problemResponse('Unknown token'),
    409: problemResponse('Already used, or already in another organisation'),
    410: problemResponse('Expired or withdrawn'),
    ...authErrors,
    ...validationErrors,
  },
})
