import { type Kysely, PostgresAdapter, sql } from 'kysely'

/**
 * The opleidingsaanbod: providers, the accounts that keep a provider's offerings, offerings
 * with the objectives they serve (by objective identity), and Dutch full-text search in each
 * database's own engine (docs/decisions/012-catalogue-search.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('providers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('provider_members')
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('providers.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('provider_members_pk', ['provider_id', 'user_id'])
    .execute()
  await db.schema
    .createIndex('provider_members_user_idx')
    .on('provider_members')
    .column('user_id')
    .execute()

  await db.schema
    .createTable('offerings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('providers.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('study_hours', 'real', (c) => c.notNull())
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('online', 'integer', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('start_moments', 'text', (c) => c.notNull())
    .addColumn('certificate', 'text')
    .addColumn('url', 'text')
    /** Title, description, provider and certificate in one text: what full-text search reads. */
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('last_reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('offerings_provider_idx')
    .on('offerings')
    .column('provider_id')
    .execute()
  await db.schema
    .createIndex('offerings_reviewed_idx')
    .on('offerings')
    .columns(['archived_at', 'last_reviewed_at'])
    .execute()
  await db.schema
    .createIndex('offerings_owner_idx')
    .on('offerings')
    .column('owner_user_id')
    .execute()

  await db.schema
    .createTable('offering_objectives')
    .addColumn('offering_id', 'text', (c) =>
      c.notNull().references('offerings.id').onDelete('cascade'),
    )
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('offering_objectives_pk', ['offering_id', 'node_id'])
    .execute()
  await db.schema
    .createIndex('offering_objectives_node_idx')
    .on('offering_objectives')
    .columns(['node_id', 'offering_id'])
    .execute()
  // Filtering by kenniskaart or theme looks objectives up by identity across versions.
  await db.schema
    .createIndex('map_nodes_node_id_idx')
    .on('map_nodes')
    .columns(['node_id', 'version_id'])
    .execute()

  if (isPostgres(db)) {
    // A stored vector: the index finds matches and ranking reads it instead of re-parsing text.
    await sql`alter table offerings add column search_vector tsvector
      generated always as (to_tsvector('dutch', search_text)) stored`.execute(db)
    await sql`create index offerings_search_idx on offerings using gin (search_vector)`.execute(db)
  } else {
    // Accents removed, so "beoordelen" finds "beoordélen"; see the decision for stemming.
    await sql`create virtual table offerings_fts using fts5(
      offering_id unindexed, search_text,
      tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
  }
}

/** Which database runs the migration: migrations get only a Kysely, not our `Db`. */
function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
