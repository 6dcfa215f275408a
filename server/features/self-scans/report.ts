import type { ScanReport } from '../../../domain/api/self-scans.ts'
import type { ShareScope } from '../../../domain/schemas/self-scans.ts'
import { compareScores, scoreScan } from '../../../domain/self-scans/scoring.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import {
  findScan,
  parseAnswers,
  parseNotes,
  parseScale,
  type ScanRow,
  scanTree,
} from './queries.ts'

/** Scores of a scan row on its own map version. */
async function scoresOf(db: Db, row: ScanRow) {
  return scoreScan(await scanTree(db, row), parseAnswers(row), row.target_level)
}

/** The person's previous submitted scan of the same map (any version), if any. */
async function previousScan(db: Db, row: ScanRow): Promise<ScanRow | null> {
  const previous = await db.kysely
    .selectFrom('self_scans')
    .select('id')
    .where('user_id', '=', row.user_id)
    .where('map_id', '=', row.map_id)
    .where('status', '=', 'submitted')
    .where('submitted_at', '<', row.submitted_at!)
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return previous ? findScan(db, previous.id) : null
}

/**
 * The report of a submitted scan, for its owner (`full`) or for someone it is shared with
 * (their share's scope). A summary holds the theme and domain scores, what the person wants
 * to develop and the change since last time — not the ratings of single objectives or notes.
 */
export async function buildReport(
  db: Db,
  row: ScanRow,
  reader: { scope: ShareScope; ownerName: string; mine: boolean },
): Promise<ScanReport> {
  if (row.status !== 'submitted' || !row.submitted_at) throw new AppError('not_submitted')
  const scores = await scoresOf(db, row)
  const full = reader.scope === 'full'
  const notes = parseNotes(row)
  const previous = await previousScan(db, row)
  const comparison = previous ? compareScores(await scoresOf(db, previous), scores) : null
  return {
    scan: {
      id: row.id,
      map: { slug: row.slug, title: row.mapTitle },
      version: { id: row.version_id, number: row.versionNumber },
      submittedAt: row.submitted_at,
    },
    owner: { name: reader.ownerName, mine: reader.mine },
    scope: reader.scope,
    scale: parseScale(row),
    target: scores.target,
    targetStage: row.target_stage,
    overall: scores.overall,
    domains: scores.domains.map((domain) => ({
      ...domain,
      themes: domain.themes.map((theme) => ({
        ...theme,
        objectives: full ? theme.objectives : null,
        note: full ? (notes[theme.id] ?? null) : null,
      })),
    })),
    strengths: full ? scores.strengths : [],
    developmentPoints: full
      ? scores.developmentPoints
      : scores.developmentPoints
          .filter((p) => p.develop)
          .map((p) => ({ ...p, level: null, gap: null, importance: null })),
    change:
      previous && comparison
        ? {
            previous: {
              id: previous.id,
              submittedAt: previous.submitted_at!,
              versionNumber: previous.versionNumber,
            },
            overall: comparison.overall,
            themes: comparison.themes,
            objectives: full ? comparison.objectives : null,
          }
        : null,
  }
}
