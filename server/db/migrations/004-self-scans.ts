import { type Kysely, sql } from 'kysely'

/**
 * Zelfscans and the duurzame-inzetbaarheidscheck. A scan points at one map version; its
 * answers and theme notes are JSON objects keyed by node identity, and the scale it was taken
 * on is copied in, so a submitted scan reads exactly as it was. On submit, per-theme scores
 * are stored in `self_scan_theme_scores`, which the anonymous team overview aggregates in SQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('self_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('map_id', 'text', (c) =>
      c.notNull().references('knowledge_maps.id').onDelete('cascade'),
    )
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('map_versions.id').onDelete('cascade'),
    )
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('target_level', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('theme_notes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .execute()
  await db.schema
    .createIndex('self_scans_user_idx')
    .on('self_scans')
    .columns(['user_id', 'map_id'])
    .execute()
  await db.schema
    .createIndex('self_scans_map_idx')
    .on('self_scans')
    .columns(['map_id', 'status', 'user_id'])
    .execute()
  // One scan in progress per person and map: resuming on another device finds the same one.
  await db.schema
    .createIndex('self_scans_one_draft')
    .on('self_scans')
    .columns(['user_id', 'map_id'])
    .unique()
    .where(sql<boolean>`status = 'draft'`)
    .execute()

  await db.schema
    .createTable('self_scan_theme_scores')
    .addColumn('scan_id', 'text', (c) =>
      c.notNull().references('self_scans.id').onDelete('cascade'),
    )
    .addColumn('theme_node_id', 'text', (c) => c.notNull())
    .addColumn('mean', 'real')
    .addColumn('gap', 'real')
    .addColumn('develop_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_scan_theme_scores_pk', ['scan_id', 'theme_node_id'])
    .execute()

  await db.schema
    .createTable('self_scan_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scan_id', 'text', (c) =>
      c.notNull().references('self_scans.id').onDelete('cascade'),
    )
    .addColumn('owner_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('grantee_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('grantee_role', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema
    .createIndex('self_scan_shares_scan_idx')
    .on('self_scan_shares')
    .column('scan_id')
    .execute()
  await db.schema
    .createIndex('self_scan_shares_grantee_idx')
    .on('self_scan_shares')
    .columns(['grantee_user_id', 'revoked_at'])
    .execute()

  await db.schema
    .createTable('self_scan_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scan_id', 'text', (c) =>
      c.notNull().references('self_scans.id').onDelete('cascade'),
    )
    .addColumn('viewer_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('self_scan_views_scan_idx')
    .on('self_scan_views')
    .column('scan_id')
    .execute()

  await db.schema
    .createTable('employability_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('content_version', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .execute()
  await db.schema
    .createIndex('employability_checks_user_idx')
    .on('employability_checks')
    .column('user_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'employability_checks',
    'self_scan_views',
    'self_scan_shares',
    'self_scan_theme_scores',
    'self_scans',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
