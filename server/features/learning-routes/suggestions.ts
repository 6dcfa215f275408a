import type { OfferingLevel } from '../../../domain/catalogue/model.ts'
import { type Preferences, suggestOfferings } from '../../../domain/learning-routes/suggest.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { findOfferingsForObjectives, rowsByIds, toSummary } from '../catalogue/queries.ts'
import { findOwnGoal, today } from './goals.ts'

const LEVEL_OF_PROFILE: Record<NonNullable<CurrentUser['audience']>, OfferingLevel> = {
  'zij-instromer': 'basis',
  beginner: 'basis',
  gevorderde: 'gevorderd',
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
  const candidates = await findOfferingsForObjectives(db, objectiveIds, preferences)
  const personLevel = user.audience ? LEVEL_OF_PROFILE[user.audience] : null
  const { formal, informal } = suggestOfferings(candidates, objectiveIds, preferences, {
    personLevel,
    today: today(),
  })
  // The few suggestions shown, read in full in one query.
  const now = new Date()
  const rows = new Map(
    (
      await rowsByIds(
        db,
        [...formal, ...informal].map((s) => s.offering.id),
      )
    ).map((row) => [row.id, toSummary(row, now)]),
  )
  const present = ({ offering, served, reasons }: (typeof formal)[number]) => ({
    offering: rows.get(offering.id)!,
    served,
    reasons,
  })
  return { personLevel, formal: formal.map(present), informal: informal.map(present) }
}
