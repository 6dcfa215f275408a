import type { MapTree } from '../knowledge-maps/tree.ts'
import type { Answer, Importance } from './answers.ts'

/**
 * The report of a zelfscan, computed from its answers alone: pure, so the web, the PDF, the
 * team overview and the property tests (scoring.test.ts) all agree.
 *
 * - A group's score is the mean level of its rated objectives; "not applicable" and
 *   unanswered objectives are left out, never counted as zero. No rated objective: null.
 * - The gap is how far the mean falls short of the aim: max(0, target − mean).
 * - One rule, so no objective is both: a development point is one the person chose to develop
 *   (whatever its level) or one rated below the aim; a strength is one rated at or above the
 *   aim that the person did not choose to develop.
 */
export interface ObjectiveResult {
  id: string
  title: string
  level: number | null
  notApplicable: boolean
  develop: boolean
  importance: Importance | null
  gap: number | null
}

export interface GroupScore {
  id: string
  title: string
  mean: number | null
  gap: number | null
  rated: number
  notApplicable: number
  unanswered: number
  developCount: number
}

export interface ThemeResult extends GroupScore {
  objectives: ObjectiveResult[]
}
export interface DomainResult extends GroupScore {
  themes: ThemeResult[]
}

export interface DevelopmentPoint {
  objectiveId: string
  title: string
  themeId: string
  themeTitle: string
  level: number | null
  gap: number | null
  develop: boolean
  importance: Importance | null
}

export interface ScanScores {
  target: number
  overall: GroupScore
  domains: DomainResult[]
  strengths: DevelopmentPoint[]
  developmentPoints: DevelopmentPoint[]
}

const round2 = (n: number) => Math.round(n * 100) / 100

function groupScore(
  id: string,
  title: string,
  objectives: readonly ObjectiveResult[],
  target: number,
): GroupScore {
  const levels = objectives.flatMap((o) => (o.level === null ? [] : [o.level]))
  const mean =
    levels.length === 0 ? null : round2(levels.reduce((a, b) => a + b, 0) / levels.length)
  return {
    id,
    title,
    mean,
    gap: mean === null ? null : round2(Math.max(0, target - mean)),
    rated: levels.length,
    notApplicable: objectives.filter((o) => o.notApplicable).length,
    unanswered: objectives.filter((o) => o.level === null && !o.notApplicable).length,
    developCount: objectives.filter((o) => o.develop).length,
  }
}

/** Chosen to develop, or rated below the aim: the report's one rule (see above). */
export const isDevelopmentPoint = (
  o: Pick<ObjectiveResult, 'develop' | 'level'>,
  target: number,
): boolean => o.develop || (o.level !== null && o.level < target)

function objectiveResult(
  objective: { id: string; title: string },
  answer: Answer | undefined,
  target: number,
): ObjectiveResult {
  const notApplicable = answer?.notApplicable ?? false
  const level = notApplicable ? null : (answer?.level ?? null)
  return {
    id: objective.id,
    title: objective.title,
    level,
    notApplicable,
    develop: answer?.develop ?? false,
    importance: answer?.importance ?? null,
    gap: level === null ? null : Math.max(0, target - level),
  }
}

/**
 * Scores of one scan on its map version.
 *
 * @example scoreScan(tree, { [objectiveId]: { level: 2, notApplicable: false, develop: true, importance: 3 } }, 4)
 */
export function scoreScan(
  tree: Pick<MapTree, 'domains'>,
  answers: Readonly<Record<string, Answer>>,
  target: number,
): ScanScores {
  const all: ObjectiveResult[] = []
  const strengths: DevelopmentPoint[] = []
  const points: DevelopmentPoint[] = []
  const domains = tree.domains.map((domain) => {
    const themes = domain.themes.map((theme) => {
      const objectives = theme.objectives.map((o) => objectiveResult(o, answers[o.id], target))
      for (const o of objectives) {
        const point = {
          objectiveId: o.id,
          title: o.title,
          themeId: theme.id,
          themeTitle: theme.title,
          level: o.level,
          gap: o.gap,
          develop: o.develop,
          importance: o.importance,
        }
        if (isDevelopmentPoint(o, target)) points.push(point)
        else if (o.level !== null && o.level >= target) strengths.push(point)
      }
      all.push(...objectives)
      return { ...groupScore(theme.id, theme.title, objectives, target), objectives }
    })
    const objectives = themes.flatMap((t) => t.objectives)
    return { ...groupScore(domain.id, domain.title, objectives, target), themes }
  })
  // What the person wants first, then what matters most to their work, then the widest gap;
  // ties keep the map's reading order (Array.prototype.sort is stable).
  points.sort(
    (a, b) =>
      Number(b.develop) - Number(a.develop) ||
      (b.importance ?? 0) - (a.importance ?? 0) ||
      (b.gap ?? 0) - (a.gap ?? 0),
  )
  return {
    target,
    overall: groupScore('overall', '', all, target),
    domains,
    strengths,
    developmentPoints: points,
  }
}

export interface ScoreChange {
  id: string
  title: string
  before: number | null
  after: number | null
  /** after − before, when both are known. */
  delta: number | null
}

/**
 * What changed since an earlier scan of the same map, by node identity: themes and objectives
 * that exist in both (also across map versions, as ids survive new versions).
 */
export function compareScores(before: ScanScores, after: ScanScores) {
  const delta = (a: number | null, b: number | null) =>
    a === null || b === null ? null : round2(b - a)
  const beforeThemes = new Map(before.domains.flatMap((d) => d.themes).map((t) => [t.id, t]))
  const beforeObjectives = new Map(
    before.domains.flatMap((d) => d.themes.flatMap((t) => t.objectives)).map((o) => [o.id, o]),
  )
  const themes: ScoreChange[] = []
  const objectives: ScoreChange[] = []
  for (const theme of after.domains.flatMap((d) => d.themes)) {
    const old = beforeThemes.get(theme.id)
    if (old)
      themes.push({
        id: theme.id,
        title: theme.title,
        before: old.mean,
        after: theme.mean,
        delta: delta(old.mean, theme.mean),
      })
    for (const objective of theme.objectives) {
      const was = beforeObjectives.get(objective.id)
      if (was)
        objectives.push({
          id: objective.id,
          title: objective.title,
          before: was.level,
          after: objective.level,
          delta: delta(was.level, objective.level),
        })
    }
  }
  return {
    overall: {
      id: 'overall',
      title: '',
      before: before.overall.mean,
      after: after.overall.mean,
      delta: delta(before.overall.mean, after.overall.mean),
    },
    themes,
    objectives,
  }
}
export type ScanComparison = ReturnType<typeof compareScores>
