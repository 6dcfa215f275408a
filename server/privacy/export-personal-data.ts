import type { AccountExport } from '../../domain/api/account.ts'
import type { Db } from '../db/connection.ts'
import { AppError } from '../errors.ts'
import { PERSONAL_DATA, USER_EXPORT_OMIT } from './registry.ts'

function omit(row: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)))
}

/** All personal data of one person, table by table, as registered in `PERSONAL_DATA`. */
export async function exportPersonalData(db: Db, userId: string): Promise<AccountExport> {
  const user = await db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!user) throw new AppError('not_found')
  const data: AccountExport['data'] = {}
  for (const entry of PERSONAL_DATA) {
    if (!entry.export) continue
    // Table and column names come from the registry, never from input.
    const rows = await db.kysely
      .selectFrom(entry.table)
      .selectAll()
      .where((eb) =>
        eb.or([
          ...entry.userColumns.map((column) => eb(eb.ref(column as never), '=', userId as never)),
          ...(entry.emailColumn
            ? [eb(eb.ref(entry.emailColumn as never), '=', user.email as never)]
            : []),
        ]),
      )
      .execute()
    data[entry.table] = rows.map((row) =>
      omit(row as Record<string, unknown>, entry.exportOmit ?? []),
    )
  }
  return {
    format: 'routekaart-export/1',
    exportedAt: new Date().toISOString(),
    user: omit(user as unknown as Record<string, unknown>, USER_EXPORT_OMIT),
    data,
  }
}
