import type { Locale } from '../../../domain/roles.ts'
import type { Services } from '../../context.ts'
import type { OutgoingMail } from '../../mail/mailer.ts'

// Mails of review rounds. Only metadata (map, round, a link), never a comment's words: a mail
// may be read by others than its addressee.

const SIGNATURE = {
  nl: '\n\nMet vriendelijke groet,\nRoutekaart — Leven Lang Leren in de archiefsector',
  en: '\n\nKind regards,\nRoutekaart — Lifelong Learning in the archive sector',
}

interface RoundFacts {
  mapTitle: string
  roundTitle: string
  link: string
}

function roundClosedMail(to: string, locale: Locale, facts: RoundFacts): OutgoingMail {
  const { mapTitle, roundTitle, link } = facts
  return locale === 'en'
    ? {
        to,
        subject: `The review round on ${mapTitle} has closed`,
        text: `Hello,\n\nThe review round "${roundTitle}" on the kenniskaart ${mapTitle} has closed; no new comments can be added. Thank you for thinking along. You can still read the round and the programme team's answers:\n\n${link}${SIGNATURE.en}`,
      }
    : {
        to,
        subject: `De reviewronde over ${mapTitle} is gesloten`,
        text: `Hallo,\n\nDe reviewronde "${roundTitle}" over de kenniskaart ${mapTitle} is gesloten; er kunnen geen nieuwe reacties meer bij. Dank je wel voor het meedenken. Je kunt de ronde en de antwoorden van het programmateam nog lezen:\n\n${link}${SIGNATURE.nl}`,
      }
}

function commentAnsweredMail(to: string, locale: Locale, facts: RoundFacts): OutgoingMail {
  const { mapTitle, roundTitle, link } = facts
  return locale === 'en'
    ? {
        to,
        subject: `The programme team answered your comment on ${mapTitle}`,
        text: `Hello,\n\nThe programme team has answered your comment or proposal in the review round "${roundTitle}" on the kenniskaart ${mapTitle}. Read the answer here:\n\n${link}${SIGNATURE.en}`,
      }
    : {
        to,
        subject: `Het programmateam heeft gereageerd op je reactie over ${mapTitle}`,
        text: `Hallo,\n\nHet programmateam heeft je reactie of voorstel in de reviewronde "${roundTitle}" over de kenniskaart ${mapTitle} beantwoord. Lees het antwoord hier:\n\n${link}${SIGNATURE.nl}`,
      }
}

async function factsOf(services: Services, roundId: string): Promise<RoundFacts> {
  const round = await services.db.kysely
    .selectFrom('review_rounds')
    .innerJoin('knowledge_maps', 'knowledge_maps.id', 'review_rounds.map_id')
    .select(['review_rounds.title', 'knowledge_maps.title as mapTitle'])
    .where('review_rounds.id', '=', roundId)
    .executeTakeFirstOrThrow()
  return {
    mapTitle: round.mapTitle,
    roundTitle: round.title,
    link: `${services.config.baseUrl}/meedenken/${roundId}`,
  }
}

/** Tells every participant of each round (in their language) that it has closed. */
export async function tellRoundsClosed(services: Services, roundIds: readonly string[]) {
  for (const roundId of roundIds) {
    const facts = await factsOf(services, roundId)
    const participants = await services.db.kysely
      .selectFrom('review_participants')
      .leftJoin('users', 'users.id', 'review_participants.user_id')
      .select(['review_participants.email', 'users.locale', 'users.disabled_at'])
      .where('round_id', '=', roundId)
      .execute()
    for (const p of participants) {
      if (p.disabled_at) continue
      await services.mailer.send(roundClosedMail(p.email, p.locale === 'en' ? 'en' : 'nl', facts))
    }
  }
}

/** Tells a comment's author that the programme team answered, adopted or declined it. */
export async function tellCommentAnswered(
  services: Services,
  options: { roundId: string; userId: string },
) {
  const user = await services.db.kysely
    .selectFrom('users')
    .select(['email', 'locale', 'disabled_at'])
    .where('id', '=', options.userId)
    .executeTakeFirst()
  if (!user || user.disabled_at) return
  const facts = await factsOf(services, options.roundId)
  await services.mailer.send(
    commentAnsweredMail(user.email, user.locale === 'en' ? 'en' : 'nl', facts),
  )
}
