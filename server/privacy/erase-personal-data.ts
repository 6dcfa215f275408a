import { sql } from 'kysely'
import type { Db } from '../db/connection.ts'
import { AppError } from '../errors.ts'
import { PERSONAL_DATA } from './registry.ts'

/**
 * Removes a person's personal data everywhere, in one transaction, then makes the database
 * files forget it (SQLite: secure_delete plus a WAL checkpoint; PostgreSQL: VACUUM).
 * Refuses to remove the last administrator. The caller has checked the person's password.
 */
export async function erasePersonalData(db: Db, userId: string): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select('email')
      .where('id', '=', userId)
      .executeTakeFirst()
    if (!user) throw new AppError('not_found')
    const admins = await trx
      .selectFrom('user_roles')
      .select(['user_id'])
      .where('role', '=', 'admin')
      .execute()
    if (admins.length === 1 && admins[0]?.user_id === userId) throw new AppError('last_admin')

    for (const entry of PERSONAL_DATA) {
      if (entry.onErase === 'delete') {
        await trx
          .deleteFrom(entry.table)
          .where((eb) =>
            eb.or([
              ...entry.userColumns.map((column) =>
                eb(eb.ref(column as never), '=', userId as never),
              ),
              ...(entry.emailColumn
                ? [eb(eb.ref(entry.emailColumn as never), '=', user.email as never)]
                : []),
            ]),
          )
          .execute()
        continue
      }
      for (const column of entry.userColumns) {
        await trx
          .updateTable(entry.table)
          .set({ [column]: null } as never)
          .where(column as never, '=', userId as never)
          .execute()
      }
      if (entry.emailColumn) {
        await trx
          .updateTable(entry.table)
          .set({ [entry.emailColumn]: '(verwijderd)' } as never)
          .where(entry.emailColumn as never, '=', user.email as never)
          .execute()
      }
    }
    // The security log may mention the address in a detail (a failed sign-in with an unknown
    // address, a block). Details are JSON, so the address appears as a whole JSON string:
    // matching it with its quotes leaves a longer address that merely contains it alone.
    await trx
      .updateTable('audit_log')
      .set({ detail: '{}' })
      .where(sql<boolean>`detail like ${likeContaining(JSON.stringify(user.email))} escape '\\'`)
      .execute()
    await trx.deleteFrom('users').where('id', '=', userId).execute()
  })
  await db.compact()
}

/**
 * A LIKE pattern matching any text that contains `text` literally: `%`, `_` and the escape
 * character itself are escaped with a backslash, for `LIKE … ESCAPE '\'` (which means the
 * same on SQLite and PostgreSQL).
 */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
