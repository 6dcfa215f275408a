import type { z } from 'zod'
import type { profileUpdateInput } from '../../../domain/schemas/account.ts'
import { recordAudit } from '../../audit.ts'
import { hashPassword, verifyPassword } from '../../auth/passwords.ts'
import { endAllSessions } from '../../auth/sessions.ts'
import { endResetTokens } from '../../auth/tokens.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { erasePersonalData } from '../../privacy/erase-personal-data.ts'

export async function updateProfile(options: {
  db: Db
  userId: string
  input: z.output<typeof profileUpdateInput>
}): Promise<void> {
  const { name, locale, audience } = options.input
  const changes = {
    ...(name !== undefined ? { name } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(audience !== undefined ? { audience } : {}),
  }
  if (Object.keys(changes).length === 0) return
  await options.db.kysely
    .updateTable('users')
    .set(changes)
    .where('id', '=', options.userId)
    .execute()
}

async function checkPassword(db: Db, userId: string, password: string): Promise<void> {
  const row = await db.kysely
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError('validation_failed', [
      { field: 'currentPassword', code: 'password_incorrect' },
    ])
  }
}

/** Changes the password after checking the current one; other sessions and reset links end. */
export async function changePassword(options: {
  db: Db
  user: CurrentUser
  currentPassword: string
  newPassword: string
  ip: string
}): Promise<void> {
  const { db, user } = options
  await checkPassword(db, user.id, options.currentPassword)
  const passwordHash = await hashPassword(options.newPassword)
  await db.kysely
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', user.id)
    .execute()
  await endAllSessions(db, user.id, user.sessionId)
  await endResetTokens(db, user.id)
  await recordAudit(db, {
    action: 'password_changed',
    actorUserId: user.id,
    subjectUserId: user.id,
    ip: options.ip,
  })
}

/** Erases the account after checking the password. The erasure itself is logged without a name. */
export async function eraseAccount(options: {
  db: Db
  user: CurrentUser
  password: string
  ip: string
}): Promise<void> {
  const { db, user } = options
  const row = await db.kysely
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow()
  if (!(await verifyPassword(row.password_hash, options.password))) {
    throw new AppError('validation_failed', [{ field: 'password', code: 'password_incorrect' }])
  }
  await erasePersonalData(db, user.id)
  await recordAudit(db, { action: 'account_erased' })
}
