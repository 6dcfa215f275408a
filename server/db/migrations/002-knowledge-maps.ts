import type { Kysely } from 'kysely'

/**
 * Kenniskaarten: maps, their versions, and each version's tree of nodes. A node's `node_id`
 * is its identity across versions (and its CASE identifier); a draft copies the tree.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_maps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('map_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) =>
      c.notNull().references('knowledge_maps.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().unique())
    .addColumn('based_on_version_id', 'text')
    .addColumn('change_note', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('map_versions_number_unique', ['map_id', 'number'])
    .execute()
  await db.schema.createIndex('map_versions_map_idx').on('map_versions').column('map_id').execute()

  await db.schema
    .createTable('map_nodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('map_versions.id').onDelete('cascade'),
    )
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_node_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('map_nodes_identity_unique', ['version_id', 'node_id'])
    .execute()
  await db.schema.createIndex('map_nodes_node_idx').on('map_nodes').column('node_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('map_nodes').execute()
  await db.schema.dropTable('map_versions').execute()
  await db.schema.dropTable('knowledge_maps').execute()
}
