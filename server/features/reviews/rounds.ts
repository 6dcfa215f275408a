import type { z } from 'zod'
import type { createRoundInput, workSessionInput } from '../../../domain/schemas/reviews.ts'
import type { Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { findDraft } from '../knowledge-maps/draft.ts'
import { findMap } from '../knowledge-maps/queries.ts'
import { forgetTrees } from '../knowledge-maps/tree-cache.ts'
import { inviteToRound } from './participants.ts'
import { findRound } from './queries.ts'

/** Opens a round on the map's draft (which is then "in review") and invites the addresses. */
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
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('review_rounds')
      .values({
        ...round,
        map_id: map.id,
        version_id: draft.id,
        closed_at: null,
        closed_by: null,
        created_by_user_id: userId,
        created_at: now(),
      })
      .execute()
    await trx
      .updateTable('map_versions')
      .set({ state: 'in_review' })
      .where('id', '=', draft.id)
      .execute()
  })
  forgetTrees(services.db)
  await inviteToRound({ services, round, map, emails: input.emails })
  return round.id
}

/**
 * Closes a round by hand; when no other round is open on the version, it is a plain draft
 * again. True when it was open (so its participants are told), false when already closed.
 */
export async function closeReviewRound(db: Db, roundId: string): Promise<boolean> {
  const round = await findRound(db, roundId)
  const closed = await db.kysely.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('review_rounds')
      .set({ closed_at: now(), closed_by: 'hand' })
      .where('id', '=', roundId)
      .where('closed_at', 'is', null)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) return false
    const open = await trx
      .selectFrom('review_rounds')
      .select('id')
      .where('version_id', '=', round.version_id)
      .where('closed_at', 'is', null)
      .execute()
    if (open.length === 0)
      await trx
        .updateTable('map_versions')
        .set({ state: 'draft' })
        .where('id', '=', round.version_id)
        .where('state', '=', 'in_review')
        .execute()
    return true
  })
  forgetTrees(db)
  return closed
}

/**
 * Closes the rounds still open on a version being published, inside the publishing
 * transaction: the concept they comment on no longer exists. Rounds past their deadline
 * already closed by it and keep saying so. The ids of the rounds closed now.
 */
export async function closeRoundsOfVersion(tx: Db, versionId: string): Promise<string[]> {
  const today = new Date().toISOString().slice(0, 10)
  const open = await tx.kysely
    .selectFrom('review_rounds')
    .select('id')
    .where('version_id', '=', versionId)
    .where('closed_at', 'is', null)
    .where('deadline', '>=', today)
    .execute()
  if (open.length === 0) return []
  const ids = open.map((r) => r.id)
  await tx.kysely
    .updateTable('review_rounds')
    .set({ closed_at: now(), closed_by: 'publish' })
    .where('id', 'in', ids)
    .where('closed_at', 'is', null)
    .execute()
  return ids
}

/** Work sessions held on a map, newest first, with the version they worked on. */
export async function listWorkSessions(db: Db, slug: string) {
  const map = await findMap(db, slug)
  const rows = await db.kysely
    .selectFrom('work_sessions')
    .innerJoin('map_versions', 'map_versions.id', 'work_sessions.version_id')
    .selectAll('work_sessions')
    .select(['map_versions.number', 'map_versions.state'])
    .where('work_sessions.map_id', '=', map.id)
    .orderBy('held_on', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.held_on,
    title: row.title,
    participants: row.participants,
    outcomes: row.outcomes,
    version: { number: row.number, state: row.state },
    createdAt: row.created_at,
  }))
}

/** Records a work session on the map's draft; the session as listed. */
export async function recordWorkSession(options: {
  db: Db
  slug: string
  userId: string
  input: z.output<typeof workSessionInput>
}) {
  const { db, slug, userId, input } = options
  const { map, draft } = await findDraft(db, slug)
  const row = {
    id: newId(),
    map_id: map.id,
    version_id: draft.id,
    held_on: input.heldOn,
    title: input.title,
    participants: input.participants,
    outcomes: input.outcomes,
    created_by_user_id: userId,
    created_at: now(),
  }
  await db.kysely.insertInto('work_sessions').values(row).execute()
  return {
    id: row.id,
    heldOn: row.held_on,
    title: row.title,
    participants: row.participants,
    outcomes: row.outcomes,
    version: { number: null, state: 'draft' },
    createdAt: row.created_at,
  }
}
