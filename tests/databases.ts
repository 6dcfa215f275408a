import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres'

/** Which database this test run targets: the `TEST_DB` variable set per Vitest project. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or a new PostgreSQL
 * database created next to `TEST_DATABASE_URL`. `drop()` removes it again.
 */
export async function createTestDatabase(kind = testDatabaseKind()) {
  const name = `rk_test_${crypto.randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routekaart-'))
    const file = path.join(dir, `${name}.sqlite`)
    return { url: file, file, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL suite')
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    file: null,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
