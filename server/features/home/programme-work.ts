import { sql } from 'kysely'
import type { HomeWork } from '../../../domain/api/home.ts'
import { staleCutoff } from '../../../domain/catalogue/model.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'
import { isOpen } from '../reviews/queries.ts'

type ProgrammeWork = NonNullable<HomeWork['programme']>

/**
 * Review rounds that ask something of the programme team: every open round, and a closed one
 * while comments in it are still unanswered; each with how many. Open rounds first, nearest
 * deadline first. Two queries, whatever the number of rounds.
 */
export async function roundsToAnswer(
  db: Db,
  today = new Date().toISOString().slice(0, 10),
): Promise<ProgrammeWork['reviewRounds']> {
  const counts = await db.kysely
    .selectFrom('review_comments')
    .select(['round_id', (eb) => eb.fn.countAll().as('n')])
    .where('status', '=', 'open')
    .groupBy('round_id')
    .execute()
  const toAnswer = new Map(counts.map((row) => [row.round_id, toNumber(row.n)]))
  const rounds = await db.kysely
    .selectFrom('review_rounds as r')
    .innerJoin('knowledge_maps as km', 'km.id', 'r.map_id')
    .select(['r.id', 'r.title', 'r.deadline', 'r.closed_at', 'km.slug', 'km.title as mapTitle'])
    .where((eb) => {
      const open = eb.and([eb('r.closed_at', 'is', null), eb('r.deadline', '>=', today)])
      return toAnswer.size === 0 ? open : eb.or([open, eb('r.id', 'in', [...toAnswer.keys()])])
    })
    .orderBy('r.deadline')
    .execute()
  return rounds
    .map((round) => ({
      id: round.id,
      title: round.title,
      map: { slug: round.slug, title: round.mapTitle },
      deadline: round.deadline,
      state: isOpen(round, today) ? ('open' as const) : ('closed' as const),
      toAnswer: toAnswer.get(round.id) ?? 0,
    }))
    .sort((a, b) => Number(a.state === 'closed') - Number(b.state === 'closed'))
}

/** Maps (not archived) with a version being worked on, in the overview's order. */
export async function mapsInProgress(db: Db): Promise<ProgrammeWork['conceptMaps']> {
  const rows = await db.kysely
    .selectFrom('map_versions as mv')
    .innerJoin('knowledge_maps as km', 'km.id', 'mv.map_id')
    .select([
      'km.slug',
      'km.title',
      'mv.state',
      sql<number>`(select count(*) from map_versions p
        where p.map_id = km.id and p.state = 'published')`.as('published'),
    ])
    .where('mv.state', 'in', ['draft', 'in_review'])
    .where('km.archived_at', 'is', null)
    .orderBy('km.position')
    .orderBy('km.title')
    .execute()
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    state: row.state as 'draft' | 'in_review',
    published: toNumber(row.published) > 0,
  }))
}

/** How many current (not archived) offerings were not reviewed within the stale period. */
export async function countStaleOfferings(db: Db, now = new Date()): Promise<number> {
  const row = await db.kysely
    .selectFrom('offerings')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('archived_at', 'is', null)
    .where('last_reviewed_at', '<', staleCutoff(now))
    .executeTakeFirst()
  return toNumber(row?.n)
}
