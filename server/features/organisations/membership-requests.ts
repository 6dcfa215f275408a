import { recordAudit } from '../../audit.ts'
import type { Services } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { notifyMembershipDecided } from '../../notifications/membership.ts'
import { now } from '../../util.ts'

/**
 * A manager confirms or declines that someone who picked their organisation at sign-up works
 * there. Until then the person is not a member: no colleague data, no team figures. A decline
 * leaves the account as it is, without organisation. Either way the person is mailed
 * (`membership.decided`, not optional). The caller has authorised the manager.
 */
export async function answerMembershipRequest(options: {
  services: Pick<Services, 'db' | 'mailer' | 'config'>
  organisationId: string
  userId: string
  actorId: string
  confirm: boolean
  ip: string
}): Promise<void> {
  const { services, organisationId, userId, confirm } = options
  const { db } = services
  const organisation = await db.kysely
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (!organisation) throw new AppError('not_found')
  // One conditional update: of two managers answering at once, only the first changes it.
  const result = await db.kysely
    .updateTable('users')
    .set(confirm ? { organisation_confirmed_at: now() } : { organisation_id: null })
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('organisation_confirmed_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found')
  await recordAudit(db, {
    action: 'organisation_changed',
    actorUserId: options.actorId,
    subjectUserId: userId,
    ip: options.ip,
    detail: { organisationId, request: confirm ? 'confirmed' : 'declined' },
  })
  await notifyMembershipDecided({
    services,
    userId,
    organisationName: organisation.name,
    confirmed: confirm,
  })
}
