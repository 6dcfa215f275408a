import type { Db } from '../db/connection.ts'
import type { TokenTable } from '../db/schema.ts'
import { AppError } from '../errors.ts'
import { hashToken, inMs, newId, now, randomToken } from '../util.ts'

export const CONFIRM_EMAIL_TTL_MS = 48 * 3_600_000
export const RESET_PASSWORD_TTL_MS = 3_600_000

/** Creates a single-use token for a mailed link and returns its secret (stored only hashed). */
export async function issueToken(
  db: Db,
  userId: string,
  purpose: TokenTable['purpose'],
  ttlMs: number,
): Promise<string> {
  const token = randomToken()
  await db.kysely
    .insertInto('tokens')
    .values({
      id: newId(),
      token_hash: hashToken(token),
      purpose,
      user_id: userId,
      expires_at: inMs(ttlMs),
      used_at: null,
      created_at: now(),
    })
    .execute()
  return token
}

/**
 * Marks a token used and returns its user id. Unknown, expired and used tokens each get their
 * own error. The update is conditional, so two requests racing with one link cannot both win.
 */
export async function consumeToken(
  db: Db,
  token: string,
  purpose: TokenTable['purpose'],
): Promise<string> {
  const row = await db.kysely
    .selectFrom('tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst()
  if (!row) throw new AppError('token_invalid')
  if (row.used_at) throw new AppError('token_used')
  if (Date.parse(row.expires_at) <= Date.now()) throw new AppError('token_expired')
  const result = await db.kysely
    .updateTable('tokens')
    .set({ used_at: now() })
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('token_used')
  return row.user_id
}

/**
 * Ends every outstanding password-reset link of an account: once its password has been set
 * (by a completed reset or a change), an older link mailed before must not set it again.
 */
export async function endResetTokens(db: Db, userId: string): Promise<void> {
  await db.kysely
    .updateTable('tokens')
    .set({ used_at: now() })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'reset_password')
    .where('used_at', 'is', null)
    .execute()
}
