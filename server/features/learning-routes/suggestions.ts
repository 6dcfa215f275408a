import { isStale, type OfferingForm, type OfferingLevel } from '../../../domain/catalogue/model.ts'
import {
  type Candidate,
  type Preferences,
  suggestOfferings,
} from '../../../domain/learning-routes/suggest.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'
import { findOffering, toSummary } from '../catalogue/queries.ts'
import { findOwnGoal, today } from './goals.ts'

const LEVEL_OF_PROFILE: Record<NonNullable<CurrentUser['audience']>, OfferingLevel> = {
  'zij-instromer': 'basis',
  beginner: 'basis',
  gevorderde: 'gevorderd',
}

/**
 * Every current offering that serves at least one of the objectives and passes the filters,
 * as lean rows (no descriptions): the ranking needs only these facts, and only the few
 * suggestions shown are read in full afterwards.
 */
async function candidatesFor(
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

/**
 * Suggestions for one goal: the catalogue's offerings serving any of its objectives, the
 * person's preferences as filters in the query and again in the ranking (suggest.ts).
 */
export async function suggestForGoal(
  db: Db,
  user: CurrentUser,
  goalId: string,
  preferences: Preferences,
) {
  const goal = await findOwnGoal(db, user, goalId)
  const objectiveIds = JSON.parse(goal.objective_ids) as string[]
  const candidates = await candidatesFor(db, objectiveIds, preferences)
  const personLevel = user.audience ? LEVEL_OF_PROFILE[user.audience] : null
  const { formal, informal } = suggestOfferings(candidates, objectiveIds, preferences, {
    personLevel,
    today: today(),
  })
  const now = new Date()
  const present = async ({ offering, served, reasons }: (typeof formal)[number]) => ({
    offering: toSummary(await findOffering(db, offering.id), now),
    served,
    reasons,
  })
  return {
    personLevel,
    formal: await Promise.all(formal.map(present)),
    informal: await Promise.all(informal.map(present)),
  }
}
