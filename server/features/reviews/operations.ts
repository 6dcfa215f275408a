import type { z } from 'zod'
import type {
  addParticipantsInput,
  commentInput,
  createRoundInput,
  responseInput,
} from '../../../domain/schemas/reviews.ts'
import { forgetCachedSessions } from '../../auth/sessions.ts'
import type { Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { reviewInvitationMail } from '../../mail/templates.ts'
import { newId, now } from '../../util.ts'
import { findDraft } from '../knowledge-maps/draft.ts'
import { forgetTrees } from '../knowledge-maps/tree-cache.ts'
import { findRound, isOpen } from './queries.ts'

/**
 * Invites addresses to a round: known accounts are linked (and get the reviewer role), others
 * are linked once they sign up with that address. Each new invitee gets a mail.
 */
async function invite(
  services: Services,
  round: { id: string; title: string; deadline: string },
  map: { slug: string; title: string },
  emails: string[],
) {
  const { db } = services
  const already = new Set(
    (
      await db.kysely
        .selectFrom('review_participants')
        .select('email')
        .where('round_id', '=', round.id)
        .execute()
    ).map((p) => p.email),
  )
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
    if (user) {
      const has = await db.kysely
        .selectFrom('user_roles')
        .select('role')
        .where('user_id', '=', user.id)
        .where('role', '=', 'reviewer')
        .executeTakeFirst()
      if (!has)
        await db.kysely
          .insertInto('user_roles')
          .values({ user_id: user.id, role: 'reviewer' })
          .execute()
    }
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

export async function createReviewRound(options: {
  services: Services
  slug: string
  userId: string
  input: z.output<typeof createRoundInput>
}) {
  const { services, slug, userId, input } = options
  if (input.deadline < new Date().toISOString().slice(0, 10)) {
    throw new AppError('validation_failed', [{ field: 'deadline', code: 'invalid' }])
  }
  const { map, draft } = await findDraft(services.db, slug)
  const round = { id: newId(), title: input.title, deadline: input.deadline }
  await services.db.kysely
    .insertInto('review_rounds')
    .values({
      ...round,
      map_id: map.id,
      version_id: draft.id,
      closed_at: null,
      created_by_user_id: userId,
      created_at: now(),
    })
    .execute()
  await services.db.kysely
    .updateTable('map_versions')
    .set({ state: 'in_review' })
    .where('id', '=', draft.id)
    .execute()
  forgetTrees(services.db)
  await invite(services, round, map, input.emails)
  return round.id
}

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
  await invite(services, round, map, input.emails)
}

/** A reviewer's comment or proposal; only while the round is open, only on its own version. */
export async function addReviewComment(options: {
  db: Db
  roundId: string
  userId: string
  input: z.output<typeof commentInput>
}) {
  const { db, roundId, userId, input } = options
  const round = await findRound(db, roundId)
  if (!isOpen(round)) throw new AppError('round_closed')
  const map = await db.kysely
    .selectFrom('knowledge_maps')
    .select('archived_at')
    .where('id', '=', round.map_id)
    .executeTakeFirstOrThrow()
  if (map.archived_at) throw new AppError('map_archived')
  if (input.nodeId) {
    const node = await db.kysely
      .selectFrom('map_nodes')
      .select('kind')
      .where('version_id', '=', round.version_id)
      .where('node_id', '=', input.nodeId)
      .executeTakeFirst()
    if (!node) {
      throw new AppError('validation_failed', [{ field: 'nodeId', code: 'invalid_choice' }])
    }
  }
  const id = newId()
  await db.kysely
    .insertInto('review_comments')
    .values({
      id,
      round_id: roundId,
      author_user_id: userId,
      node_id: input.nodeId,
      kind: input.kind,
      body: input.body,
      proposed_title: input.kind === 'proposal' ? (input.proposedTitle ?? null) : null,
      status: 'open',
      response: null,
      responded_by_user_id: null,
      responded_at: null,
      created_at: now(),
    })
    .execute()
  return id
}

export async function respondToReviewComment(options: {
  db: Db
  roundId: string
  commentId: string
  userId: string
  input: z.output<typeof responseInput>
}) {
  const { db, roundId, commentId, userId, input } = options
  const result = await db.kysely
    .updateTable('review_comments')
    .set({
      status: input.status,
      response: input.response || null,
      responded_by_user_id: userId,
      responded_at: now(),
    })
    .where('id', '=', commentId)
    .where('round_id', '=', roundId)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found')
}

/** Closes a round; when no other round is open on the version, it is a plain draft again. */
export async function closeReviewRound(db: Db, roundId: string) {
  const round = await findRound(db, roundId)
  if (round.closed_at) return
  await db.kysely
    .updateTable('review_rounds')
    .set({ closed_at: now() })
    .where('id', '=', roundId)
    .execute()
  const open = await db.kysely
    .selectFrom('review_rounds')
    .select('id')
    .where('version_id', '=', round.version_id)
    .where('closed_at', 'is', null)
    .execute()
  if (open.length > 0) return
  await db.kysely
    .updateTable('map_versions')
    .set({ state: 'draft' })
    .where('id', '=', round.version_id)
    .where('state', '=', 'in_review')
    .execute()
  forgetTrees(db)
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
  const has = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', user.id)
    .where('role', '=', 'reviewer')
    .executeTakeFirst()
  if (!has)
    await db.kysely
      .insertInto('user_roles')
      .values({ user_id: user.id, role: 'reviewer' })
      .execute()
  // Also run on reads (a fallback to sign-in's claim): a cached session must learn the role.
  forgetCachedSessions(db)
}
