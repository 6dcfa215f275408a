import type { Kysely } from 'kysely'

/**
 * Leerdoelen and the leerroute: SMART goals linked to objectives by identity, their history,
 * the activities that serve them (from the catalogue or one's own), and sharing the route
 * with one's manager or a coach with every view logged — like the zelfscan (decision 011).
 * Child rows carry `user_id` too, so export and erasure reach them through the registry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('objective_ids', 'text', (c) => c.notNull())
    .addColumn('source_scan_id', 'text', (c) => c.references('self_scans.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute()
  await db.schema
    .createIndex('learning_goals_user_idx')
    .on('learning_goals')
    .columns(['user_id', 'status'])
    .execute()

  await db.schema
    .createTable('learning_goal_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) =>
      c.notNull().references('learning_goals.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('learning_goal_events_goal_idx')
    .on('learning_goal_events')
    .column('goal_id')
    .execute()

  await db.schema
    .createTable('route_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) =>
      c.notNull().references('learning_goals.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('offering_id', 'text', (c) => c.references('offerings.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('planned_start', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute()
  await db.schema
    .createIndex('route_activities_goal_idx')
    .on('route_activities')
    .column('goal_id')
    .execute()
  await db.schema
    .createIndex('route_activities_reminder_idx')
    .on('route_activities')
    .columns(['status', 'planned_start'])
    .execute()

  await db.schema
    .createTable('route_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('grantee_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('grantee_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema
    .createIndex('route_shares_owner_idx')
    .on('route_shares')
    .column('owner_user_id')
    .execute()
  await db.schema
    .createIndex('route_shares_grantee_idx')
    .on('route_shares')
    .columns(['grantee_user_id', 'revoked_at'])
    .execute()

  await db.schema
    .createTable('route_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('viewer_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('route_views_owner_idx')
    .on('route_views')
    .column('owner_user_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'route_views',
    'route_shares',
    'route_activities',
    'learning_goal_events',
    'learning_goals',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
