import type { z } from 'zod'
import type { signUpInput } from '../../../domain/schemas/account.ts'
import { recordAudit } from '../../audit.ts'
import { hashPassword } from '../../auth/passwords.ts'
import { CONFIRM_EMAIL_TTL_MS, issueToken } from '../../auth/tokens.ts'
import type { Services } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { confirmEmailMail } from '../../mail/templates.ts'
import { notifyMembershipRequested } from '../../notifications/membership.ts'
import { newId, now } from '../../util.ts'
import { findUserByEmail } from '../account/queries.ts'

/**
 * Creates an unconfirmed professional account and mails the confirmation link. A second
 * sign-up with the same address is refused and changes nothing. Choosing an organisation asks
 * to join it: its managers are mailed (`membership.requested`).
 */
export async function signUpProfessional(options: {
  services: Services
  input: z.output<typeof signUpInput>
  ip: string
}): Promise<void> {
  const { services, input, ip } = options
  const { db } = services
  if (await findUserByEmail(db, input.email)) throw new AppError('email_taken')
  if (input.organisationId) {
    const organisation = await db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', input.organisationId)
      .executeTakeFirst()
    if (!organisation) {
      throw new AppError('validation_failed', [{ field: 'organisationId', code: 'invalid_choice' }])
    }
  }
  const passwordHash = await hashPassword(input.password)
  const userId = newId()
  let token: string
  try {
    token = await db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({
          id: userId,
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          email_confirmed_at: null,
          organisation_id: input.organisationId,
          // Choosing an organisation is a request: its managers confirm it (or not).
          organisation_confirmed_at: null,
          locale: input.locale,
          audience: input.audience,
          disabled_at: null,
          is_demo: 0,
          created_at: now(),
        })
        .execute()
      await trx.insertInto('user_roles').values({ user_id: userId, role: 'professional' }).execute()
      return issueToken({ ...db, kysely: trx }, userId, 'confirm_email', CONFIRM_EMAIL_TTL_MS)
    })
  } catch (error) {
    // Two sign-ups racing with one address: the unique index decides, the loser hears why.
    if (await findUserByEmail(db, input.email)) throw new AppError('email_taken')
    throw error
  }
  await recordAudit(db, { action: 'sign_up', actorUserId: userId, subjectUserId: userId, ip })
  const link = `${services.config.baseUrl}/e-mail-bevestigen?token=${token}`
  await services.mailer.send(confirmEmailMail(input.email, input.locale, input.name, link))
  if (input.organisationId) {
    await notifyMembershipRequested({
      services,
      organisationId: input.organisationId,
      person: { name: input.name, email: input.email },
    })
  }
}

/** Mails a fresh confirmation link to an unconfirmed account; silent otherwise. */
export async function resendConfirmation(options: {
  services: Services
  email: string
}): Promise<void> {
  const { services, email } = options
  const user = await findUserByEmail(services.db, email)
  if (!user || user.email_confirmed_at || user.disabled_at) return
  const token = await issueToken(services.db, user.id, 'confirm_email', CONFIRM_EMAIL_TTL_MS)
  const link = `${services.config.baseUrl}/e-mail-bevestigen?token=${token}`
  const locale = user.locale === 'en' ? 'en' : 'nl'
  await services.mailer.send(confirmEmailMail(user.email, locale, user.name, link))
}
