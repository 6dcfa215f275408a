import type { Locale } from '../../domain/roles.ts'
import type { OutgoingMail } from './mailer.ts'

const SIGNATURE = {
  nl: '\n\nMet vriendelijke groet,\nRoutekaart — Leven Lang Leren in de archiefsector',
  en: '\n\nKind regards,\nRoutekaart — Lifelong Learning in the archive sector',
}

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  nl: {
    professional: 'archiefprofessional',
    manager: 'leidinggevende / HRM',
    coach: 'coach',
    programme: 'programmateam',
    reviewer: 'meedenker',
    provider: 'opleidingsaanbieder',
    admin: 'beheerder',
  },
  en: {
    professional: 'archive professional',
    manager: 'manager / HR',
    coach: 'coach',
    programme: 'programme team',
    reviewer: 'reviewer',
    provider: 'training provider',
    admin: 'administrator',
  },
}

export function confirmEmailMail(
  to: string,
  locale: Locale,
  name: string,
  link: string,
): OutgoingMail {
  return locale === 'en'
    ? {
        to,
        subject: 'Confirm your e-mail address for Routekaart',
        text: `Dear ${name},\n\nWelcome to Routekaart. Confirm your e-mail address with this link (valid for 48 hours):\n\n${link}\n\nDid you not sign up? Then you can ignore this message.${SIGNATURE.en}`,
      }
    : {
        to,
        subject: 'Bevestig je e-mailadres voor Routekaart',
        text: `Beste ${name},\n\nWelkom bij Routekaart. Bevestig je e-mailadres met deze link (48 uur geldig):\n\n${link}\n\nHeb je je niet aangemeld? Dan kun je dit bericht negeren.${SIGNATURE.nl}`,
      }
}

export function resetPasswordMail(
  to: string,
  locale: Locale,
  name: string,
  link: string,
): OutgoingMail {
  return locale === 'en'
    ? {
        to,
        subject: 'Set a new password for Routekaart',
        text: `Dear ${name},\n\nSomeone asked to reset the password of your Routekaart account. Choose a new password with this link (valid for 1 hour, once):\n\n${link}\n\nDid you not ask for this? Then ignore this message; your password stays as it is.${SIGNATURE.en}`,
      }
    : {
        to,
        subject: 'Nieuw wachtwoord instellen voor Routekaart',
        text: `Beste ${name},\n\nEr is gevraagd om het wachtwoord van je Routekaart-account opnieuw in te stellen. Kies een nieuw wachtwoord met deze link (1 uur geldig, één keer te gebruiken):\n\n${link}\n\nHeb je dit niet gevraagd? Negeer dan dit bericht; je wachtwoord blijft hetzelfde.${SIGNATURE.nl}`,
      }
}

export function invitationMail(options: {
  to: string
  locale: Locale
  inviterName: string
  organisationName: string
  role: string
  link: string
}): OutgoingMail {
  const { to, locale, inviterName, organisationName, role, link } = options
  const roleName = ROLE_NAMES[locale][role] ?? role
  return locale === 'en'
    ? {
        to,
        subject: `${inviterName} invites you to Routekaart (${organisationName})`,
        text: `Hello,\n\n${inviterName} invites you to join ${organisationName} in Routekaart as ${roleName}. Routekaart helps archive professionals and institutions plan their lifelong learning.\n\nAccept the invitation with this link (valid for 14 days):\n\n${link}${SIGNATURE.en}`,
      }
    : {
        to,
        subject: `${inviterName} nodigt je uit voor Routekaart (${organisationName})`,
        text: `Hallo,\n\n${inviterName} nodigt je uit om als ${roleName} mee te doen met ${organisationName} in Routekaart. Routekaart helpt archiefprofessionals en archiefinstellingen om hun leven lang leren te plannen.\n\nNeem de uitnodiging aan met deze link (14 dagen geldig):\n\n${link}${SIGNATURE.nl}`,
      }
}

export function reviewInvitationMail(options: {
  to: string
  locale: Locale
  mapTitle: string
  roundTitle: string
  deadline: string
  link: string
  hasAccount: boolean
}): OutgoingMail {
  const { to, locale, mapTitle, roundTitle, deadline, link, hasAccount } = options
  return locale === 'en'
    ? {
        to,
        subject: `Help shape the knowledge map ${mapTitle}`,
        text: `Hello,\n\nThe programme team invites you to comment on the draft knowledge map ${mapTitle} (${roundTitle}). You can comment on every theme and objective, and propose new ones, until ${deadline}.\n\n${link}\n\n${hasAccount ? 'Sign in with your Routekaart account.' : 'You need a Routekaart account with this e-mail address; you can create one from the link.'}${SIGNATURE.en}`,
      }
    : {
        to,
        subject: `Denk mee over de kenniskaart ${mapTitle}`,
        text: `Hallo,\n\nHet programmateam nodigt je uit om mee te denken over de conceptversie van de kenniskaart ${mapTitle} (${roundTitle}). Je kunt tot en met ${deadline} reageren op elk thema en leerdoel, en nieuwe leerdoelen voorstellen.\n\n${link}\n\n${hasAccount ? 'Log in met je Routekaart-account.' : 'Je hebt een Routekaart-account met dit e-mailadres nodig; die maak je aan via de link.'}${SIGNATURE.nl}`,
      }
}

export function staleOfferingsMail(options: {
  to: string
  locale: Locale
  name: string
  offerings: { title: string; provider: string; lastReviewedAt: string }[]
  link: string
}): OutgoingMail {
  const { to, locale, name, offerings, link } = options
  const list = offerings.map((o) => `- ${o.title} (${o.provider}, ${o.lastReviewedAt})`).join('\n')
  return locale === 'en'
    ? {
        to,
        subject:
          offerings.length === 1
            ? 'Is your offering in Routekaart still up to date?'
            : `Are your ${offerings.length} offerings in Routekaart still up to date?`,
        text: `Dear ${name},\n\nNobody has checked these offerings in the Routekaart catalogue for more than a year (last checked on the date shown), so they are now marked as possibly outdated:\n\n${list}\n\nPlease check each one: change what is no longer right and save it, mark it as checked, or archive it if it is no longer offered.\n\n${link}${SIGNATURE.en}`,
      }
    : {
        to,
        subject:
          offerings.length === 1
            ? 'Klopt je aanbod in Routekaart nog?'
            : `Klopt je aanbod in Routekaart nog? (${offerings.length} onderdelen)`,
        text: `Beste ${name},\n\nHet aanbod hieronder is in Routekaart al meer dan een jaar niet nagekeken (laatst nagekeken op de datum erbij). Daarom staat het nu als 'mogelijk verouderd' in het opleidingsaanbod:\n\n${list}\n\nWil je elk onderdeel nakijken? Pas aan wat niet meer klopt en sla het op, zeg dat het nog klopt, of archiveer het als je het niet meer aanbiedt.\n\n${link}${SIGNATURE.nl}`,
      }
}

export function activityRemindersMail(options: {
  to: string
  locale: Locale
  name: string
  activities: { title: string; goal: string; start: string }[]
  link: string
}): OutgoingMail {
  const { to, locale, name, activities, link } = options
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
      new Date(`${iso}T12:00:00Z`),
    )
  return locale === 'en'
    ? {
        to,
        subject:
          activities.length === 1
            ? `Coming up in your learning route: ${activities[0]!.title}`
            : `Coming up in your learning route: ${activities.length} activities`,
        text: `Dear ${name},\n\nA reminder of what you planned in your learning route:\n\n${activities.map((a) => `- ${date(a.start)}: ${a.title} (goal: ${a.goal})`).join('\n')}\n\nIn your route you can mark your progress or move the date.\n\n${link}${SIGNATURE.en}`,
      }
    : {
        to,
        subject:
          activities.length === 1
            ? `Binnenkort in je leerroute: ${activities[0]!.title}`
            : `Binnenkort in je leerroute: ${activities.length} activiteiten`,
        text: `Beste ${name},\n\nEen herinnering aan wat je in je leerroute hebt gepland:\n\n${activities.map((a) => `- ${date(a.start)}: ${a.title} (leerdoel: ${a.goal})`).join('\n')}\n\nIn je leerroute kun je bijhouden hoe het gaat of de datum verzetten.\n\n${link}${SIGNATURE.nl}`,
      }
}
