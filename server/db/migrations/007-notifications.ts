import type { Kysely } from 'kysely'

/**
 * Mail notifications: every kind is on unless the person turned it off, so only the
 * opt-outs are stored — one row per person and optional kind (domain/notifications.ts).
 * "Only one" is the primary key; the rows go with the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_optouts')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_optouts_pk', ['user_id', 'kind'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_optouts').execute()
}
