import { fitsStage, scaleFor } from '../../../domain/self-scans/scale.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { listMaps } from '../knowledge-maps/queries.ts'
import { scalesContent } from './content.ts'
import { listScans } from './queries.ts'

/**
 * The kenniskaarten a person can take a zelfscan on (published, not archived), those written
 * for their stage first, each with the level a new scan would aim for at that stage — so the
 * page can say honestly which map fits and what the person is measured against. Maps still in
 * concept are listed apart, with whether they would fit.
 */
export async function listScannableMaps(options: { db: Db; user: CurrentUser }) {
  const { db, user } = options
  const content = scalesContent()
  const maps = (await listMaps(db)).filter((m) => !m.archivedAt)
  const mine = await listScans(db, { userId: user.id })
  const stage = user.audience
  const scannable = maps
    .filter((m) => m.currentVersion?.state === 'published')
    .map((m) => {
      const own = mine.filter((s) => s.map.slug === m.slug)
      const { scale, target, stage: aimStage } = scaleFor(content, m, stage)
      const label = scale.levels.find((level) => level.value === target)!.label
      return {
        slug: m.slug,
        title: m.title,
        description: m.description,
        audience: m.audience,
        level: m.level,
        versionNumber: m.currentVersion?.number ?? null,
        objectives: m.objectiveCount,
        fits: fitsStage(m, stage),
        aim: { level: target, label, stage: aimStage },
        draftScanId: own.find((s) => s.status === 'draft')?.id ?? null,
        lastSubmittedAt: own.find((s) => s.status === 'submitted')?.submittedAt ?? null,
      }
    })
    .sort((a, b) => Number(b.fits) - Number(a.fits))
  const upcoming = maps
    .filter((m) => m.currentVersion?.state !== 'published')
    .map((m) => ({
      slug: m.slug,
      title: m.title,
      audience: m.audience,
      fits: fitsStage(m, stage),
    }))
    .sort((a, b) => Number(b.fits) - Number(a.fits))
  return { stage, maps: scannable, upcoming, aims: content.aims }
}
