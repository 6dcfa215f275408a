import type { z } from 'zod'
import {
  type commentInput,
  type Proposal,
  proposalSchema,
  type responseInput,
} from '../../../domain/schemas/reviews.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { ReviewCommentTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { forgetTrees } from '../knowledge-maps/tree-cache.ts'
import { applyProposal, proposalOf } from './proposals.ts'
import { isOpen } from './queries.ts'

/** Reads a row, locking it until the transaction ends (PostgreSQL `FOR UPDATE`). */
function locked<Q extends { forUpdate(): Q }>(tx: Db, query: Q): Q {
  return tx.kind === 'postgres' ? query.forUpdate() : query
}

/**
 * A reviewer's comment or proposal; only while the round is open, only on its own version.
 * The round's row is locked, so a round closed (or its version published) at the same moment
 * takes no comment after closing. Caller has checked that the person is invited.
 */
export async function addReviewComment(options: {
  db: Db
  roundId: string
  userId: string
  input: z.output<typeof commentInput>
}) {
  const { db, roundId, userId, input } = options
  const id = newId()
  await db.kysely.transaction().execute(async (trx) => {
    const tx = { ...db, kysely: trx }
    const round = await locked(
      tx,
      trx.selectFrom('review_rounds').selectAll().where('id', '=', roundId),
    ).executeTakeFirst()
    if (!round) throw new AppError('not_found')
    if (!isOpen(round)) throw new AppError('round_closed')
    const map = await trx
      .selectFrom('knowledge_maps')
      .select('archived_at')
      .where('id', '=', round.map_id)
      .executeTakeFirstOrThrow()
    if (map.archived_at) throw new AppError('map_archived')
    if (input.nodeId) {
      const node = await trx
        .selectFrom('map_nodes')
        .select('kind')
        .where('version_id', '=', round.version_id)
        .where('node_id', '=', input.nodeId)
        .executeTakeFirst()
      if (!node)
        throw new AppError('validation_failed', [{ field: 'nodeId', code: 'invalid_choice' }])
    }
    const proposal =
      input.kind === 'proposal'
        ? await proposalOf(tx, round.version_id, input)
        : { proposal: null, node_title: null, node_parent_id: null }
    const wording = input.change === 'reword' || input.change === 'add'
    await trx
      .insertInto('review_comments')
      .values({
        id,
        round_id: roundId,
        author_user_id: userId,
        node_id: input.nodeId,
        kind: input.kind,
        body: input.body,
        proposed_title: input.kind === 'proposal' && wording ? (input.title ?? null) : null,
        ...proposal,
        status: 'open',
        adoption: null,
        response: null,
        responded_by_user_id: null,
        responded_at: null,
        created_at: now(),
      })
      .execute()
  })
  return id
}

/**
 * The programme team's answer. Accepting a proposal adopts it: its change is applied to the
 * concept in the same transaction (or, with `byHand`, recorded as done by hand), so a
 * proposal said to be adopted is in the concept. A conflict changes nothing. A proposal once
 * applied keeps its status (`proposal_adopted`); its answer text can still change.
 * The comment's author to tell, or null when there is none or nothing changed for them.
 */
export async function respondToReviewComment(options: {
  db: Db
  roundId: string
  commentId: string
  userId: string
  input: z.output<typeof responseInput>
}) {
  const { db, roundId, commentId, userId, input } = options
  const result = await db.kysely.transaction().execute(async (trx) => {
    const tx = { ...db, kysely: trx }
    const comment = await locked(
      tx,
      trx
        .selectFrom('review_comments')
        .innerJoin('review_rounds', 'review_rounds.id', 'review_comments.round_id')
        .selectAll('review_comments')
        .select('review_rounds.version_id')
        .where('review_comments.id', '=', commentId)
        .where('review_comments.round_id', '=', roundId),
    ).executeTakeFirst()
    if (!comment) throw new AppError('not_found')
    if (comment.adoption === 'applied' && input.status !== 'accepted')
      throw new AppError('proposal_adopted')
    let adoption = input.status === 'accepted' ? comment.adoption : null
    const proposal = proposalFrom(comment)
    if (input.status === 'accepted' && proposal && comment.adoption !== 'applied') {
      if (input.adopt === 'byHand') adoption = 'by_hand'
      else {
        await applyProposal(tx, {
          versionId: comment.version_id,
          comment,
          proposal,
          anyway: input.adopt === 'anyway',
        })
        adoption = 'applied'
      }
    }
    await trx
      .updateTable('review_comments')
      .set({
        status: input.status,
        adoption,
        response: input.response || null,
        responded_by_user_id: userId,
        responded_at: now(),
      })
      .where('id', '=', commentId)
      .execute()
    return { applied: adoption === 'applied' && comment.adoption !== 'applied', comment }
  })
  if (result.applied) forgetTrees(db)
  const { comment } = result
  return comment.status === input.status ? null : comment.author_user_id
}

/** The stored change of a proposal, or null for a comment (or an early proposal without one). */
export function proposalFrom(row: Pick<ReviewCommentTable, 'proposal'>): Proposal | null {
  if (!row.proposal) return null
  return proposalSchema.parse(JSON.parse(row.proposal))
}

/** The comments of a round as the person may see them. */
export async function presentComments(db: Db, roundId: string, user: CurrentUser, editor: boolean) {
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
    proposal: proposalFrom(row),
    nodeTitle: row.node_title,
    // Reviewers see each other's words, not who wrote them; the programme team sees names.
    author: editor || row.author_user_id === user.id ? row.authorName : null,
    mine: row.author_user_id === user.id,
    status: row.status,
    adoption: row.adoption === 'by_hand' ? ('byHand' as const) : row.adoption,
    response: row.response,
    createdAt: row.created_at,
    respondedAt: row.responded_at,
  }))
}
