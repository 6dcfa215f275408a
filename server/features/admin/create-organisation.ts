import type { z } from 'zod'
import type { organisationInput } from '../../../domain/schemas/account.ts'
import { recordAudit } from '../../audit.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'

/** Adds an archive institution and logs who did. The caller has authorised an administrator. */
export async function createOrganisation(options: {
  db: Db
  actorId: string
  input: z.output<typeof organisationInput>
  ip: string
}): Promise<string> {
  const { db, actorId, input, ip } = options
  const id = newId()
  await db.kysely
    .insertInto('organisations')
    .values({ id, ...input, is_demo: 0, created_at: now() })
    .execute()
  await recordAudit(db, {
    action: 'organisation_created',
    actorUserId: actorId,
    ip,
    detail: { id },
  })
  return id
}
