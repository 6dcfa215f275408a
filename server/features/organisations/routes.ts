import type { OpenAPIHono } from '@hono/zod-openapi'
import { setCookie } from 'hono/cookie'
import * as api from '../../../domain/api/organisations.ts'
import { INVITABLE_BY_MANAGER, type Role } from '../../../domain/roles.ts'
import { authorise, clientIp, requireUser } from '../../auth/middleware.ts'
import {
  createSession,
  endSession,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../../auth/sessions.ts'
import type { AppEnv } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { findMe, findUserByEmail } from '../account/queries.ts'
import {
  acceptInvitationAsExistingAccount,
  acceptInvitationAsNewAccount,
  findOpenInvitation,
  inviteColleague,
  listInvitations,
} from './invitations.ts'
import { answerMembershipRequest } from './membership-requests.ts'
import { listMembersAndRequests, listPublicOrganisations, requireOrganisation } from './queries.ts'
import { revokeInvitation } from './revoke-invitation.ts'

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.listPublicOrganisations, async (c) => {
    return c.json({ organisations: await listPublicOrganisations(c.var.services.db) }, 200)
  })

  app.openapi(api.listMembers, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'organisation.members.read', organisationId)
    const { db } = c.var.services
    await requireOrganisation(db, organisationId)
    return c.json(await listMembersAndRequests(db, organisationId), 200)
  })

  app.openapi(api.confirmMembership, async (c) => {
    const { organisationId, userId } = c.req.valid('param')
    const actor = authorise(c, 'organisation.members.read', organisationId)
    await answerMembershipRequest({
      services: c.var.services,
      organisationId,
      userId,
      actorId: actor.id,
      confirm: true,
      ip: clientIp(c),
    })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.declineMembership, async (c) => {
    const { organisationId, userId } = c.req.valid('param')
    const actor = authorise(c, 'organisation.members.read', organisationId)
    await answerMembershipRequest({
      services: c.var.services,
      organisationId,
      userId,
      actorId: actor.id,
      confirm: false,
      ip: clientIp(c),
    })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.listInvitations, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'organisation.invite', organisationId)
    await requireOrganisation(c.var.services.db, organisationId)
    return c.json({ invitations: await listInvitations(c.var.services.db, organisationId) }, 200)
  })

  app.openapi(api.createInvitation, async (c) => {
    const { organisationId } = c.req.valid('param')
    const inviter = authorise(c, 'organisation.invite', organisationId)
    const input = c.req.valid('json')
    // Managers hand out staff roles only; wider roles are the administrator's to give.
    if (!inviter.roles.includes('admin') && !INVITABLE_BY_MANAGER.includes(input.role)) {
      throw new AppError('validation_failed', [{ field: 'role', code: 'invalid_choice' }])
    }
    const invitation = await inviteColleague({
      services: c.var.services,
      organisationId,
      inviter,
      ...input,
      ip: clientIp(c),
    })
    return c.json(invitation, 201)
  })

  app.openapi(api.revokeInvitation, async (c) => {
    const { organisationId, invitationId } = c.req.valid('param')
    const user = authorise(c, 'organisation.invite', organisationId)
    await revokeInvitation({
      db: c.var.services.db,
      organisationId,
      invitationId,
      actorId: user.id,
      ip: clientIp(c),
    })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.previewInvitation, async (c) => {
    const { token } = c.req.valid('json')
    const { db } = c.var.services
    const invitation = await findOpenInvitation(db, token)
    return c.json(
      {
        email: invitation.email,
        role: invitation.role as Role,
        organisation: { id: invitation.organisation_id, name: invitation.organisationName },
        accountExists: (await findUserByEmail(db, invitation.email)) !== undefined,
      },
      200,
    )
  })

  app.openapi(api.acceptInvitation, async (c) => {
    const input = c.req.valid('json')
    const { db, config } = c.var.services
    const userId = await acceptInvitationAsNewAccount({ db, ...input, ip: clientIp(c) })
    if (c.var.user) await endSession(db, c.var.user.sessionId)
    const { token, csrfToken } = await createSession({ db, config, userId })
    setCookie(c, SESSION_COOKIE, token, sessionCookieOptions(config))
    return c.json({ user: await findMe(db, userId), csrfToken }, 201)
  })

  app.openapi(api.joinInvitation, async (c) => {
    const user = requireUser(c)
    const { token } = c.req.valid('json')
    const { db } = c.var.services
    await acceptInvitationAsExistingAccount({ db, token, user, ip: clientIp(c) })
    return c.json({ user: await findMe(db, user.id), csrfToken: user.csrfToken }, 200)
  })
}
