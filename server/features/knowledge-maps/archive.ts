import { recordAudit } from '../../audit.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import { findMap } from './queries.ts'
import { forgetTrees } from './tree-cache.ts'

/**
 * Retires a map: it leaves the overview (unless asked for), search and the choice of maps for
 * a new zelfscan, and gets no new draft; every version stays readable by its address, labelled
 * archived, because scans and courses point at them. Caller has authorised `maps.edit`.
 */
export async function archiveMap(options: { db: Db; slug: string; userId: string }) {
  const { db, slug, userId } = options
  const map = await findMap(db, slug)
  if (map.archived_at) throw new AppError('map_archived')
  await db.kysely
    .updateTable('knowledge_maps')
    .set({ archived_at: now() })
    .where('id', '=', map.id)
    .execute()
  forgetTrees(db)
  await recordAudit(db, { action: 'map_archived', actorUserId: userId, detail: { slug } })
}

/** Brings an archived map back as it was. Caller has authorised `maps.edit`. */
export async function restoreMap(options: { db: Db; slug: string; userId: string }) {
  const { db, slug, userId } = options
  const map = await findMap(db, slug)
  if (!map.archived_at) throw new AppError('map_not_archived')
  await db.kysely
    .updateTable('knowledge_maps')
    .set({ archived_at: null })
    .where('id', '=', map.id)
    .execute()
  forgetTrees(db)
  await recordAudit(db, { action: 'map_restored', actorUserId: userId, detail: { slug } })
}
