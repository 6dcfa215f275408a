import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseKind } from '../config.ts'
import { migrations } from './migrations/index.ts'
import type { Database } from './schema.ts'

export interface Db {
  kysely: Kysely<Database>
  kind: DatabaseKind
  /** The SQLite file, for erasure's checkpoint; null on PostgreSQL. */
  sqliteFile: string | null
  /** Makes deleted personal data unrecoverable from the database files. */
  compact(): Promise<void>
  close(): Promise<void>
}

/**
 * Opens the database named by `url`: a `postgres://` URL, or else a SQLite file path.
 * SQLite is opened with WAL, synchronous=FULL, foreign keys and secure_delete on, every time.
 */
export function openDatabase(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url)
  return openSqlite(url)
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  // Overwrite deleted content with zeros, so erased personal data leaves the file.
  sqlite.pragma('secure_delete = ON')
  sqlite.pragma('busy_timeout = 5000')
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  })
  return {
    kysely,
    kind: 'sqlite',
    sqliteFile: file,
    async compact() {
      // Deleted pages may still sit in the write-ahead log: copy it back and truncate it.
      sqlite.pragma('wal_checkpoint(TRUNCATE)')
    },
    async close() {
      await kysely.destroy()
    },
  }
}

/**
 * Kysely prepares every statement anew; preparing costs more than running a small query.
 * Our queries come from a fixed set of builders, so a bounded cache by SQL text keeps each
 * prepared once. Safe because better-sqlite3 runs statements synchronously and we never
 * stream (a statement being iterated cannot be reused).
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql)
      if (!statement) {
        if (statements.size >= 1000) statements.clear()
        statement = sqlite.prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    },
  }
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle connection the server drops (restart, failover, a dropped test database) must not
  // take the process down: the pool replaces it on the next query.
  pool.on('error', (error) => console.error('PostgreSQL: verbinding weggevallen:', error.message))
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    kysely,
    kind: 'postgres',
    sqliteFile: null,
    async compact() {
      // Dead tuples of erased rows are removed by VACUUM; a plain one is enough to reuse space.
      // Every table: personal data now lives in many (the registry), and erasure is rare.
      await pool.query('VACUUM')
    },
    async close() {
      await kysely.destroy()
    },
  }
}

/** Brings the schema up to date; safe to call at every start. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`)
  }
}
