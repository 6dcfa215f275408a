import type { Invitation } from '../../../domain/api/organisations.ts'
import type { Locale, Role } from '../../../domain/roles.ts'
import { recordAudit } from '../../audit.ts'
import { hashPassword } from '../../auth/passwords.ts'
import type { Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { InvitationTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { invitationMail } from '../../mail/templates.ts'
import { hashToken, inMs, newId, now, randomToken } from '../../util.ts'
import { findUserByEmail } from '../account/queries.ts'

export const INVITATION_TTL_MS = 14 * 24 * 3_600_000

function statusOf(row: InvitationTable): Invitation['status'] {
  if (row.accepted_at) return 'accepted'
  if (row.revoked_at) return 'revoked'
  if (Date.parse(row.expires_at) <= Date.now()) return 'expired'
  return 'pending'
}

export async function listInvitations(db: Db, organisationId: string): Promise<Invitation[]> {
  const rows = await db.kysely
    .selectFrom('invitations')
    .leftJoin('users', 'users.id', 'invitations.invited_by_user_id')
    .selectAll('invitations')
    .select('users.name as inviterName')
    .where('invitations.organisation_id', '=', organisationId)
    .orderBy('invitations.created_at', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role as Role,
    invitedBy: row.inviterName,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: statusOf(row),
  }))
}

/**
 * Invites a colleague into an organisation with a role and mails the link. Refuses when the
 * address already belongs to the organisation or a pending invitation exists for it.
 * The caller has authorised the inviter for this organisation and role.
 */
export async function inviteColleague(options: {
  services: Services
  organisationId: string
  inviter: { id: string; name: string }
  email: string
  role: Role
  locale: Locale
  ip: string
}): Promise<Invitation> {
  const { services, organisationId, inviter, email, role, locale } = options
  const { db } = services
  const organisation = await db.kysely
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (!organisation) throw new AppError('not_found')
  const existing = await findUserByEmail(db, email)
  if (existing?.organisation_id === organisationId && existing.organisation_confirmed_at) {
    throw new AppError('already_member')
  }
  const pending = (await listInvitations(db, organisationId)).find(
    (invitation) => invitation.email === email && invitation.status === 'pending',
  )
  if (pending) throw new AppError('invitation_pending')
  const token = randomToken()
  const row: InvitationTable = {
    id: newId(),
    organisation_id: organisationId,
    email,
    role,
    locale,
    invited_by_user_id: inviter.id,
    token_hash: hashToken(token),
    expires_at: inMs(INVITATION_TTL_MS),
    accepted_at: null,
    accepted_user_id: null,
    revoked_at: null,
    created_at: now(),
  }
  await db.kysely.insertInto('invitations').values(row).execute()
  await recordAudit(db, {
    action: 'invitation_sent',
    actorUserId: inviter.id,
    ip: options.ip,
    detail: { organisationId, role, invitationId: row.id },
  })
  await services.mailer.send(
    invitationMail({
      to: email,
      locale,
      inviterName: inviter.name,
      organisationName: organisation.name,
      role,
      link: `${services.config.baseUrl}/uitnodiging?token=${token}`,
    }),
  )
  return { ...(await listInvitations(db, organisationId)).find((i) => i.id === row.id)! }
}

/** The invitation behind a token, if it can still be accepted. */
export async function findOpenInvitation(db: Db, token: string) {
  const row = await db.kysely
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .selectAll('invitations')
    .select('organisations.name as organisationName')
    .where('invitations.token_hash', '=', hashToken(token))
    .executeTakeFirst()
  if (!row) throw new AppError('token_invalid')
  if (row.accepted_at) throw new AppError('token_used')
  if (row.revoked_at) throw new AppError('invitation_revoked')
  if (Date.parse(row.expires_at) <= Date.now()) throw new AppError('token_expired')
  return row
}

/** Marks the invitation accepted; the conditional update lets only one of two racers win. */
async function claim(db: Db, invitationId: string, userId: string): Promise<void> {
  const result = await db.kysely
    .updateTable('invitations')
    .set({ accepted_at: now(), accepted_user_id: userId })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('token_used')
}

/** Creates the invitee's account (address confirmed by the link) in the organisation. */
export async function acceptInvitationAsNewAccount(options: {
  db: Db
  token: string
  name: string
  password: string
  ip: string
}): Promise<string> {
  const { db } = options
  const invitation = await findOpenInvitation(db, options.token)
  if (await findUserByEmail(db, invitation.email)) throw new AppError('email_taken')
  const passwordHash = await hashPassword(options.password)
  const userId = newId()
  await db.kysely.transaction().execute(async (trx) => {
    const at = now()
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email: invitation.email,
        name: options.name,
        password_hash: passwordHash,
        email_confirmed_at: at,
        organisation_id: invitation.organisation_id,
        organisation_confirmed_at: at,
        locale: invitation.locale,
        audience: null,
        disabled_at: null,
        is_demo: 0,
        created_at: at,
      })
      .execute()
    const roles = [...new Set(['professional', invitation.role])]
    await trx
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute()
    await claim({ ...db, kysely: trx }, invitation.id, userId)
  })
  await recordAudit(db, {
    action: 'invitation_accepted',
    actorUserId: userId,
    subjectUserId: userId,
    ip: options.ip,
    detail: { organisationId: invitation.organisation_id, role: invitation.role },
  })
  return userId
}

/** Adds an existing account (same address) to the organisation with the invitation's role. */
export async function acceptInvitationAsExistingAccount(options: {
  db: Db
  token: string
  user: { id: string; email: string; organisationId: string | null }
  ip: string
}): Promise<void> {
  const { db, user } = options
  const invitation = await findOpenInvitation(db, options.token)
  if (invitation.email !== user.email) throw new AppError('forbidden')
  // A request made at sign-up gives way to an invitation; a confirmed membership does not.
  if (user.organisationId && user.organisationId !== invitation.organisation_id) {
    throw new AppError('already_in_organisation')
  }
  await db.kysely.transaction().execute(async (trx) => {
    await claim({ ...db, kysely: trx }, invitation.id, user.id)
    await trx
      .updateTable('users')
      .set({ organisation_id: invitation.organisation_id, organisation_confirmed_at: now() })
      .where('id', '=', user.id)
      .execute()
    const has = await trx
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', user.id)
      .where('role', '=', invitation.role)
      .executeTakeFirst()
    if (!has)
      await trx
        .insertInto('user_roles')
        .values({ user_id: user.id, role: invitation.role })
        .execute()
  })
  await recordAudit(db, {
    action: 'invitation_accepted',
    actorUserId: user.id,
    subjectUserId: user.id,
    ip: options.ip,
    detail: { organisationId: invitation.organisation_id, role: invitation.role },
  })
}
