import type { MapAudience, MapLevel } from '../../../domain/knowledge-maps/model.ts'
import { scaleFor } from '../../../domain/self-scans/scale.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { findMap, findScannableVersion } from '../knowledge-maps/queries.ts'
import { scalesContent } from './content.ts'

/**
 * Starts a zelfscan on the map's current published version, or returns the one the person
 * already has in progress on that map (so another device resumes it). The scale and the aim
 * for the person's stage (zij-instromer, beginner, gevorderde; without one, the stage the map
 * is written for) are copied into the scan with that stage: a later change of the scale file or
 * of the person's profile does not rewrite a scan once started.
 */
export async function startSelfScan(options: {
  db: Db
  user: CurrentUser
  slug: string
}): Promise<{ scanId: string; created: boolean }> {
  const { db, user, slug } = options
  const map = await findMap(db, slug)
  const existing = await findDraftScan(db, user.id, map.id)
  if (existing) return { scanId: existing, created: false }
  const { version } = await findScannableVersion(db, slug).catch(() => {
    throw new AppError('map_not_available')
  })
  const { scale, target, stage } = scaleFor(
    scalesContent(),
    { slug: map.slug, level: map.level as MapLevel, audience: map.audience as MapAudience },
    user.audience,
  )
  const id = newId()
  const at = now()
  try {
    await db.kysely
      .insertInto('self_scans')
      .values({
        id,
        user_id: user.id,
        map_id: map.id,
        version_id: version.id,
        scale: JSON.stringify(scale),
        target_level: target,
        target_stage: stage,
        answers: '{}',
        theme_notes: '{}',
        status: 'draft',
        started_at: at,
        updated_at: at,
        submitted_at: null,
      })
      .execute()
  } catch (error) {
    // Two devices starting at once: the unique draft index lets one win; use that one.
    const winner = await findDraftScan(db, user.id, map.id)
    if (winner) return { scanId: winner, created: false }
    throw error
  }
  return { scanId: id, created: true }
}

async function findDraftScan(db: Db, userId: string, mapId: string) {
  const row = await db.kysely
    .selectFrom('self_scans')
    .select('id')
    .where('user_id', '=', userId)
    .where('map_id', '=', mapId)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  return row?.id
}
