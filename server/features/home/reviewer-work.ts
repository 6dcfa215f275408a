import type { HomeWork } from '../../../domain/api/home.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'
import { isOpen } from '../reviews/queries.ts'

/**
 * The review rounds a person was invited to (by account, or by the address they confirmed) —
 * never another's — each with how many comments they wrote in it. Open rounds first, nearest
 * deadline first; then closed ones, latest first. Two queries, whatever the number of rounds.
 */
export async function invitedRounds(
  db: Db,
  user: Pick<CurrentUser, 'id' | 'email'>,
  today = new Date().toISOString().slice(0, 10),
): Promise<NonNullable<HomeWork['reviewer']>['rounds']> {
  const rounds = await db.kysely
    .selectFrom('review_rounds as r')
    .innerJoin('knowledge_maps as km', 'km.id', 'r.map_id')
    .select(['r.id', 'r.title', 'r.deadline', 'r.closed_at', 'km.slug', 'km.title as mapTitle'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('review_participants as rp')
          .select('rp.id')
          .whereRef('rp.round_id', '=', 'r.id')
          .where((inner) =>
            inner.or([inner('rp.user_id', '=', user.id), inner('rp.email', '=', user.email)]),
          ),
      ),
    )
    .execute()
  if (rounds.length === 0) return []
  const counts = await db.kysely
    .selectFrom('review_comments')
    .select(['round_id', (eb) => eb.fn.countAll().as('n')])
    .where('author_user_id', '=', user.id)
    .where(
      'round_id',
      'in',
      rounds.map((round) => round.id),
    )
    .groupBy('round_id')
    .execute()
  const mine = new Map(counts.map((row) => [row.round_id, toNumber(row.n)]))
  const presented = rounds.map((round) => ({
    id: round.id,
    title: round.title,
    map: { slug: round.slug, title: round.mapTitle },
    deadline: round.deadline,
    state: isOpen(round, today) ? ('open' as const) : ('closed' as const),
    myComments: mine.get(round.id) ?? 0,
  }))
  const open = presented.filter((r) => r.state === 'open')
  const closed = presented.filter((r) => r.state === 'closed')
  open.sort((a, b) => a.deadline.localeCompare(b.deadline))
  closed.sort((a, b) => b.deadline.localeCompare(a.deadline))
  return [...open, ...closed]
}
