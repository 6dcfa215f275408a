import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import type { Answer, SaveAnswersInput } from '../../../domain/self-scans/answers.ts'
import { maxLevel, minLevel } from '../../../domain/self-scans/scale.ts'
import type { FieldError } from '../../../domain/validation.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import {
  findOwnScan,
  parseAnswers,
  parseNotes,
  parseScale,
  progressOf,
  scanTree,
} from './queries.ts'

/**
 * Autosave: merges the changed answers and theme notes into a scan in progress. Every answer
 * is checked against the scan's own map version and scale first; one wrong answer saves
 * nothing, and the error names the field. A submitted scan is never changed.
 */
export async function saveScanAnswers(options: {
  db: Db
  user: CurrentUser
  scanId: string
  input: SaveAnswersInput
}) {
  const { db, user, scanId, input } = options
  const row = await findOwnScan(db, scanId, user)
  if (row.status !== 'draft') throw new AppError('already_submitted')
  const tree = await scanTree(db, row)
  const scale = parseScale(row)
  const objectiveIds = new Set(objectivesOf(tree).map((o) => o.id))
  const themeIds = new Set(tree.domains.flatMap((d) => d.themes.map((t) => t.id)))
  const [min, max] = [minLevel(scale), maxLevel(scale)]

  const errors: FieldError[] = []
  input.answers.forEach((answer, i) => {
    if (!objectiveIds.has(answer.objectiveId))
      errors.push({ field: `answers.${i}.objectiveId`, code: 'invalid' })
    if (answer.level !== null && (answer.level < min || answer.level > max))
      errors.push({
        field: `answers.${i}.level`,
        code: 'out_of_range',
        params: { minimum: min, maximum: max },
      })
  })
  input.themeNotes.forEach((note, i) => {
    if (!themeIds.has(note.themeId))
      errors.push({ field: `themeNotes.${i}.themeId`, code: 'invalid' })
  })
  if (errors.length > 0) throw new AppError('validation_failed', errors)

  return db.kysely.transaction().execute(async (trx) => {
    // Re-read inside the transaction with the row locked (PostgreSQL; SQLite runs one
    // transaction at a time on its single connection): two devices saving at once both keep
    // their answers.
    const current = await trx
      .selectFrom('self_scans')
      .select(['answers', 'theme_notes', 'status'])
      .where('id', '=', scanId)
      .$if(db.kind === 'postgres', (query) => query.forUpdate())
      .executeTakeFirstOrThrow()
    if (current.status !== 'draft') throw new AppError('already_submitted')
    const answers = parseAnswers(current)
    for (const { objectiveId, ...answer } of input.answers) answers[objectiveId] = answer as Answer
    const notes = parseNotes(current)
    for (const { themeId, note } of input.themeNotes) {
      if (note === '') delete notes[themeId]
      else notes[themeId] = note
    }
    const updatedAt = now()
    await trx
      .updateTable('self_scans')
      .set({
        answers: JSON.stringify(answers),
        theme_notes: JSON.stringify(notes),
        updated_at: updatedAt,
      })
      .where('id', '=', scanId)
      .where('status', '=', 'draft')
      .execute()
    return { progress: progressOf(tree, answers), updatedAt }
  })
}
