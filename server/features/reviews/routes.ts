import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/reviews.ts'
import { can } from '../../../domain/permissions.ts'
import { CANDIDATES_MAX } from '../../../domain/schemas/reviews.ts'
import { authorise, requireUser } from '../../auth/middleware.ts'
import type { AppEnv, CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { findDraft } from '../knowledge-maps/draft.ts'
import { findMap, loadTree, versionsOf } from '../knowledge-maps/queries.ts'
import {
  addReviewComment,
  addReviewParticipants,
  claimReviewInvitations,
  closeReviewRound,
  createReviewRound,
  respondToReviewComment,
} from './operations.ts'
import { findCandidates, findRound, isOpen, isParticipant, listRounds } from './queries.ts'

/** The programme team sees every round; anyone else only rounds they are invited to. */
async function authoriseRound(c: Parameters<typeof requireUser>[0], db: Db, roundId: string) {
  const user = requireUser(c)
  const round = await findRound(db, roundId)
  await claimReviewInvitations(db, user)
  const editor = can(user, 'maps.edit')
  if (!editor && !(await isParticipant(db, roundId, user))) throw new AppError('forbidden')
  return { user, round, editor }
}

async function comments(db: Db, roundId: string, user: CurrentUser, editor: boolean) {
  const rows = await db.kysely
    .selectFrom('review_comments')
    .leftJoin('users', 'users.id', 'review_comments.author_user_id')
    .selectAll('review_comments')
    .select('users.name as authorName')
    .where('round_id', '=', roundId)
    .orderBy('review_comments.created_at')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    nodeId: row.node_id,
    kind: row.kind,
    body: row.body,
    proposedTitle: row.proposed_title,
    // Reviewers see each other's words, not who wrote them; the programme team sees names.
    author: editor || row.author_user_id === user.id ? row.authorName : null,
    mine: row.author_user_id === user.id,
    status: row.status,
    response: row.response,
    createdAt: row.created_at,
    respondedAt: row.responded_at,
  }))
}

export function registerReviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.listMapRounds, async (c) => {
    authorise(c, 'maps.edit')
    const { db } = c.var.services
    const map = await findMap(db, c.req.valid('param').slug)
    return c.json({ rounds: await listRounds(db, { mapId: map.id }) }, 200)
  })

  app.openapi(api.createRound, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    const roundId = await createReviewRound({
      services: c.var.services,
      slug,
      userId: user.id,
      input: c.req.valid('json'),
    })
    const [round] = await listRounds(c.var.services.db, { roundId })
    return c.json(round!, 201)
  })

  app.openapi(api.listMyRounds, async (c) => {
    const user = requireUser(c)
    await claimReviewInvitations(c.var.services.db, user)
    return c.json({ rounds: await listRounds(c.var.services.db, { user }) }, 200)
  })

  app.openapi(api.getRound, async (c) => {
    const { db } = c.var.services
    const { user, round, editor } = await authoriseRound(c, db, c.req.valid('param').roundId)
    const map = await db.kysely
      .selectFrom('knowledge_maps')
      .selectAll()
      .where('id', '=', round.map_id)
      .executeTakeFirstOrThrow()
    const versions = await versionsOf(db, map.id)
    const version = versions.find((v) => v.id === round.version_id)!
    const [summary] = await listRounds(db, { roundId: round.id })
    const participants = editor
      ? (
          await db.kysely
            .selectFrom('review_participants')
            .leftJoin('users', 'users.id', 'review_participants.user_id')
            .select(['review_participants.email', 'users.name'])
            .where('round_id', '=', round.id)
            .orderBy('review_participants.email')
            .execute()
        ).map((p) => ({ email: p.email, name: p.name }))
      : null
    return c.json(
      {
        round: summary!,
        tree: await loadTree(db, map, version, versions),
        comments: await comments(db, round.id, user, editor),
        participants,
        canComment: isOpen(round) && (await isParticipant(db, round.id, user)),
        canRespond: editor,
      },
      200,
    )
  })

  app.openapi(api.addParticipants, async (c) => {
    authorise(c, 'maps.edit')
    const { roundId } = c.req.valid('param')
    await addReviewParticipants({ services: c.var.services, roundId, input: c.req.valid('json') })
    const [round] = await listRounds(c.var.services.db, { roundId })
    return c.json(round!, 200)
  })

  app.openapi(api.listCandidates, async (c) => {
    authorise(c, 'maps.edit')
    const { db } = c.var.services
    const { roundId } = c.req.valid('param')
    await findRound(db, roundId)
    const { q } = c.req.valid('query')
    return c.json(await findCandidates(db, roundId, q, CANDIDATES_MAX), 200)
  })

  app.openapi(api.addComment, async (c) => {
    const { db } = c.var.services
    const { roundId } = c.req.valid('param')
    const user = requireUser(c)
    await findRound(db, roundId)
    // Only invited reviewers comment, the programme team included only when invited.
    if (!(await isParticipant(db, roundId, user))) throw new AppError('forbidden')
    const id = await addReviewComment({ db, roundId, userId: user.id, input: c.req.valid('json') })
    const comment = (await comments(db, roundId, user, can(user, 'maps.edit'))).find(
      (x) => x.id === id,
    )!
    return c.json(comment, 201)
  })

  app.openapi(api.respondToComment, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { db } = c.var.services
    const { roundId, commentId } = c.req.valid('param')
    await respondToReviewComment({
      db,
      roundId,
      commentId,
      userId: user.id,
      input: c.req.valid('json'),
    })
    const comment = (await comments(db, roundId, user, true)).find((x) => x.id === commentId)!
    return c.json(comment, 200)
  })

  app.openapi(api.closeRound, async (c) => {
    authorise(c, 'maps.edit')
    await closeReviewRound(c.var.services.db, c.req.valid('param').roundId)
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.listWorkSessions, async (c) => {
    authorise(c, 'maps.edit')
    const { db } = c.var.services
    const map = await findMap(db, c.req.valid('param').slug)
    const rows = await db.kysely
      .selectFrom('work_sessions')
      .innerJoin('map_versions', 'map_versions.id', 'work_sessions.version_id')
      .selectAll('work_sessions')
      .select(['map_versions.number', 'map_versions.state'])
      .where('work_sessions.map_id', '=', map.id)
      .orderBy('held_on', 'desc')
      .execute()
    const sessions = rows.map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      title: row.title,
      participants: row.participants,
      outcomes: row.outcomes,
      version: { number: row.number, state: row.state },
      createdAt: row.created_at,
    }))
    return c.json({ sessions }, 200)
  })

  app.openapi(api.recordWorkSession, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { db } = c.var.services
    const input = c.req.valid('json')
    const { map, draft } = await findDraft(db, c.req.valid('param').slug)
    const row = {
      id: newId(),
      map_id: map.id,
      version_id: draft.id,
      held_on: input.heldOn,
      title: input.title,
      participants: input.participants,
      outcomes: input.outcomes,
      created_by_user_id: user.id,
      created_at: now(),
    }
    await db.kysely.insertInto('work_sessions').values(row).execute()
    const { id, held_on, title, participants, outcomes, created_at } = row
    return c.json(
      {
        id,
        heldOn: held_on,
        title,
        participants,
        outcomes,
        version: { number: null, state: 'draft' },
        createdAt: created_at,
      },
      201,
    )
  })
}
