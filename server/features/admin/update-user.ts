import type { z } from 'zod'
import type { userUpdateInput } from '../../../domain/schemas/account.ts'
import { recordAudit } from '../../audit.ts'
import { endAllSessions } from '../../auth/sessions.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import { rolesOf } from '../account/queries.ts'

/**
 * Changes an account's roles, organisation or disabled state, each change in the audit log.
 * At least one enabled administrator always remains. Disabling ends the person's sessions.
 */
export async function updateUser(options: {
  db: Db
  actorId: string
  userId: string
  input: z.output<typeof userUpdateInput>
  ip: string
}): Promise<void> {
  const { db, actorId, userId, input, ip } = options
  const user = await db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!user) throw new AppError('not_found')
  if (input.organisationId) {
    const exists = await db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', input.organisationId)
      .executeTakeFirst()
    if (!exists)
      throw new AppError('validation_failed', [{ field: 'organisationId', code: 'invalid_choice' }])
  }
  const before = await rolesOf(db, userId)
  const losesAdmin =
    before.includes('admin') &&
    ((input.roles !== undefined && !input.roles.includes('admin')) || input.disabled === true)
  await db.kysely.transaction().execute(async (trx) => {
    if (losesAdmin) {
      const others = await trx
        .selectFrom('user_roles')
        .innerJoin('users', 'users.id', 'user_roles.user_id')
        .select('users.id')
        .where('user_roles.role', '=', 'admin')
        .where('users.disabled_at', 'is', null)
        .where('users.id', '!=', userId)
        .execute()
      if (others.length === 0) throw new AppError('last_admin')
    }
    if (input.roles !== undefined) {
      await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute()
      if (input.roles.length > 0) {
        await trx
          .insertInto('user_roles')
          .values(input.roles.map((role) => ({ user_id: userId, role })))
          .execute()
      }
    }
    if (input.organisationId !== undefined) {
      await trx
        .updateTable('users')
        .set({
          organisation_id: input.organisationId,
          organisation_confirmed_at: input.organisationId ? now() : null,
        })
        .where('id', '=', userId)
        .execute()
    }
    if (input.disabled !== undefined) {
      await trx
        .updateTable('users')
        .set({ disabled_at: input.disabled ? (user.disabled_at ?? now()) : null })
        .where('id', '=', userId)
        .execute()
    }
  })
  const audit = { actorUserId: actorId, subjectUserId: userId, ip }
  if (input.roles !== undefined && [...input.roles].sort().join() !== before.join()) {
    await recordAudit(db, {
      ...audit,
      action: 'roles_changed',
      detail: { from: before, to: [...input.roles].sort() },
    })
  }
  if (input.organisationId !== undefined && input.organisationId !== user.organisation_id) {
    await recordAudit(db, {
      ...audit,
      action: 'organisation_changed',
      detail: { from: user.organisation_id, to: input.organisationId },
    })
  }
  if (input.disabled !== undefined && input.disabled !== (user.disabled_at !== null)) {
    await recordAudit(db, {
      ...audit,
      action: input.disabled ? 'account_disabled' : 'account_enabled',
    })
    if (input.disabled) await endAllSessions(db, userId)
  }
}
