import { recordAudit } from '../../audit.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'

/**
 * Withdraws an open invitation of the organisation, so its link stops working, and logs who
 * did. One conditional update: an accepted or already revoked invitation stays as it is.
 * The caller has authorised a manager of the organisation or an administrator.
 *
 * @throws AppError('not_found') when the organisation has no such open invitation
 */
export async function revokeInvitation(options: {
  db: Db
  organisationId: string
  invitationId: string
  actorId: string
  ip: string
}): Promise<void> {
  const { db, organisationId, invitationId } = options
  const result = await db.kysely
    .updateTable('invitations')
    .set({ revoked_at: now() })
    .where('id', '=', invitationId)
    .where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found')
  await recordAudit(db, {
    action: 'invitation_revoked',
    actorUserId: options.actorId,
    ip: options.ip,
    detail: { invitationId },
  })
}
