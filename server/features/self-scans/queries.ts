import type { ScanDetail, ScanSummary } from '../../../domain/api/self-scans.ts'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { type Answer, isAnswered } from '../../../domain/self-scans/answers.ts'
import type { Scale } from '../../../domain/self-scans/scale.ts'
import { scoreScan } from '../../../domain/self-scans/scoring.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { SelfScanTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { toNumber } from '../../util.ts'
import { readableTree } from '../knowledge-maps/tree-cache.ts'

export interface ScanRow extends SelfScanTable {
  slug: string
  mapTitle: string
  versionNumber: number | null
}

const scanColumns = [
  'knowledge_maps.slug',
  'knowledge_maps.title as mapTitle',
  'map_versions.number as versionNumber',
] as const

function scanQuery(db: Db) {
  return db.kysely
    .selectFrom('self_scans')
    .innerJoin('knowledge_maps', 'knowledge_maps.id', 'self_scans.map_id')
    .innerJoin('map_versions', 'map_versions.id', 'self_scans.version_id')
    .selectAll('self_scans')
    .select(scanColumns)
}

export async function findScan(db: Db, scanId: string): Promise<ScanRow> {
  const row = await scanQuery(db).where('self_scans.id', '=', scanId).executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return row
}

/** One's own scan; another person's is "not found", so ids reveal nothing. */
export async function findOwnScan(
  db: Db,
  scanId: string,
  user: Pick<CurrentUser, 'id'>,
): Promise<ScanRow> {
  const row = await findScan(db, scanId)
  if (row.user_id !== user.id) throw new AppError('not_found')
  return row
}

export const parseAnswers = (row: Pick<SelfScanTable, 'answers'>): Record<string, Answer> =>
  JSON.parse(row.answers)
export const parseNotes = (row: Pick<SelfScanTable, 'theme_notes'>): Record<string, string> =>
  JSON.parse(row.theme_notes)
export const parseScale = (row: Pick<SelfScanTable, 'scale'>): Scale => JSON.parse(row.scale)

/** The map version a scan was taken on; published versions never change, so this is cached. */
export function scanTree(db: Db, row: Pick<ScanRow, 'slug' | 'versionNumber'>) {
  if (row.versionNumber === null) throw new AppError('not_found')
  return readableTree(db, row.slug, row.versionNumber)
}

export function progressOf(
  tree: Awaited<ReturnType<typeof scanTree>>,
  answers: Record<string, Answer>,
) {
  const objectives = objectivesOf(tree)
  return {
    answered: objectives.filter((o) => isAnswered(answers[o.id])).length,
    total: objectives.length,
  }
}

export async function presentScan(db: Db, row: ScanRow): Promise<ScanDetail> {
  const tree = await scanTree(db, row)
  const answers = parseAnswers(row)
  return {
    id: row.id,
    status: row.status,
    tree,
    scale: parseScale(row),
    target: row.target_level,
    targetStage: row.target_stage,
    answers,
    themeNotes: parseNotes(row),
    progress: progressOf(tree, answers),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  }
}

/** A person's scans, newest first, with progress, overall score and active shares. */
export async function listScans(
  db: Db,
  filter: { userId: string; scanId?: string },
): Promise<ScanSummary[]> {
  let query = scanQuery(db).where('self_scans.user_id', '=', filter.userId)
  if (filter.scanId) query = query.where('self_scans.id', '=', filter.scanId)
  const rows = await query.orderBy('self_scans.started_at', 'desc').execute()
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const shares = await db.kysely
    .selectFrom('self_scan_shares')
    .select(['scan_id', (eb) => eb.fn.countAll().as('n')])
    .where('scan_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .groupBy('scan_id')
    .execute()
  const shareCount = new Map(shares.map((s) => [s.scan_id, toNumber(s.n)]))
  return Promise.all(
    rows.map(async (row) => {
      const tree = await scanTree(db, row)
      const answers = parseAnswers(row)
      return {
        id: row.id,
        map: { slug: row.slug, title: row.mapTitle },
        version: { id: row.version_id, number: row.versionNumber },
        status: row.status,
        startedAt: row.started_at,
        updatedAt: row.updated_at,
        submittedAt: row.submitted_at,
        progress: progressOf(tree, answers),
        overallMean:
          row.status === 'submitted'
            ? scoreScan(tree, answers, row.target_level).overall.mean
            : null,
        activeShares: shareCount.get(row.id) ?? 0,
      }
    }),
  )
}
