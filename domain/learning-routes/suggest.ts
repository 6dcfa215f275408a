import { isFormal, type OfferingForm, type OfferingLevel } from '../catalogue/model.ts'

/**
 * Ranking of catalogue offerings for one leerdoel: pure, so the property tests
 * (suggest.test.ts) can check it on any input.
 *
 * Filters first — an offering outside the person's preferences (form, online, budget, time,
 * level) is never suggested. Then the order: how many of the goal's objectives the offering
 * serves (an offering serving none is never suggested, and never ranks above one that
 * serves some), then whether its level fits the person, then the one that starts soonest,
 * then cost and study load. Formal and informal learning are ranked side by side.
 */
export interface Candidate {
  id: string
  title: string
  form: OfferingForm
  level: OfferingLevel
  costCents: number
  studyHours: number
  online: boolean
  startMoments: readonly string[]
  servedObjectiveIds: readonly string[]
  stale: boolean
}

export interface Preferences {
  forms?: readonly OfferingForm[]
  online?: boolean
  maxCostCents?: number
  maxStudyHours?: number
  level?: OfferingLevel
}

export type ReasonCode =
  | 'serves_objectives'
  | 'level_fits'
  | 'online'
  | 'free'
  | 'within_budget'
  | 'within_time'
  | 'starts_soon'
  | 'informal'

export interface Reason {
  code: ReasonCode
  params?: Record<string, number | string>
}

export interface Suggestion<C extends Candidate = Candidate> {
  offering: C
  served: number
  reasons: Reason[]
}

export function passesFilters(candidate: Candidate, preferences: Preferences): boolean {
  const { forms, online, maxCostCents, maxStudyHours, level } = preferences
  if (forms && forms.length > 0 && !forms.includes(candidate.form)) return false
  if (online !== undefined && candidate.online !== online) return false
  if (maxCostCents !== undefined && candidate.costCents > maxCostCents) return false
  if (maxStudyHours !== undefined && candidate.studyHours > maxStudyHours) return false
  if (level !== undefined && candidate.level !== level) return false
  return true
}

const nextStart = (candidate: Candidate, today: string) =>
  [...candidate.startMoments].filter((d) => d >= today).sort()[0] ?? null

/**
 * Suggestions for a goal with `objectiveIds`, best first, split into formal and informal.
 *
 * @example suggestOfferings(candidates, goal.objectiveIds, { online: true }, { personLevel: 'gevorderd', today: '2026-11-25' })
 */
export function suggestOfferings<C extends Candidate>(
  candidates: readonly C[],
  objectiveIds: readonly string[],
  preferences: Preferences,
  context: { personLevel: OfferingLevel | null; today: string; limit?: number },
): { formal: Suggestion<C>[]; informal: Suggestion<C>[] } {
  const wanted = new Set(objectiveIds)
  const soon = addDays(context.today, 90)
  const ranked = candidates
    .filter((c) => passesFilters(c, preferences))
    .map((offering) => {
      const served = new Set(offering.servedObjectiveIds.filter((id) => wanted.has(id))).size
      const start = nextStart(offering, context.today)
      const reasons: Reason[] = [
        { code: 'serves_objectives', params: { served, total: wanted.size } },
      ]
      if (context.personLevel && offering.level === context.personLevel)
        reasons.push({ code: 'level_fits', params: { level: offering.level } })
      if (start && start <= soon) reasons.push({ code: 'starts_soon', params: { date: start } })
      if (offering.costCents === 0) reasons.push({ code: 'free' })
      else if (preferences.maxCostCents !== undefined) reasons.push({ code: 'within_budget' })
      if (preferences.maxStudyHours !== undefined) reasons.push({ code: 'within_time' })
      if (offering.online) reasons.push({ code: 'online' })
      if (!isFormal(offering.form)) reasons.push({ code: 'informal' })
      return { offering, served, start, reasons }
    })
    .filter((s) => s.served > 0)
    .sort(
      (a, b) =>
        b.served - a.served ||
        Number(b.offering.level === context.personLevel) -
          Number(a.offering.level === context.personLevel) ||
        Number(a.offering.stale) - Number(b.offering.stale) ||
        (a.start ?? '9999').localeCompare(b.start ?? '9999') ||
        a.offering.costCents - b.offering.costCents ||
        a.offering.studyHours - b.offering.studyHours ||
        a.offering.title.localeCompare(b.offering.title),
    )
    .map(({ offering, served, reasons }) => ({ offering, served, reasons }))
  const limit = context.limit ?? 5
  return {
    formal: ranked.filter((s) => isFormal(s.offering.form)).slice(0, limit),
    informal: ranked.filter((s) => !isFormal(s.offering.form)).slice(0, limit),
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
