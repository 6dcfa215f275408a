import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/reviews.ts'
import { can } from '../../../domain/permissions.ts'
import { CANDIDATES_MAX } from '../../../domain/schemas/reviews.ts'
import { authorise, requireUser } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { findMap, loadTree, versionsOf } from '../knowledge-maps/queries.ts'
import { addReviewComment, presentComments, respondToReviewComment } from './comments.ts'
import { tellCommentAnswered, tellRoundsClosed } from './mails.ts'
import { addReviewParticipants, claimReviewInvitations } from './participants.ts'
import {
  findCandidates,
  findRound,
  isOpen,
  isParticipant,
  listParticipants,
  listRounds,
} from './queries.ts'
import {
  closeReviewRound,
  createReviewRound,
  listWorkSessions,
  recordWorkSession,
} from './rounds.ts'

/** The programme team sees every round; anyone else only rounds they are invited to. */
async function authoriseRound(c: Parameters<typeof requireUser>[0], db: Db, roundId: string) {
  const user = requireUser(c)
  const round = await findRound(db, roundId)
  await claimReviewInvitations(db, user)
  const editor = can(user, 'maps.edit')
  if (!editor && !(await isParticipant(db, roundId, user))) throw new AppError('forbidden')
  return { user, round, editor }
}

async function roundSummary(db: Db, roundId: string) {
  const [round] = await listRounds(db, { roundId })
  if (!round) throw new AppError('not_found')
  return round
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
    const roundId = await createReviewRound({
      services: c.var.services,
      slug: c.req.valid('param').slug,
      userId: user.id,
      input: c.req.valid('json'),
    })
    return c.json(await roundSummary(c.var.services.db, roundId), 201)
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
    return c.json(
      {
        round: await roundSummary(db, round.id),
        tree: await loadTree(db, map, version, versions),
        comments: await presentComments(db, round.id, user, editor),
        participants: editor ? await listParticipants(db, round.id) : null,
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
    return c.json(await roundSummary(c.var.services.db, roundId), 200)
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
    const comments = await presentComments(db, roundId, user, can(user, 'maps.edit'))
    return c.json(comments.find((x) => x.id === id)!, 201)
  })

  app.openapi(api.respondToComment, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { services } = c.var
    const { roundId, commentId } = c.req.valid('param')
    const author = await respondToReviewComment({
      db: services.db,
      roundId,
      commentId,
      userId: user.id,
      input: c.req.valid('json'),
    })
    if (author) await tellCommentAnswered(services, { roundId, userId: author })
    const comments = await presentComments(services.db, roundId, user, true)
    return c.json(comments.find((x) => x.id === commentId)!, 200)
  })

  app.openapi(api.closeRound, async (c) => {
    authorise(c, 'maps.edit')
    const { roundId } = c.req.valid('param')
    if (await closeReviewRound(c.var.services.db, roundId))
      await tellRoundsClosed(c.var.services, [roundId])
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.listWorkSessions, async (c) => {
    authorise(c, 'maps.edit')
    const sessions = await listWorkSessions(c.var.services.db, c.req.valid('param').slug)
    return c.json({ sessions }, 200)
  })

  app.openapi(api.recordWorkSession, async (c) => {
    const user = authorise(c, 'maps.edit')
    const session = await recordWorkSession({
      db: c.var.services.db,
      slug: c.req.valid('param').slug,
      userId: user.id,
      input: c.req.valid('json'),
    })
    return c.json(session, 201)
  })
}
