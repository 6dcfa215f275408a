import type { CsvProblem } from '../../../domain/api/catalogue.ts'
import { offeringFromCsvRow, readOfferingsCsv } from '../../../domain/catalogue/csv.ts'
import type { OfferingInput } from '../../../domain/schemas/catalogue.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId } from '../../util.ts'
import { editScopeOf, inScope } from './access.ts'
import { writeOffering } from './operations.ts'
import { knownObjectiveIds } from './queries.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

interface CheckedRow {
  line: number
  action: 'create' | 'update'
  id: string
  title: string
  input: OfferingInput | null
  providerName: string
  problems: CsvProblem[]
}

/**
 * Checks every row of a CSV of offerings against the form's schema, the providers the person
 * may keep, the offerings it names and the kenniskaart objectives. Saves nothing.
 */
export async function checkOfferingsCsv(db: Db, user: CurrentUser, text: string) {
  const scope = await editScopeOf(db, user)
  const read = readOfferingsCsv(text)
  const providers = await db.kysely.selectFrom('providers').select(['id', 'slug', 'name']).execute()
  const bySlug = new Map(providers.map((p) => [p.slug, p]))
  const givenIds = read.rows.map((row) => row.cells.id.toLowerCase()).filter((id) => UUID.test(id))
  const existing = new Map<string, string>()
  for (let start = 0; start < givenIds.length; start += 500) {
    const found = await db.kysely
      .selectFrom('offerings')
      .select(['id', 'provider_id'])
      .where('id', 'in', givenIds.slice(start, start + 500))
      .execute()
    for (const row of found) existing.set(row.id, row.provider_id)
  }
  const known = await knownObjectiveIds(
    db,
    [
      ...new Set(read.rows.flatMap((row) => row.cells.leerdoelen.toLowerCase().split(/[;\s]+/))),
    ].filter((id) => UUID.test(id)),
  )
  const seenIds = new Set<string>()
  const rows: CheckedRow[] = read.rows.map(({ line, cells }) => {
    const problems: CsvProblem[] = []
    const add = (column: string, code: string) => problems.push({ line, column, code })
    const id = cells.id.toLowerCase()
    if (id) {
      if (!UUID.test(id) || !existing.has(id)) add('id', 'unknown_offering')
      else if (!inScope(scope, existing.get(id)!)) add('id', 'offering_not_yours')
      if (seenIds.has(id)) add('id', 'duplicate_id')
      seenIds.add(id)
    }
    const provider = bySlug.get(cells.aanbieder.toLowerCase())
    if (!cells.aanbieder) add('aanbieder', 'required')
    else if (!provider) add('aanbieder', 'unknown_provider')
    else if (!inScope(scope, provider.id)) add('aanbieder', 'provider_not_yours')
    const checked = offeringFromCsvRow({ line, cells }, provider?.id ?? newId())
    for (const problem of checked.problems) add(problem.column, problem.code)
    const unknownObjective = checked.input?.objectiveIds.some((objective) => !known.has(objective))
    if (unknownObjective && !problems.some((p) => p.column === 'leerdoelen'))
      add('leerdoelen', 'unknown_objective')
    return {
      line,
      action: id ? 'update' : 'create',
      id: id || newId(),
      title: cells.titel,
      input: problems.length === 0 ? checked.input : null,
      providerName: provider?.name ?? '',
      problems,
    }
  })
  const problems = [...read.problems, ...rows.flatMap((row) => row.problems)].sort(
    (a, b) => a.line - b.line,
  )
  return { rows, problems }
}

/** What applying the file would do, row by row, with every problem. */
export async function previewOfferingsCsv(db: Db, user: CurrentUser, text: string) {
  const { rows, problems } = await checkOfferingsCsv(db, user, text)
  return {
    rows: rows.map(({ line, action, title, problems: own }) => ({
      line,
      action,
      title,
      problems: own,
    })),
    problems,
  }
}

/**
 * Saves every row in one transaction, or nothing: any problem anywhere refuses the whole file
 * with `import_failed` and every problem (`line 3, kosten`).
 */
export async function applyOfferingsCsv(db: Db, user: CurrentUser, text: string) {
  const { rows, problems } = await checkOfferingsCsv(db, user, text)
  if (problems.length > 0) {
    throw new AppError(
      'import_failed',
      undefined,
      problems.map((p) => ({
        at: p.column ? `line ${p.line}, ${p.column}` : `line ${p.line}`,
        code: p.code,
      })),
    )
  }
  const now = new Date().toISOString()
  await db.kysely.transaction().execute(async (trx) => {
    for (const row of rows) {
      await writeOffering(trx, db.kind, {
        id: row.id,
        input: row.input!,
        providerName: row.providerName,
        ownerUserId: user.id,
        isNew: row.action === 'create',
        now,
      })
    }
  })
  return {
    created: rows.filter((row) => row.action === 'create').length,
    updated: rows.filter((row) => row.action === 'update').length,
  }
}
