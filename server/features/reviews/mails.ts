import type { Locale } from '../../../domain/roles.ts'
import type { Services } from '../../context.ts'
import { notify } from '../../notifications/notify.ts'

// Mails of review rounds, through the shared notifications (each person's language and
// opt-outs). Only metadata — map, round, a link — never a comment's words.

interface RoundFacts {
  mapTitle: string
  roundTitle: string
  link: string
}

function roundClosedText(locale: Locale, facts: RoundFacts) {
  const { mapTitle, roundTitle, link } = facts
  return locale === 'en'
    ? {
        subject: `The review round on ${mapTitle} has closed`,
        text: `The review round "${roundTitle}" on the kenniskaart ${mapTitle} has closed; no new comments can be added. Thank you for thinking along. You can still read the round and the programme team's answers:\n\n${link}`,
      }
    : {
        subject: `De reviewronde over ${mapTitle} is gesloten`,
        text: `De reviewronde "${roundTitle}" over de kenniskaart ${mapTitle} is gesloten; er kunnen geen nieuwe reacties meer bij. Dank je wel voor het meedenken. Je kunt de ronde en de antwoorden van het programmateam nog lezen:\n\n${link}`,
      }
}

function commentAnsweredText(locale: Locale, facts: RoundFacts) {
  const { mapTitle, roundTitle, link } = facts
  return locale === 'en'
    ? {
        subject: `The programme team answered your comment on ${mapTitle}`,
        text: `The programme team has answered your comment or proposal in the review round "${roundTitle}" on the kenniskaart ${mapTitle}. Read the answer here:\n\n${link}`,
      }
    : {
        subject: `Het programmateam heeft gereageerd op je reactie over ${mapTitle}`,
        text: `Het programmateam heeft je reactie of voorstel in de reviewronde "${roundTitle}" over de kenniskaart ${mapTitle} beantwoord. Lees het antwoord hier:\n\n${link}`,
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

/**
 * Tells the participants of each round that it closed (`review.round.closed`). Invitees
 * without an account yet are not mailed: they have not joined the round. Call after commit.
 */
export async function tellRoundsClosed(services: Services, roundIds: readonly string[]) {
  for (const roundId of roundIds) {
    const facts = await factsOf(services, roundId)
    const participants = await services.db.kysely
      .selectFrom('review_participants')
      .select('user_id')
      .where('round_id', '=', roundId)
      .where('user_id', 'is not', null)
      .execute()
    await notify({
      services,
      kind: 'review.round.closed',
      userIds: participants.map((p) => p.user_id!),
      compose: ({ locale }) => roundClosedText(locale, facts),
    })
  }
}

/** Tells a comment's author that the programme team answered, adopted or declined it. */
export async function tellCommentAnswered(
  services: Services,
  options: { roundId: string; userId: string },
) {
  const facts = await factsOf(services, options.roundId)
  await notify({
    services,
    kind: 'review.comment.answered',
    userIds: [options.userId],
    compose: ({ locale }) => commentAnsweredText(locale, facts),
  })
}
