import type { Services } from '../context.ts'
import { notify } from './notify.ts'

/** What was shared: a zelfscan on a kenniskaart, or one's leerroute. */
export type SharedThing = { kind: 'self-scan'; mapTitle: string } | { kind: 'route' }

/**
 * Tells a manager or coach that someone newly shared a zelfscan or their leerroute with them.
 * The mail names the owner and what was shared, and links to "Gedeeld met mij" — it never
 * carries scores, goals or answers. Optional (`share.received`). Never throws (see `notify`).
 */
export async function notifyShareReceived(options: {
  services: Pick<Services, 'db' | 'mailer' | 'config'>
  granteeId: string
  ownerName: string
  shared: SharedThing
}): Promise<number> {
  const { services, granteeId, ownerName, shared } = options
  const link = `${services.config.baseUrl}/gedeeld-met-mij`
  return notify({
    services,
    kind: 'share.received',
    userIds: [granteeId],
    compose: ({ locale }) => {
      if (locale === 'en') {
        const what =
          shared.kind === 'self-scan'
            ? `their self-scan on the knowledge map ${shared.mapTitle}`
            : 'their learning route'
        return {
          subject: `${ownerName} shared ${what} with you`,
          text: `${ownerName} shared ${what} with you in Routekaart. Sign in to read it; ${ownerName} can see when you viewed it, and can stop sharing at any time.\n\n${link}`,
        }
      }
      const what =
        shared.kind === 'self-scan'
          ? `een zelfscan op de kenniskaart ${shared.mapTitle}`
          : 'de eigen leerroute'
      return {
        subject: `${ownerName} deelt ${what} met je`,
        text: `${ownerName} heeft ${what} met je gedeeld in Routekaart. Log in om die te bekijken. ${ownerName} ziet wanneer je hebt gekeken en kan het delen altijd stoppen.\n\n${link}`,
      }
    },
  })
}
