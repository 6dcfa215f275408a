import { recordAudit } from '../../audit.ts'
import { hashPassword } from '../../auth/passwords.ts'
import { endAllSessions } from '../../auth/sessions.ts'
import {
  consumeToken,
  endResetTokens,
  issueToken,
  RESET_PASSWORD_TTL_MS,
} from '../../auth/tokens.ts'
import type { Services } from '../../context.ts'
import { resetPasswordMail } from '../../mail/templates.ts'
import { now } from '../../util.ts'
import { findUserByEmail } from '../account/queries.ts'

/** Mails a reset link when the address has an active account; silent otherwise. */
export async function requestPasswordReset(options: {
  services: Services
  email: string
  ip: string
}): Promise<void> {
  const { services, email, ip } = options
  const user = await findUserByEmail(services.db, email)
  if (!user || user.disabled_at) return
  const token = await issueToken(services.db, user.id, 'reset_password', RESET_PASSWORD_TTL_MS)
  await recordAudit(services.db, { action: 'password_reset_requested', subjectUserId: user.id, ip })
  const link = `${services.config.baseUrl}/wachtwoord-herstellen?token=${token}`
  const locale = user.locale === 'en' ? 'en' : 'nl'
  await services.mailer.send(resetPasswordMail(user.email, locale, user.name, link))
}

/**
 * Sets a new password with a mailed token and ends every session and every other reset link
 * of the account. Following the link also proves the address, so an unconfirmed account
 * becomes confirmed.
 */
export async function completePasswordReset(options: {
  services: Services
  token: string
  password: string
  ip: string
}): Promise<void> {
  const { services, token, password, ip } = options
  const { db } = services
  const passwordHash = await hashPassword(password)
  const userId = await consumeToken(db, token, 'reset_password')
  const user = await db.kysely
    .selectFrom('users')
    .select('email_confirmed_at')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  await db.kysely
    .updateTable('users')
    .set({ password_hash: passwordHash, email_confirmed_at: user.email_confirmed_at ?? now() })
    .where('id', '=', userId)
    .execute()
  await endAllSessions(db, userId)
  await endResetTokens(db, userId)
  await recordAudit(db, {
    action: 'password_reset',
    actorUserId: userId,
    subjectUserId: userId,
    ip,
  })
}

/** Confirms an e-mail address with a mailed token. */
export async function confirmEmail(options: { services: Services; token: string; ip: string }) {
  const { db } = options.services
  const userId = await consumeToken(db, options.token, 'confirm_email')
  await db.kysely
    .updateTable('users')
    .set({ email_confirmed_at: now() })
    .where('id', '=', userId)
    .where('email_confirmed_at', 'is', null)
    .execute()
  await recordAudit(db, {
    action: 'email_confirmed',
    actorUserId: userId,
    subjectUserId: userId,
    ip: options.ip,
  })
}
