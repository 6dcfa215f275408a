import type { Session } from '../../../domain/api/auth.ts'
import { recordAudit } from '../../audit.ts'
import { verifyAgainstNothing, verifyPassword } from '../../auth/passwords.ts'
import { createSession } from '../../auth/sessions.ts'
import type { Services } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { findMe, findUserByEmail } from '../account/queries.ts'
import { claimReviewInvitations } from '../reviews/participants.ts'

/**
 * Checks the password and starts a new session. Refuses while the account or the address
 * has too many recent failures. The confirmation and disabled checks come after the password,
 * so they tell nothing to someone who does not know it.
 */
export async function signIn(options: {
  services: Services
  email: string
  password: string
  ip: string
}): Promise<{ token: string; session: Session }> {
  const { services, email, password, ip } = options
  const { db, loginLimiter } = services
  if (loginLimiter.isBlocked(email, ip)) {
    await recordAudit(db, { action: 'sign_in_blocked', ip, detail: { email } })
    throw new AppError('rate_limited')
  }
  const user = await findUserByEmail(db, email)
  const valid = user ? await verifyPassword(user.password_hash, password) : false
  if (!user) await verifyAgainstNothing(password)
  if (!user || !valid) {
    loginLimiter.recordFailure(email, ip)
    await recordAudit(db, {
      action: 'sign_in_failed',
      subjectUserId: user?.id ?? null,
      ip,
      detail: user ? {} : { email },
    })
    throw new AppError('invalid_credentials')
  }
  if (user.disabled_at) throw new AppError('account_disabled')
  if (!user.email_confirmed_at) throw new AppError('email_not_confirmed')
  // Review rounds this address was invited to before it had an account are linked now, on
  // this state change, so the new session already carries the reviewer role.
  await claimReviewInvitations(db, user)
  loginLimiter.recordSuccess(email)
  const { token, csrfToken } = await createSession({ db, config: services.config, userId: user.id })
  await recordAudit(db, { action: 'sign_in', actorUserId: user.id, subjectUserId: user.id, ip })
  return { token, session: { user: await findMe(db, user.id), csrfToken } }
}
