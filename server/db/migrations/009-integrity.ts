import { type Kysely, sql } from 'kysely'

/**
 * "Only one of these" as unique indexes, so two requests at once cannot both pass a check
 * made before the insert (STYLE.md habit 12):
 * - one version being worked on (draft or in review) per kenniskaart;
 * - one inzetbaarheidscheck in progress per person;
 * - one active share per zelfscan and grantee, and per leerroute and grantee (sharing again
 *   replaces the earlier share; a race could leave two active ones).
 * Active shares doubled by such a race before this migration are revoked, the newest kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('map_versions_one_working')
    .on('map_versions')
    .column('map_id')
    .unique()
    .where(sql<boolean>`state in ('draft', 'in_review')`)
    .execute()
  await db.schema
    .createIndex('employability_checks_one_draft')
    .on('employability_checks')
    .column('user_id')
    .unique()
    .where(sql<boolean>`status = 'draft'`)
    .execute()

  const at = new Date().toISOString()
  for (const [table, subject] of [
    ['self_scan_shares', 'scan_id'],
    ['route_shares', 'owner_user_id'],
  ] as const) {
    await sql`
      update ${sql.table(table)} set revoked_at = ${at}
      where revoked_at is null and exists (
        select 1 from ${sql.table(table)} newer
        where newer.${sql.ref(subject)} = ${sql.table(table)}.${sql.ref(subject)}
          and newer.grantee_user_id = ${sql.table(table)}.grantee_user_id
          and newer.revoked_at is null
          and (newer.created_at > ${sql.table(table)}.created_at
            or (newer.created_at = ${sql.table(table)}.created_at
              and newer.id > ${sql.table(table)}.id)))`.execute(db)
    await db.schema
      .createIndex(`${table}_one_active`)
      .on(table)
      .columns([subject, 'grantee_user_id'])
      .unique()
      .where(sql<boolean>`revoked_at is null`)
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'route_shares_one_active',
    'self_scan_shares_one_active',
    'employability_checks_one_draft',
    'map_versions_one_working',
  ]) {
    await db.schema.dropIndex(index).execute()
  }
}
