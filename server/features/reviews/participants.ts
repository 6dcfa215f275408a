import type { z } from 'zod'
import type { addParticipantsInput } from '../../../domain/schemas/reviews.ts'
import { forgetCachedSessions } from '../../auth/sessions.ts'
import type { Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { reviewInvitationMail } from '../../mail/templates.ts'
import { newId, now } from '../../util.ts'
import { findRound } from './queries.ts'

/** Gives a person the reviewer role, once: an existing role is left as it is. */
export async function grantReviewerRole(db: Db, userId: string) {
  await db.kysely
    .insertInto('user_roles')
    .values({ user_id: userId, role: 'reviewer' })
    .onConflict((oc) => oc.columns(['user_id', 'role']).doNothing())
    .execute()
}

/**
 * Invites addresses to a round: known accounts are linked (and get the reviewer role), others
 * are linked once they sign up with that address. Each new invitee gets a mail.
 */
export async function inviteToRound(options: {
  services: Services
  round: { id: string; title: string; deadline: string }
  map: { slug: string; title: string }
  emails: string[]
}) {
  const { services, round, map, emails } = options
  const { db } = services
  const invited = await db.kysely
    .selectFrom('review_participants')
    .select('email')
    .where('round_id', '=', round.id)
    .execute()
  const already = new Set(invited.map((p) => p.email))
  for (const email of [...new Set(emails)].filter((e) => !already.has(e))) {
    const user = await db.kysely
      .selectFrom('users')
      .select(['id', 'name', 'locale'])
      .where('email', '=', email)
      .executeTakeFirst()
    await db.kysely
      .insertInto('review_participants')
      .values({
        id: newId(),
        round_id: round.id,
        email,
        user_id: user?.id ?? null,
        invited_at: now(),
      })
      .execute()
    if (user) await grantReviewerRole(db, user.id)
    await services.mailer.send(
      reviewInvitationMail({
        to: email,
        locale: user?.locale === 'en' ? 'en' : 'nl',
        mapTitle: map.title,
        roundTitle: round.title,
        deadline: round.deadline,
        link: `${services.config.baseUrl}/meedenken/${round.id}`,
        hasAccount: user !== undefined,
      }),
    )
  }
}

/** More reviewers for a round that is not closed by hand or by publishing. */
export async function addReviewParticipants(options: {
  services: Services
  roundId: string
  input: z.output<typeof addParticipantsInput>
}) {
  const { services, roundId, input } = options
  const round = await findRound(services.db, roundId)
  if (round.closed_at) throw new AppError('round_closed')
  const map = await services.db.kysely
    .selectFrom('knowledge_maps')
    .select(['slug', 'title'])
    .where('id', '=', round.map_id)
    .executeTakeFirstOrThrow()
  await inviteToRound({ services, round, map, emails: input.emails })
}

/**
 * Links the rounds a person was invited to by address before they had an account, once they
 * are signed in with that (confirmed) address, and gives them the reviewer role, so the rounds
 * show up under Meedenken like any other invitation.
 */
export async function claimReviewInvitations(db: Db, user: { id: string; email: string }) {
  const result = await db.kysely
    .updateTable('review_participants')
    .set({ user_id: user.id })
    .where('email', '=', user.email)
    .where('user_id', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) return
  await grantReviewerRole(db, user.id)
  // Also run on reads (a fallback to sign-in's claim): a cached session must learn the role.
  forgetCachedSessions(db)
}
