import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isFormal, OFFERING_FORMS, OFFERING_LEVELS } from '../catalogue/model.ts'
import { type Candidate, type Preferences, passesFilters, suggestOfferings } from './suggest.ts'

const OBJECTIVES = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6']

const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  id: fc.uuid(),
  title: fc.string({ maxLength: 12 }),
  form: fc.constantFrom(...OFFERING_FORMS),
  level: fc.constantFrom(...OFFERING_LEVELS),
  costCents: fc.integer({ min: 0, max: 300_000 }),
  studyHours: fc.integer({ min: 0, max: 200 }),
  online: fc.boolean(),
  startMoments: fc.array(
    fc
      .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { maxLength: 3 },
  ),
  servedObjectiveIds: fc.subarray(OBJECTIVES),
  stale: fc.boolean(),
})

const preferencesArb: fc.Arbitrary<Preferences> = fc.record(
  {
    forms: fc.subarray([...OFFERING_FORMS], { minLength: 1 }),
    online: fc.boolean(),
    maxCostCents: fc.integer({ min: 0, max: 300_000 }),
    maxStudyHours: fc.integer({ min: 0, max: 200 }),
    level: fc.constantFrom(...OFFERING_LEVELS),
  },
  { requiredKeys: [] },
)

const inputArb = fc.record({
  candidates: fc.array(candidateArb, { maxLength: 40 }),
  goal: fc.subarray(OBJECTIVES, { minLength: 1 }),
  preferences: preferencesArb,
  personLevel: fc.constantFrom(null, ...OFFERING_LEVELS),
})

const context = (personLevel: Candidate['level'] | null) => ({
  personLevel,
  today: '2026-11-25',
  limit: 1000,
})

describe('suggestion ranking', () => {
  it('never ranks an offering serving fewer of the goal’s objectives above one serving more, and none serving nothing', () => {
    fc.assert(
      fc.property(inputArb, ({ candidates, goal, preferences, personLevel }) => {
        const { formal, informal } = suggestOfferings(
          candidates,
          goal,
          preferences,
          context(personLevel),
        )
        for (const list of [formal, informal]) {
          for (const s of list) expect(s.served).toBeGreaterThan(0)
          for (let i = 1; i < list.length; i++)
            expect(list[i - 1]!.served).toBeGreaterThanOrEqual(list[i]!.served)
        }
      }),
    )
  })

  it('respects every filter the person set, and leaves out nothing that passes them and serves the goal', () => {
    fc.assert(
      fc.property(inputArb, ({ candidates, goal, preferences, personLevel }) => {
        const { formal, informal } = suggestOfferings(
          candidates,
          goal,
          preferences,
          context(personLevel),
        )
        const suggested = [...formal, ...informal].map((s) => s.offering)
        for (const offering of suggested) expect(passesFilters(offering, preferences)).toBe(true)
        const expected = candidates.filter(
          (c) =>
            passesFilters(c, preferences) && c.servedObjectiveIds.some((id) => goal.includes(id)),
        )
        expect(suggested.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort())
      }),
    )
  })

  it('puts formal and informal learning side by side, each in its own list', () => {
    fc.assert(
      fc.property(inputArb, ({ candidates, goal, preferences, personLevel }) => {
        const { formal, informal } = suggestOfferings(
          candidates,
          goal,
          preferences,
          context(personLevel),
        )
        expect(formal.every((s) => isFormal(s.offering.form))).toBe(true)
        expect(informal.every((s) => !isFormal(s.offering.form))).toBe(true)
      }),
    )
  })

  it('gives the reason: how many of the goal’s objectives each suggestion serves', () => {
    fc.assert(
      fc.property(inputArb, ({ candidates, goal, preferences, personLevel }) => {
        const { formal, informal } = suggestOfferings(
          candidates,
          goal,
          preferences,
          context(personLevel),
        )
        for (const s of [...formal, ...informal])
          expect(s.reasons[0]).toEqual({
            code: 'serves_objectives',
            params: { served: s.served, total: new Set(goal).size },
          })
      }),
    )
  })
})
