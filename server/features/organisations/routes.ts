import type { OpenAPIHono } from '@hono/zod-openapi'
import { setCookie } from 'hono/cookie'
import * as api from '../../../domain/api/organisations.ts'
import { INVITABLE_BY_MANAGER, type OrganisationKind, type Role } from '../../../domain/roles.ts'
import { recordAudit } from '../../audit.ts'
import { authorise, clientIp, requireUser } from '../../auth/middleware.ts'
import {
  createSession,
  endSession,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../../auth/sessions.ts'
import type { AppEnv } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'
import { findMe, findUserByEmail } from '../account/queries.ts'
import { listUsers } from '../admin/queries.ts'
import {
  acceptInvitationAsExistingAccount,
  acceptInvitationAsNewAccount,
  findOpenInvitation,
  inviteColleague,
  listInvitations,
} from './invitations.ts'
import { answerMembershipRequest } from './membership-requests.ts'

async function requireOrganisation(c: Parameters<typeof clientIp>[0], organisationId: string) {
  const row = await c.var.services.db.kysely
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
}

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.listPublicOrganisations, async (c) => {
    const rows = await c.var.services.db.kysely
      .selectFrom('organisations')
      .select(['id', 'name', 'kind', 'city', 'is_demo'])
      .orderBy('name')
      .execute()
    const organisations = rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind as OrganisationKind,
      city: row.city,
      isDemo: toNumber(row.is_demo) === 1,
    }))
    return c.json({ organisations }, 200)
  })

  app.openapi(api.listMembers, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'organisation.members.read', organisationId)
    await requireOrganisation(c, organisationId)
    const ids = await c.var.services.db.kysely
      .selectFrom('users')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .execute()
    const users = ids.length
      ? await listUsers(c.var.services.db, { ids: ids.map((r) => r.id) })
      : []
    const present = ({ id, name, email, roles }: (typeof users)[number]) => ({
      id,
      name,
      email,
      roles,
    })
    return c.json(
      {
        members: users.filter((u) => !u.organisation?.pending).map(present),
        requests: users.filter((u) => u.organisation?.pending).map(present),
      },
      200,
    )
  })

  app.openapi(api.confirmMembership, async (c) => {
    const { organisationId, userId } = c.req.valid('param')
    const actor = authorise(c, 'organisation.members.read', organisationId)
    const { db } = c.var.services
    await answerMembershipRequest({
      db,
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
    const { db } = c.var.services
    await answerMembershipRequest({
      db,
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
    await requireOrganisation(c, organisationId)
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
    const { db } = c.var.services
    const result = await db.kysely
      .updateTable('invitations')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', invitationId)
      .where('organisation_id', '=', organisationId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found')
    await recordAudit(db, {
      action: 'invitation_revoked',
      actorUserId: user.id,
      ip: clientIp(c),
      detail: { invitationId },
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
