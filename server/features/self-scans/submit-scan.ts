import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { isAnswered } from '../../../domain/self-scans/answers.ts'
import { scoreScan } from '../../../domain/self-scans/scoring.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import { findOwnScan, parseAnswers, scanTree } from './queries.ts'

/**
 * Submits a complete scan: from now on it is kept exactly as it is. Its theme scores are
 * stored beside it for the anonymous team overview. Every objective needs an answer (a
 * level or "not applicable"); the problem list names the ones still open.
 */
export async function submitSelfScan(options: {
  db: Db
  user: Pick<CurrentUser, 'id'>
  scanId: string
  /** When it was submitted; now, unless seeding history. */
  at?: string
}) {
  const { db, user, scanId } = options
  const row = await findOwnScan(db, scanId, user)
  if (row.status !== 'draft') throw new AppError('already_submitted')
  const tree = await scanTree(db, row)
  const answers = parseAnswers(row)
  const open = objectivesOf(tree).filter((o) => !isAnswered(answers[o.id]))
  if (open.length > 0)
    throw new AppError(
      'not_complete',
      undefined,
      open.map((o) => ({ code: 'required', nodeId: o.id, nodeKind: 'objective', title: o.title })),
    )
  const scores = scoreScan(tree, answers, row.target_level)
  const at = options.at ?? now()
  await db.kysely.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('self_scans')
      .set({ status: 'submitted', submitted_at: at, updated_at: at })
      .where('id', '=', scanId)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('already_submitted')
    const themes = scores.domains.flatMap((d) => d.themes)
    if (themes.length > 0)
      await trx
        .insertInto('self_scan_theme_scores')
        .values(
          themes.map((theme) => ({
            scan_id: scanId,
            theme_node_id: theme.id,
            mean: theme.mean,
            gap: theme.gap,
            develop_count: theme.developCount,
          })),
        )
        .execute()
  })
}
