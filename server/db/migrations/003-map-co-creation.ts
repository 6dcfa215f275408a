import type { Kysely } from 'kysely'

/** Co-creation of kenniskaarten: review rounds with invited reviewers and comments,
 * work sessions with their outcomes, and crosswalks to other frameworks. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) =>
      c.notNull().references('knowledge_maps.id').onDelete('cascade'),
    )
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('map_versions.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('review_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) =>
      c.notNull().references('review_rounds.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('review_participants_unique', ['round_id', 'email'])
    .execute()

  await db.schema
    .createTable('review_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) =>
      c.notNull().references('review_rounds.id').onDelete('cascade'),
    )
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('node_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('proposed_title', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('responded_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('responded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('review_comments_round_idx')
    .on('review_comments')
    .column('round_id')
    .execute()

  await db.schema
    .createTable('work_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) =>
      c.notNull().references('knowledge_maps.id').onDelete('cascade'),
    )
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('map_versions.id').onDelete('cascade'),
    )
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('outcomes', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('crosswalks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('map_versions.id').onDelete('cascade'),
    )
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('framework', 'text', (c) => c.notNull())
    .addColumn('target_uri', 'text', (c) => c.notNull())
    .addColumn('target_label', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('crosswalks_version_idx')
    .on('crosswalks')
    .column('version_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'crosswalks',
    'work_sessions',
    'review_comments',
    'review_participants',
    'review_rounds',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
