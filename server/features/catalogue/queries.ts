import { type RawBuilder, sql } from 'kysely'
import type { OfferingSummary } from '../../../domain/api/catalogue.ts'
import {
  isStale,
  type OfferingForm,
  type OfferingLanguage,
  type OfferingLevel,
} from '../../../domain/catalogue/model.ts'
import type { Candidate, Preferences } from '../../../domain/learning-routes/suggest.ts'
import type { Db } from '../../db/connection.ts'
import type { OfferingTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'
import { describeObjectives } from '../knowledge-maps/queries.ts'
import { postgresTsQuery, queryWords, sqliteMatch } from './search-index.ts'

export const PAGE_SIZE = 20
const SUMMARY_LENGTH = 280

/** Filters shared by search and by the route suggester. All optional; archived ones hidden. */
export interface OfferingFilters {
  text?: string
  forms?: readonly OfferingForm[]
  level?: OfferingLevel
  /** A kenniskaart by slug: offerings serving any objective of any numbered version of it. */
  mapSlug?: string
  /** A theme by node id: offerings serving any objective under it in a numbered version. */
  themeId?: string
  /** Objective identities (`map_nodes.node_id`): offerings serving at least one. */
  objectiveIds?: readonly string[]
  maxCostCents?: number
  maxStudyHours?: number
  online?: boolean
  providerId?: string
  includeArchived?: boolean
}

export type OfferingRow = OfferingTable & {
  provider_name: string
  provider_slug: string
  objective_count: number | string
}

/** Versions whose objectives count as "in the map": published and superseded, never drafts. */
const NUMBERED = sql`mv.state in ('published', 'superseded')`

function conditionsOf(db: Db, filters: OfferingFilters): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = []
  if (!filters.includeArchived) where.push(sql`o.archived_at is null`)
  if (filters.forms && filters.forms.length > 0)
    where.push(sql`o.form in (${sql.join(filters.forms)})`)
  if (filters.level) where.push(sql`o.level = ${filters.level}`)
  if (filters.online !== undefined) where.push(sql`o.online = ${filters.online ? 1 : 0}`)
  if (filters.maxCostCents !== undefined) where.push(sql`o.cost_cents <= ${filters.maxCostCents}`)
  if (filters.maxStudyHours !== undefined)
    where.push(sql`o.study_hours <= ${filters.maxStudyHours}`)
  if (filters.providerId) where.push(sql`o.provider_id = ${filters.providerId}`)
  if (filters.objectiveIds) {
    if (filters.objectiveIds.length === 0) where.push(sql`1 = 0`)
    else
      where.push(sql`exists (select 1 from offering_objectives oo
        where oo.offering_id = o.id and oo.node_id in (${sql.join(filters.objectiveIds)}))`)
  }
  if (filters.themeId)
    where.push(sql`exists (select 1 from offering_objectives oo
      where oo.offering_id = o.id and oo.node_id in (select mn.node_id from map_nodes mn
        join map_versions mv on mv.id = mn.version_id
        where mn.parent_node_id = ${filters.themeId} and mn.kind = 'objective' and ${NUMBERED}))`)
  if (filters.mapSlug)
    where.push(sql`exists (select 1 from offering_objectives oo
      where oo.offering_id = o.id and oo.node_id in (select mn.node_id from map_nodes mn
        join map_versions mv on mv.id = mn.version_id
        join knowledge_maps km on km.id = mv.map_id
        where km.slug = ${filters.mapSlug} and mn.kind = 'objective' and ${NUMBERED}))`)
  if (db.kind === 'postgres' && filters.text) {
    const words = queryWords(filters.text)
    if (words.length > 0)
      where.push(sql`o.search_vector @@ to_tsquery('dutch', ${postgresTsQuery(words)})`)
  }
  return where
}

/**
 * The FROM clause and ordering: with words on SQLite the FTS5 table leads (ranked by bm25),
 * on PostgreSQL `ts_rank`; without words, by title.
 */
function sourceOf(db: Db, filters: OfferingFilters) {
  const words = filters.text ? queryWords(filters.text) : []
  // No filter reads the provider: its name is fetched with the page's rows only.
  const joined = sql`offerings o`
  if (words.length === 0) return { from: joined, order: sql`o.title, o.id`, extra: [] }
  if (db.kind === 'sqlite') {
    return {
      from: sql`offerings_fts join offerings o on o.id = offerings_fts.offering_id`,
      order: sql`offerings_fts.rank, o.title`,
      extra: [sql`offerings_fts match ${sqliteMatch(words)}`],
    }
  }
  return {
    from: joined,
    order: sql`ts_rank(o.search_vector, to_tsquery('dutch', ${postgresTsQuery(words)})) desc,
      o.title`,
    extra: [],
  }
}

function whereClause(db: Db, filters: OfferingFilters) {
  const all = [...sourceOf(db, filters).extra, ...conditionsOf(db, filters)]
  return all.length > 0 ? sql`where ${sql.join(all, sql` and `)}` : sql``
}

const SELECTED = sql`o.id, o.provider_id, o.title, o.description, o.form, o.level, o.study_hours,
  o.cost_cents, o.language, o.online, o.location, o.start_moments, o.certificate, o.url,
  o.search_text, o.owner_user_id, o.last_reviewed_at, o.reminded_at, o.archived_at, o.is_demo,
  o.created_at, o.updated_at, p.name as provider_name, p.slug as provider_slug,
  (select count(*) from offering_objectives oc where oc.offering_id = o.id) as objective_count`

/**
 * One page of the catalogue for a search: Dutch full text and filters, best match first.
 * Public facts only; the caller has checked the person may search.
 */
export async function searchOfferings(
  db: Db,
  filters: OfferingFilters,
  page: number,
  now = new Date(),
): Promise<{ total: number; offerings: OfferingSummary[] }> {
  const { from, order } = sourceOf(db, filters)
  const where = whereClause(db, filters)
  // First the page's ids and the total in one pass (a narrow sort), then those rows in full.
  const found = await sql<{ id: string; total: number | string }>`select o.id,
    count(*) over () as total from ${from} ${where} order by ${order}
    limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`.execute(db.kysely)
  let total = toNumber(found.rows[0]?.total)
  if (found.rows.length === 0 && page > 1) {
    const count = await sql<{
      n: number | string
    }>`select count(*) as n from ${from} ${where}`.execute(db.kysely)
    total = toNumber(count.rows[0]?.n)
  }
  const ids = found.rows.map((row) => row.id)
  const rows = await rowsByIds(db, ids)
  return { total, offerings: rows.map((row) => toSummary(row, now)) }
}

/** Offerings with their provider, in the order of `ids`. */
export async function rowsByIds(db: Db, ids: readonly string[]): Promise<OfferingRow[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<OfferingRow>`select ${SELECTED}
    from offerings o join providers p on p.id = o.provider_id
    where o.id in (${sql.join([...ids])})`.execute(db.kysely)
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Every current offering that serves at least one of `objectiveIds` and passes the filters —
 * the route suggester's candidates — as lean rows (no descriptions): the ranking needs only
 * these facts, and only the few suggestions shown are read in full afterwards.
 *
 * @example await findOfferingsForObjectives(db, [objectiveId], { online: true, maxCostCents: 50_000 })
 */
export async function findOfferingsForObjectives(
  db: Db,
  objectiveIds: readonly string[],
  preferences: Preferences,
): Promise<Candidate[]> {
  if (objectiveIds.length === 0) return []
  let query = db.kysely
    .selectFrom('offering_objectives as oo')
    .innerJoin('offerings as o', 'o.id', 'oo.offering_id')
    .select([
      'o.id',
      'o.title',
      'o.form',
      'o.level',
      'o.cost_cents',
      'o.study_hours',
      'o.online',
      'o.start_moments',
      'o.last_reviewed_at',
      'oo.node_id',
    ])
    .where('oo.node_id', 'in', [...objectiveIds])
    .where('o.archived_at', 'is', null)
  const { forms, online, maxCostCents, maxStudyHours, level } = preferences
  if (forms && forms.length > 0) query = query.where('o.form', 'in', [...forms])
  if (online !== undefined) query = query.where('o.online', '=', online ? 1 : 0)
  if (maxCostCents !== undefined) query = query.where('o.cost_cents', '<=', maxCostCents)
  if (maxStudyHours !== undefined) query = query.where('o.study_hours', '<=', maxStudyHours)
  if (level !== undefined) query = query.where('o.level', '=', level)
  const rows = await query.execute()
  const now = new Date()
  const byId = new Map<string, Candidate & { servedObjectiveIds: string[] }>()
  for (const row of rows) {
    const seen = byId.get(row.id)
    if (seen) {
      seen.servedObjectiveIds.push(row.node_id)
      continue
    }
    byId.set(row.id, {
      id: row.id,
      title: row.title,
      form: row.form as OfferingForm,
      level: row.level as OfferingLevel,
      costCents: toNumber(row.cost_cents),
      studyHours: Number(row.study_hours),
      online: toNumber(row.online) === 1,
      startMoments: JSON.parse(row.start_moments) as string[],
      servedObjectiveIds: [row.node_id],
      stale: isStale(row.last_reviewed_at, now),
    })
  }
  return [...byId.values()]
}

export function toSummary(row: OfferingRow, now: Date): OfferingSummary {
  return {
    id: row.id,
    title: row.title,
    summary:
      row.description.length > SUMMARY_LENGTH
        ? `${row.description.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, '')} …`
        : row.description,
    provider: { id: row.provider_id, slug: row.provider_slug, name: row.provider_name },
    form: row.form as OfferingForm,
    level: row.level as OfferingLevel,
    studyHours: Number(row.study_hours),
    costCents: toNumber(row.cost_cents),
    language: row.language as OfferingLanguage,
    online: toNumber(row.online) === 1,
    location: row.location,
    startMoments: JSON.parse(row.start_moments) as string[],
    lastReviewedAt: row.last_reviewed_at,
    stale: !row.archived_at && isStale(row.last_reviewed_at, now),
    archived: row.archived_at !== null,
    objectiveCount: toNumber(row.objective_count),
  }
}

/** One offering with its provider, or a 404. */
export async function findOffering(db: Db, offeringId: string): Promise<OfferingRow> {
  const { rows } = await sql<OfferingRow>`select ${SELECTED}
    from offerings o join providers p on p.id = o.provider_id
    where o.id = ${offeringId}`.execute(db.kysely)
  if (!rows[0]) throw new AppError('not_found')
  return rows[0]
}

/** Offerings of some providers (or all), archived ones included; or only the stale ones. */
export async function listOfferingRows(
  db: Db,
  filters: { providerIds?: readonly string[] | 'all'; staleBefore?: string },
): Promise<OfferingRow[]> {
  const where: RawBuilder<unknown>[] = []
  if (filters.providerIds !== undefined && filters.providerIds !== 'all') {
    if (filters.providerIds.length === 0) return []
    where.push(sql`o.provider_id in (${sql.join([...filters.providerIds])})`)
  }
  if (filters.staleBefore)
    where.push(sql`o.archived_at is null and o.last_reviewed_at < ${filters.staleBefore}`)
  const clause = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``
  const { rows } = await sql<OfferingRow>`select ${SELECTED}
    from offerings o join providers p on p.id = o.provider_id ${clause}
    order by p.name, o.title`.execute(db.kysely)
  return rows
}

/**
 * The objectives an offering serves, each as worded in the newest numbered version of a map
 * that has it, with its theme and map, in map order; an identity no map has any more keeps its
 * id only.
 */
export async function servedObjectives(db: Db, offeringId: string) {
  const links = await db.kysely
    .selectFrom('offering_objectives')
    .select('node_id')
    .where('offering_id', '=', offeringId)
    .execute()
  const described = await describeObjectives(
    db,
    links.map((link) => link.node_id),
  )
  return [...described.values()]
    .sort(
      (a, b) =>
        (a.mapPosition ?? Number.MAX_SAFE_INTEGER) - (b.mapPosition ?? Number.MAX_SAFE_INTEGER) ||
        (a.title ?? '').localeCompare(b.title ?? ''),
    )
    .map((objective) => ({
      id: objective.id,
      title: objective.title,
      theme:
        objective.themeId && objective.themeTitle
          ? { id: objective.themeId, title: objective.themeTitle }
          : null,
      map: objective.map,
    }))
}

/** Which of `ids` are objectives of a numbered (published or superseded) kenniskaart version. */
export async function knownObjectiveIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = new Set<string>()
  // In slices: PostgreSQL and SQLite both cap the number of bound parameters.
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db.kysely
      .selectFrom('map_nodes as mn')
      .innerJoin('map_versions as mv', 'mv.id', 'mn.version_id')
      .select('mn.node_id')
      .distinct()
      .where('mn.node_id', 'in', ids.slice(start, start + 500))
      .where('mn.kind', '=', 'objective')
      .where('mv.state', 'in', ['published', 'superseded'])
      .execute()
    for (const row of rows) found.add(row.node_id)
  }
  return found
}
