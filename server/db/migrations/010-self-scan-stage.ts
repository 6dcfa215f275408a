import type { Kysely } from 'kysely'

/**
 * The stage (zij-instromer, beginner, gevorderde) whose aimed level a zelfscan copied when it
 * started, so the scan and its report can say which level the person is measured against.
 * Scans started before this migration keep their aim and have no stage (null).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('self_scans').addColumn('target_stage', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('self_scans').dropColumn('target_stage').execute()
}
