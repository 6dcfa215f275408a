import type { EmployabilityCheck } from '../../../domain/api/self-scans.ts'
import { scoreEmployability } from '../../../domain/self-scans/employability.ts'
import type { FieldError } from '../../../domain/validation.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { EmployabilityCheckTable } from '../../db/schema.ts'
import { isUniqueViolation } from '../../db/unique-violation.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { employabilityContent } from './content.ts'

/**
 * The duurzame-inzetbaarheidscheck: private to its owner (it is never shared), saved as one
 * answers, resumable, and kept as it was once submitted.
 */
export function presentCheck(row: EmployabilityCheckTable): EmployabilityCheck {
  const content = employabilityContent()
  const answers: Record<string, number> = JSON.parse(row.answers)
  const total = content.dimensions.reduce((n, d) => n + d.statements.length, 0)
  return {
    id: row.id,
    status: row.status,
    answers,
    results: scoreEmployability(content, answers),
    progress: { answered: Object.keys(answers).length, total },
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  }
}

export async function listChecks(db: Db, user: CurrentUser) {
  const rows = await db.kysely
    .selectFrom('employability_checks')
    .selectAll()
    .where('user_id', '=', user.id)
    .orderBy('started_at', 'desc')
    .execute()
  return rows.map(presentCheck)
}

export async function findOwnCheck(db: Db, user: CurrentUser, checkId: string) {
  const row = await db.kysely
    .selectFrom('employability_checks')
    .selectAll()
    .where('id', '=', checkId)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return row
}

const ONE_DRAFT = {
  postgres: 'employability_checks_one_draft',
  sqlite: 'employability_checks.user_id',
}

export async function startCheck(db: Db, user: CurrentUser) {
  const draft = await db.kysely
    .selectFrom('employability_checks')
    .selectAll()
    .where('user_id', '=', user.id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  if (draft) return { check: presentCheck(draft), created: false }
  const at = now()
  const row: EmployabilityCheckTable = {
    id: newId(),
    user_id: user.id,
    content_version: employabilityContent().version,
    answers: '{}',
    status: 'draft',
    started_at: at,
    updated_at: at,
    submitted_at: null,
  }
  try {
    await db.kysely.insertInto('employability_checks').values(row).execute()
  } catch (error) {
    // Started on two devices at once: the unique index (migration 009) let one in; resume it.
    if (!isUniqueViolation(error, ONE_DRAFT)) throw error
    return startCheck(db, user)
  }
  return { check: presentCheck(row), created: true }
}

export async function saveCheckAnswers(
  db: Db,
  user: CurrentUser,
  checkId: string,
  input: Record<string, number>,
) {
  const row = await findOwnCheck(db, user, checkId)
  if (row.status !== 'draft') throw new AppError('already_submitted')
  const known = new Set(
    employabilityContent().dimensions.flatMap((d) => d.statements.map((s) => s.id)),
  )
  const errors: FieldError[] = Object.keys(input)
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `answers.${id}`, code: 'invalid' }))
  if (errors.length > 0) throw new AppError('validation_failed', errors)
  return db.kysely.transaction().execute(async (trx) => {
    // Merge into the answers as they are now, with the row locked (PostgreSQL; SQLite runs one
    // transaction at a time): two devices saving at once both keep their answers.
    const current = await trx
      .selectFrom('employability_checks')
      .selectAll()
      .where('id', '=', checkId)
      .$if(db.kind === 'postgres', (query) => query.forUpdate())
      .executeTakeFirstOrThrow()
    if (current.status !== 'draft') throw new AppError('already_submitted')
    const answers = { ...JSON.parse(current.answers), ...input }
    const updated = { ...current, answers: JSON.stringify(answers), updated_at: now() }
    await trx
      .updateTable('employability_checks')
      .set({ answers: updated.answers, updated_at: updated.updated_at })
      .where('id', '=', checkId)
      .where('status', '=', 'draft')
      .execute()
    return presentCheck(updated)
  })
}

export async function submitCheck(db: Db, user: CurrentUser, checkId: string) {
  const row = await findOwnCheck(db, user, checkId)
  if (row.status !== 'draft') throw new AppError('already_submitted')
  const check = presentCheck(row)
  const open = employabilityContent()
    .dimensions.flatMap((d) => d.statements.map((s) => s.id))
    .filter((id) => check.answers[id] === undefined)
  if (open.length > 0)
    throw new AppError(
      'not_complete',
      undefined,
      open.map((field) => ({ code: 'required', field })),
    )
  const at = now()
  const result = await db.kysely
    .updateTable('employability_checks')
    .set({ status: 'submitted', submitted_at: at, updated_at: at })
    .where('id', '=', checkId)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('already_submitted')
  return presentCheck({ ...row, status: 'submitted', submitted_at: at, updated_at: at })
}
