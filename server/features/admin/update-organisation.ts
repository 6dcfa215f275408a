import type { z } from 'zod'
import type { organisationInput } from '../../../domain/schemas/account.ts'
import { recordAudit } from '../../audit.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'

/**
 * Changes an organisation's name, kind and city, and logs who did.
 * The caller has authorised an administrator.
 *
 * @throws AppError('not_found') when there is no such organisation
 */
export async function updateOrganisation(options: {
  db: Db
  actorId: string
  organisationId: string
  input: z.output<typeof organisationInput>
  ip: string
}): Promise<void> {
  const { db, actorId, organisationId, input, ip } = options
  const result = await db.kysely
    .updateTable('organisations')
    .set(input)
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found')
  await recordAudit(db, {
    action: 'organisation_updated',
    actorUserId: actorId,
    ip,
    detail: { id: organisationId },
  })
}
