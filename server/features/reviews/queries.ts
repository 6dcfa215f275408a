import { sql } from 'kysely'
import type { RoundSummary } from '../../../domain/api/reviews.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { ReviewRoundTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'

/**
 * How a round ended: closed by hand or by publishing its version (its `closed_at` and
 * `closed_by`), or by its deadline, at the end of that day (UTC, as `isOpen` counts); null
 * while it is open.
 */
export function closingOf(
  round: Pick<ReviewRoundTable, 'closed_at' | 'deadline'> &
    Partial<Pick<ReviewRoundTable, 'closed_by'>>,
  today = new Date().toISOString().slice(0, 10),
): { closedAt: string | null; closedBy: 'hand' | 'publish' | 'deadline' | null } {
  if (round.closed_at) return { closedAt: round.closed_at, closedBy: round.closed_by ?? 'hand' }
  if (today <= round.deadline) return { closedAt: null, closedBy: null }
  const end = new Date(`${round.deadline}T00:00:00.000Z`)
  end.setUTCDate(end.getUTCDate() + 1)
  return { closedAt: end.toISOString(), closedBy: 'deadline' }
}

export function isOpen(
  round: Pick<ReviewRoundTable, 'closed_at' | 'deadline'>,
  today = new Date().toISOString().slice(0, 10),
) {
  return round.closed_at === null && today <= round.deadline
}

/** Rounds with their counts, filtered in the query: one map's, or those a person is invited to. */
export async function listRounds(
  db: Db,
  filter: { mapId?: string; user?: CurrentUser; roundId?: string },
): Promise<RoundSummary[]> {
  let query = db.kysely
    .selectFrom('review_rounds')
    .innerJoin('knowledge_maps', 'knowledge_maps.id', 'review_rounds.map_id')
    .selectAll('review_rounds')
    .select(['knowledge_maps.slug', 'knowledge_maps.title as mapTitle'])
  if (filter.mapId) query = query.where('review_rounds.map_id', '=', filter.mapId)
  if (filter.roundId) query = query.where('review_rounds.id', '=', filter.roundId)
  const user = filter.user
  if (user) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('review_participants')
          .select('review_participants.id')
          .whereRef('review_participants.round_id', '=', 'review_rounds.id')
          .where((inner) =>
            inner.or([
              inner('review_participants.user_id', '=', user.id),
              inner('review_participants.email', '=', user.email),
            ]),
          ),
      ),
    )
  }
  const rounds = await query.orderBy('review_rounds.created_at', 'desc').execute()
  if (rounds.length === 0) return []
  const ids = rounds.map((r) => r.id)
  const comments = await db.kysely
    .selectFrom('review_comments')
    .select(['round_id', 'status'])
    .where('round_id', 'in', ids)
    .execute()
  const participants = await db.kysely
    .selectFrom('review_participants')
    .select('round_id')
    .where('round_id', 'in', ids)
    .execute()
  return rounds.map((round) => {
    const own = comments.filter((c) => c.round_id === round.id)
    const count = (status: string) => own.filter((c) => c.status === status).length
    return {
      id: round.id,
      map: { slug: round.slug, title: round.mapTitle },
      title: round.title,
      deadline: round.deadline,
      state: isOpen(round) ? ('open' as const) : ('closed' as const),
      ...closingOf(round),
      counts: {
        participants: participants.filter((p) => p.round_id === round.id).length,
        comments: own.length,
        open: count('open'),
        accepted: count('accepted'),
        declined: count('declined'),
        answered: count('answered'),
      },
      createdAt: round.created_at,
    }
  })
}

export async function findRound(db: Db, roundId: string) {
  const round = await db.kysely
    .selectFrom('review_rounds')
    .selectAll()
    .where('id', '=', roundId)
    .executeTakeFirst()
  if (!round) throw new AppError('not_found')
  return round
}

/** True when the person was invited to the round (by account, or by the address they confirmed). */
export async function isParticipant(db: Db, roundId: string, user: CurrentUser): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('review_participants')
    .select('id')
    .where('round_id', '=', roundId)
    .where((eb) => eb.or([eb('user_id', '=', user.id), eb('email', '=', user.email)]))
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Accounts the programme team may invite to a round: part of the name or e-mail address,
 * without regard to case; disabled accounts are left out. At most `limit`, by name; `truncated`
 * says more match. Each says whether it is already invited (by its address or its account).
 */
export async function findCandidates(db: Db, roundId: string, q: string, limit: number) {
  // Typed `%` and `_` are plain text: escaped with `!`, which both databases understand.
  const pattern = `%${q.toLowerCase().replace(/[!%_]/g, '!$&')}%`
  const like = (column: 'name' | 'email') =>
    sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '!'`
  const rows = await db.kysely
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('disabled_at', 'is', null)
    .where((eb) => eb.or([like('name'), like('email')]))
    .orderBy('name')
    .orderBy('email')
    .limit(limit + 1)
    .execute()
  const invited = await db.kysely
    .selectFrom('review_participants')
    .select(['email', 'user_id'])
    .where('round_id', '=', roundId)
    .execute()
  const emails = new Set(invited.map((p) => p.email))
  const users = new Set(invited.map((p) => p.user_id))
  return {
    candidates: rows.slice(0, limit).map((row) => ({
      name: row.name,
      email: row.email,
      invited: emails.has(row.email) || users.has(row.id),
    })),
    truncated: rows.length > limit,
  }
}

/** Invited addresses with the account's name where there is one (for the programme team). */
export async function listParticipants(db: Db, roundId: string) {
  const rows = await db.kysely
    .selectFrom('review_participants')
    .leftJoin('users', 'users.id', 'review_participants.user_id')
    .select(['review_participants.email', 'users.name'])
    .where('round_id', '=', roundId)
    .orderBy('review_participants.email')
    .execute()
  return rows.map((p) => ({ email: p.email, name: p.name }))
}
