import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../tests/harness.ts'
import { PERSONAL_DATA } from './registry.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

/** Columns that point at a person: a foreign key to users, or a name that says so. */
async function personalColumns(): Promise<string[]> {
  const found = new Set<string>()
  const tables = await ctx.db.kysely.introspection.getTables()
  for (const table of tables) {
    if (table.name === 'users' || table.name.startsWith('kysely_')) continue
    for (const column of table.columns) {
      if (/(^|_)user_id$|^email$|_email$|_address$/.test(column.name))
        found.add(`${table.name}.${column.name}`)
    }
  }
  if (ctx.db.kind === 'sqlite') {
    for (const table of tables) {
      const keys = await sql<{
        table: string
        from: string
      }>`select * from pragma_foreign_key_list(${table.name})`.execute(ctx.db.kysely)
      for (const key of keys.rows) if (key.table === 'users') found.add(`${table.name}.${key.from}`)
    }
  } else {
    const keys = await sql<{ table_name: string; column_name: string }>`
      select kcu.table_name, kcu.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'users'`.execute(ctx.db.kysely)
    for (const key of keys.rows) found.add(`${key.table_name}.${key.column_name}`)
  }
  return [...found].sort()
}

describe('the registry of personal data', () => {
  it('covers every column in the schema that points at a person', async () => {
    const registered = new Set(
      PERSONAL_DATA.flatMap((entry) => [
        ...entry.userColumns.map((column) => `${entry.table}.${column}`),
        ...(entry.emailColumn ? [`${entry.table}.${entry.emailColumn}`] : []),
      ]),
    )
    const missing = (await personalColumns()).filter((column) => !registered.has(column))
    expect(missing, 'register these in server/privacy/registry.ts').toEqual([])
  })

  it('finds the columns it must (the check itself can fail)', async () => {
    expect(await personalColumns()).toEqual(
      expect.arrayContaining([
        'sessions.user_id',
        'invitations.invited_by_user_id',
        'mail_outbox.to_address',
      ]),
    )
  })

  it('names only tables and columns that exist', async () => {
    const tables = await ctx.db.kysely.introspection.getTables()
    for (const entry of PERSONAL_DATA) {
      const table = tables.find((t) => t.name === entry.table)
      expect(table, entry.table).toBeDefined()
      const columns = table!.columns.map((c) => c.name)
      for (const column of [
        ...entry.userColumns,
        ...(entry.emailColumn ? [entry.emailColumn] : []),
      ]) {
        expect(columns, `${entry.table}.${column}`).toContain(column)
      }
    }
  })
})
