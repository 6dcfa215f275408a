import { sql } from 'kysely'
import type { HomeWork } from '../../../domain/api/home.ts'
import { staleCutoff } from '../../../domain/catalogue/model.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'

/**
 * The providers a provider account keeps (through `provider_members`, so another provider's
 * offerings never show), each with its current offerings and how many of those are possibly
 * outdated. One grouped query.
 */
export async function providerOfferingCounts(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<NonNullable<HomeWork['provider']>> {
  const cutoff = staleCutoff(now)
  const rows = await db.kysely
    .selectFrom('provider_members as pm')
    .innerJoin('providers as p', 'p.id', 'pm.provider_id')
    .leftJoin('offerings as o', (join) =>
      join.onRef('o.provider_id', '=', 'p.id').on('o.archived_at', 'is', null),
    )
    .select([
      'p.id',
      'p.name',
      (eb) => eb.fn.count('o.id').as('offerings'),
      sql<number>`sum(case when o.last_reviewed_at < ${cutoff} then 1 else 0 end)`.as('stale'),
    ])
    .where('pm.user_id', '=', userId)
    .groupBy(['p.id', 'p.name'])
    .orderBy('p.name')
    .execute()
  return {
    providers: rows.map((row) => ({
      id: row.id,
      name: row.name,
      offerings: toNumber(row.offerings),
      staleOfferings: toNumber(row.stale),
    })),
  }
}
