import type { Services } from '../context.ts'
import { notify } from './notify.ts'

type MailServices = Pick<Services, 'db' | 'mailer' | 'config'>

/**
 * Tells the managers of an organisation that someone asked to join it at sign-up. Only
 * confirmed managers who can act on it are mailed; the mail names the person and links to
 * the requests on the organisation page. Never throws (see `notify`).
 */
export async function notifyMembershipRequested(options: {
  services: MailServices
  organisationId: string
  person: { name: string; email: string }
}): Promise<number> {
  const { services, organisationId, person } = options
  const managers = await findManagers(services, organisationId).catch((error: unknown) => {
    console.error('Melding membership.requested: leidinggevenden niet gevonden:', error)
    return null
  })
  if (!managers) return 0
  const { organisation, ids } = managers
  const link = `${services.config.baseUrl}/organisatie#aanvragen`
  return notify({
    services,
    kind: 'membership.requested',
    userIds: ids,
    compose: ({ locale }) =>
      locale === 'en'
        ? {
            subject: `${person.name} asks to join ${organisation.name} in Routekaart`,
            text: `${person.name} (${person.email}) created a Routekaart account and chose ${organisation.name} as their organisation. Only confirm this if they really work with you; until then they see no colleague data.\n\nConfirm or decline the request here:\n${link}`,
          }
        : {
            subject: `${person.name} vraagt om bij ${organisation.name} te horen in Routekaart`,
            text: `${person.name} (${person.email}) heeft een account in Routekaart gemaakt en koos daarbij ${organisation.name} als organisatie. Bevestig dit alleen als deze persoon echt bij jullie werkt. Tot die tijd ziet de persoon geen gegevens van collega's.\n\nBevestig of wijs de aanvraag af:\n${link}`,
          },
  })
}

/** The organisation and its confirmed managers: the people who can answer a request. */
async function findManagers(services: MailServices, organisationId: string) {
  const organisation = await services.db.kysely
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst()
  if (!organisation) return null
  const managers = await services.db.kysely
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.organisation_id', '=', organisationId)
    .where('users.organisation_confirmed_at', 'is not', null)
    .where('user_roles.role', '=', 'manager')
    .execute()
  return { organisation, ids: managers.map((m) => m.id) }
}

/**
 * Tells a person that a manager confirmed or refused their membership. Not optional: it is a
 * decision about them. Never throws (see `notify`).
 */
export async function notifyMembershipDecided(options: {
  services: MailServices
  userId: string
  organisationName: string
  confirmed: boolean
}): Promise<number> {
  const { services, userId, organisationName, confirmed } = options
  const link = `${services.config.baseUrl}/account`
  return notify({
    services,
    kind: 'membership.decided',
    userIds: [userId],
    compose: ({ locale }) => {
      if (locale === 'en') {
        return confirmed
          ? {
              subject: `You now belong to ${organisationName} in Routekaart`,
              text: `A manager of ${organisationName} confirmed that you work there. You can now share your self-scan or learning route with your manager if you want to.\n\n${link}`,
            }
          : {
              subject: `Your request to join ${organisationName} was declined`,
              text: `A manager of ${organisationName} declined your request to join the organisation in Routekaart. Your account stays as it is, without organisation; everything you made in it remains yours. Do you work there after all? Ask your manager to invite you.\n\n${link}`,
            }
      }
      return confirmed
        ? {
            subject: `Je hoort nu bij ${organisationName} in Routekaart`,
            text: `Een leidinggevende van ${organisationName} heeft bevestigd dat je daar werkt. Als je wilt, kun je je zelfscan of leerroute nu delen met je leidinggevende.\n\n${link}`,
          }
        : {
            subject: `Je aanvraag voor ${organisationName} is afgewezen`,
            text: `Een leidinggevende van ${organisationName} heeft je aanvraag om bij de organisatie te horen in Routekaart afgewezen. Je account blijft bestaan, zonder organisatie; alles wat je erin hebt gemaakt blijft van jou. Werk je er toch? Vraag je leidinggevende dan om je uit te nodigen.\n\n${link}`,
          }
    },
  })
}
