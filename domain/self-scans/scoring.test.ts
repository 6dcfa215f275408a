import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MapTree } from '../knowledge-maps/tree.ts'
import type { Answer } from './answers.ts'
import { compareScores, scoreScan } from './scoring.ts'

const MIN = 1
const MAX = 5

/** Any map shape: 1–3 domains of 1–4 themes of 1–6 objectives, with unique ids. */
const treeArb = fc
  .array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((shape): Pick<MapTree, 'domains'> => {
    let n = 0
    const id = (kind: string) => `${kind}-${n++}`
    return {
      domains: shape.map((themes) => ({
        id: id('d'),
        title: 'Domein',
        themes: themes.map((objectives) => ({
          id: id('t'),
          title: 'Thema',
          objectives: Array.from({ length: objectives }, () => ({ id: id('o'), title: 'Doel' })),
        })),
      })),
    }
  })

const answerArb: fc.Arbitrary<Answer | undefined> = fc.option(
  fc.oneof(
    fc.record({
      level: fc.integer({ min: MIN, max: MAX }),
      notApplicable: fc.constant(false),
      develop: fc.boolean(),
      importance: fc.constantFrom(null, 1 as const, 2 as const, 3 as const),
    }),
    fc.record({
      level: fc.constant(null),
      notApplicable: fc.constant(true),
      develop: fc.boolean(),
      importance: fc.constantFrom(null, 1 as const, 2 as const, 3 as const),
    }),
  ),
  { nil: undefined },
)

/** A tree with answers for (some of) its objectives, and an aimed level on the scale. */
const scanArb = treeArb.chain((tree) => {
  const ids = tree.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives.map((o) => o.id)))
  return fc.record({
    tree: fc.constant(tree),
    answers: fc
      .tuple(...ids.map(() => answerArb))
      .map((list) =>
        Object.fromEntries(ids.flatMap((id, i) => (list[i] ? [[id, list[i]!] as const] : []))),
      ),
    target: fc.integer({ min: MIN, max: MAX }),
  })
})

const groups = (scores: ReturnType<typeof scoreScan>) => [
  scores.overall,
  ...scores.domains,
  ...scores.domains.flatMap((d) => d.themes),
]

describe('zelfscan scoring', () => {
  it('keeps every score within the scale, and null only when nothing was rated', () => {
    fc.assert(
      fc.property(scanArb, ({ tree, answers, target }) => {
        for (const group of groups(scoreScan(tree, answers, target))) {
          if (group.rated === 0) expect(group.mean).toBeNull()
          else {
            expect(group.mean).toBeGreaterThanOrEqual(MIN)
            expect(group.mean).toBeLessThanOrEqual(MAX)
          }
        }
      }),
    )
  })

  it('never counts "not applicable" as zero: marking more objectives n/a leaves the mean of the rest', () => {
    fc.assert(
      fc.property(scanArb, fc.nat(), ({ tree, answers, target }, pick) => {
        const rated = Object.entries(answers).filter(([, a]) => a.level !== null)
        if (rated.length < 2) return
        const [id] = rated[pick % rated.length]!
        const without = { ...answers, [id]: { ...answers[id]!, level: null, notApplicable: true } }
        const before = scoreScan(tree, answers, target).overall
        const after = scoreScan(tree, without, target).overall
        const rest = rated.filter(([other]) => other !== id).map(([, a]) => a.level!)
        const mean = rest.reduce((a, b) => a + b, 0) / rest.length
        expect(after.mean).toBeCloseTo(mean, 2)
        expect(after.rated).toBe(before.rated - 1)
        expect(after.notApplicable).toBe(before.notApplicable + 1)
      }),
    )
  })

  it('gives consistent gaps: max(0, aim − mean), within [0, aim − lowest level]', () => {
    fc.assert(
      fc.property(scanArb, ({ tree, answers, target }) => {
        const scores = scoreScan(tree, answers, target)
        for (const group of groups(scores)) {
          if (group.mean === null) expect(group.gap).toBeNull()
          else {
            expect(group.gap).toBeCloseTo(Math.max(0, target - group.mean), 2)
            expect(group.gap).toBeGreaterThanOrEqual(0)
            expect(group.gap).toBeLessThanOrEqual(target - MIN)
          }
        }
        for (const objective of scores.domains.flatMap((d) =>
          d.themes.flatMap((t) => t.objectives),
        ))
          expect(objective.gap).toBe(
            objective.level === null ? null : Math.max(0, target - objective.level),
          )
      }),
    )
  })

  it('lists as development points exactly the objectives below the aim or chosen, chosen ones first', () => {
    fc.assert(
      fc.property(scanArb, ({ tree, answers, target }) => {
        const scores = scoreScan(tree, answers, target)
        const expected = Object.entries(answers)
          .filter(([, a]) => a.develop || (a.level !== null && a.level < target))
          .map(([id]) => id)
          .sort()
        const points = scores.developmentPoints
        expect(points.map((p) => p.objectiveId).sort()).toEqual(expected)
        const firstUnchosen = points.findIndex((p) => !p.develop)
        if (firstUnchosen >= 0)
          expect(points.slice(firstUnchosen).every((p) => !p.develop)).toBe(true)
        for (const strength of scores.strengths)
          expect(strength.level).toBeGreaterThanOrEqual(target)
      }),
    )
  })

  it('puts no objective both under strengths and development points: a chosen one is a point only', () => {
    fc.assert(
      fc.property(scanArb, ({ tree, answers, target }) => {
        const scores = scoreScan(tree, answers, target)
        const points = new Set(scores.developmentPoints.map((p) => p.objectiveId))
        for (const strength of scores.strengths) {
          expect(points.has(strength.objectiveId)).toBe(false)
          expect(strength.develop).toBe(false)
        }
        // Together they hold every rated or chosen objective, each once.
        const expected = Object.entries(answers)
          .filter(([, a]) => a.develop || a.level !== null)
          .map(([id]) => id)
          .sort()
        const both = [...scores.strengths, ...scores.developmentPoints].map((p) => p.objectiveId)
        expect(both.sort()).toEqual(expected)
      }),
    )
  })

  it('compares by identity: a scan compared with itself changes nothing', () => {
    fc.assert(
      fc.property(scanArb, ({ tree, answers, target }) => {
        const scores = scoreScan(tree, answers, target)
        const change = compareScores(scores, scores)
        for (const item of [change.overall, ...change.themes, ...change.objectives])
          expect(item.delta).toBe(item.before === null ? null : 0)
        expect(change.themes).toHaveLength(scores.domains.flatMap((d) => d.themes).length)
      }),
    )
  })
})
