import { isOptionalNotification, type NotificationKind } from '../../domain/notifications.ts'
import type { Locale } from '../../domain/roles.ts'
import type { Services } from '../context.ts'

/** What a notification's text may use about its recipient. */
export interface Recipient {
  locale: Locale
  name: string
}

/** The body of a notification mail: subject and the paragraphs between greeting and signature. */
export interface NotificationText {
  subject: string
  text: string
}

const GREETING = { nl: (name: string) => `Beste ${name},`, en: (name: string) => `Dear ${name},` }

const SIGNATURE = {
  nl: 'Met vriendelijke groet,\nRoutekaart — Leven Lang Leren in de archiefsector',
  en: 'Kind regards,\nRoutekaart — Lifelong Learning in the archive sector',
}

const OPT_OUT = {
  nl: (link: string) =>
    `Wil je deze berichten niet meer ontvangen? Zet ze uit bij je account:\n${link}`,
  en: (link: string) =>
    `Rather not receive these messages? Turn them off in your account:\n${link}`,
}

/** Where a person turns notifications on or off (the account page's section). */
export const NOTIFICATION_SETTINGS_PATH = '/account#meldingen'

/**
 * Mails a notification of `kind` to each of `userIds`, each in their own language. It skips
 * people who cannot or do not want to get it: disabled accounts, unconfirmed e-mail addresses
 * (an address someone typed is not yet theirs to be mailed about others), and — for optional
 * kinds — people who turned the kind off. `compose` writes subject and body for one
 * recipient; the greeting, a link to turn optional kinds off and the signature are added here.
 *
 * Keep the text to metadata — who did what, of what kind, and a link into Routekaart —
 * never scores, answers or comment texts: mail leaves our hands.
 *
 * Call it after the action has been committed (not inside a transaction). It never throws:
 * a mail that cannot be sent is logged and the action that caused it stands. Returns how many
 * mails were sent.
 *
 * @example
 * await notify({
 *   services: c.var.services,
 *   kind: 'share.received',
 *   userIds: [granteeId],
 *   compose: ({ locale }) => shareReceivedText({ locale, ownerName, link }),
 * })
 */
export async function notify(options: {
  services: Pick<Services, 'db' | 'mailer' | 'config'>
  kind: NotificationKind
  userIds: readonly string[]
  compose: (recipient: Recipient) => NotificationText
}): Promise<number> {
  const { services, kind, compose } = options
  const userIds = [...new Set(options.userIds)]
  if (userIds.length === 0) return 0
  let sent = 0
  try {
    const recipients = await findRecipients(services, kind, userIds)
    for (const recipient of recipients) {
      try {
        const locale: Locale = recipient.locale === 'en' ? 'en' : 'nl'
        const { subject, text } = compose({ locale, name: recipient.name })
        const parts = [GREETING[locale](recipient.name), text.trim()]
        if (isOptionalNotification(kind)) {
          parts.push(OPT_OUT[locale](`${services.config.baseUrl}${NOTIFICATION_SETTINGS_PATH}`))
        }
        parts.push(SIGNATURE[locale])
        await services.mailer.send({ to: recipient.email, subject, text: parts.join('\n\n') })
        sent += 1
      } catch (error) {
        console.error(`Melding '${kind}' niet verstuurd naar ${recipient.id}:`, error)
      }
    }
  } catch (error) {
    console.error(`Melding '${kind}' niet verstuurd:`, error)
  }
  return sent
}

async function findRecipients(
  services: Pick<Services, 'db'>,
  kind: NotificationKind,
  userIds: string[],
) {
  let query = services.db.kysely
    .selectFrom('users')
    .select(['users.id', 'users.email', 'users.name', 'users.locale'])
    .where('users.id', 'in', userIds)
    .where('users.disabled_at', 'is', null)
    .where('users.email_confirmed_at', 'is not', null)
  if (isOptionalNotification(kind)) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notification_optouts')
            .select('notification_optouts.user_id')
            .whereRef('notification_optouts.user_id', '=', 'users.id')
            .where('notification_optouts.kind', '=', kind),
        ),
      ),
    )
  }
  return query.orderBy('users.id').execute()
}
