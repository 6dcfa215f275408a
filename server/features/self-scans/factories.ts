import type { MapAudience, MapLevel } from '../../../domain/knowledge-maps/model.ts'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import type { Audience } from '../../../domain/roles.ts'
import { scaleFor } from '../../../domain/self-scans/scale.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'
import { readableTree } from '../knowledge-maps/tree-cache.ts'
import { scalesContent } from './content.ts'
import { submitSelfScan } from './submit-scan.ts'

/**
 * Test and benchmark data: a scan of `userId` on a published map, written straight to the
 * database, every objective answered with `level(i)` (null: not applicable) — and submitted (with its theme scores)
 * unless `draft`. Not used by the app itself.
 */
export async function createScan(
  db: Db,
  options: {
    userId: string
    slug?: string
    /** The level of the i-th objective; null answers "not applicable". */
    level?: (i: number) => number | null
    /** Whether the person wants to develop the i-th objective (default: every seventh). */
    develop?: (i: number) => boolean
    draft?: boolean
    submittedAt?: string
    /** The owner's stage, whose aim the scan copies; without it the map's own stage. */
    stage?: Audience
  },
): Promise<string> {
  const slug = options.slug ?? 'toezicht-en-advies'
  const tree = await readableTree(db, slug)
  const map = await db.kysely
    .selectFrom('knowledge_maps')
    .select(['id', 'level', 'audience'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow()
  const { scale, target, stage } = scaleFor(
    scalesContent(),
    { slug, level: map.level as MapLevel, audience: map.audience as MapAudience },
    options.stage ?? null,
  )
  const level = options.level ?? (() => 3)
  const develop = options.develop ?? ((i: number) => i % 7 === 0)
  const answers = Object.fromEntries(
    objectivesOf(tree).map((o, i) => {
      const answer = level(i)
      return [
        o.id,
        { level: answer, notApplicable: answer === null, develop: develop(i), importance: null },
      ]
    }),
  )
  const id = newId()
  const at = options.submittedAt ?? now()
  await db.kysely
    .insertInto('self_scans')
    .values({
      id,
      user_id: options.userId,
      map_id: map.id,
      version_id: tree.version.id,
      scale: JSON.stringify(scale),
      target_level: target,
      target_stage: stage,
      answers: JSON.stringify(answers),
      theme_notes: '{}',
      status: 'draft',
      started_at: at,
      updated_at: at,
      submitted_at: null,
    })
    .execute()
  if (!options.draft) {
    const user = { id: options.userId } as Parameters<typeof submitSelfScan>[0]['user']
    await submitSelfScan({ db, user, scanId: id, at })
  }
  return id
}
