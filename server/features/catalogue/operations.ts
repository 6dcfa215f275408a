import type { Kysely } from 'kysely'
import type { OfferingInput } from '../../../domain/schemas/catalogue.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { Database } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { newId } from '../../util.ts'
import { editScopeOf, inScope } from './access.ts'
import { findOffering, knownObjectiveIds } from './queries.ts'
import { searchTextOf, syncSearchIndex } from './search-index.ts'

/**
 * Writes one offering, its objective links and its search text, inside the caller's
 * transaction. Saving counts as reviewing: `last_reviewed_at` becomes `now`, the reminder
 * period starts over. The caller has checked the provider, the objectives and the rights.
 */
export async function writeOffering(
  trx: Kysely<Database>,
  kind: Db['kind'],
  options: {
    id: string
    input: OfferingInput
    providerName: string
    /** New offerings: who keeps it current. Changes leave the owner as it is. */
    ownerUserId: string | null
    isNew: boolean
    isDemo?: boolean
    now: string
    /** Demo and bench data: when it was last reviewed, if not now. */
    lastReviewedAt?: string
  },
): Promise<void> {
  const { id, input, now } = options
  const searchText = searchTextOf({ ...input, providerName: options.providerName })
  const values = {
    provider_id: input.providerId,
    title: input.title,
    description: input.description,
    form: input.form,
    level: input.level,
    study_hours: input.studyHours,
    cost_cents: input.cost,
    language: input.language,
    online: input.online ? 1 : 0,
    location: input.location,
    start_moments: JSON.stringify([...new Set(input.startMoments)].sort()),
    certificate: input.certificate,
    url: input.url,
    search_text: searchText,
    last_reviewed_at: options.lastReviewedAt ?? now,
    reminded_at: null,
    updated_at: now,
  }
  if (options.isNew) {
    await trx
      .insertInto('offerings')
      .values({
        id,
        ...values,
        owner_user_id: options.ownerUserId,
        archived_at: null,
        is_demo: options.isDemo ? 1 : 0,
        created_at: now,
      })
      .execute()
  } else {
    await trx.updateTable('offerings').set(values).where('id', '=', id).execute()
    await trx.deleteFrom('offering_objectives').where('offering_id', '=', id).execute()
  }
  const objectiveIds = [...new Set(input.objectiveIds)]
  await trx
    .insertInto('offering_objectives')
    .values(objectiveIds.map((nodeId) => ({ offering_id: id, node_id: nodeId })))
    .execute()
  await syncSearchIndex(trx, kind, id, searchText)
}

async function providerOf(db: Db, providerId: string) {
  const provider = await db.kysely
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('id', '=', providerId)
    .executeTakeFirst()
  if (!provider)
    throw new AppError('validation_failed', [{ field: 'providerId', code: 'invalid_choice' }])
  return provider
}

/** Field errors for objective ids that are not objectives of any numbered kenniskaart version. */
async function checkObjectives(db: Db, objectiveIds: readonly string[]) {
  const known = await knownObjectiveIds(db, objectiveIds)
  const unknown = objectiveIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `objectiveIds.${index}`, code: 'invalid_choice' as const }],
  )
  if (unknown.length > 0) throw new AppError('validation_failed', unknown)
}

/**
 * Adds an offering (`offeringId` absent) or changes one. A provider account works only on its
 * own provider's offerings, also when moving one; the programme team on all.
 */
export async function saveOffering(options: {
  db: Db
  user: CurrentUser
  offeringId?: string
  input: OfferingInput
}): Promise<string> {
  const { db, user, input } = options
  const scope = await editScopeOf(db, user)
  if (options.offeringId) {
    const existing = await findOffering(db, options.offeringId)
    if (!inScope(scope, existing.provider_id)) throw new AppError('forbidden')
  }
  const provider = await providerOf(db, input.providerId)
  if (!inScope(scope, provider.id)) throw new AppError('forbidden')
  await checkObjectives(db, input.objectiveIds)
  const id = options.offeringId ?? newId()
  await db.kysely.transaction().execute((trx) =>
    writeOffering(trx, db.kind, {
      id,
      input,
      providerName: provider.name,
      ownerUserId: user.id,
      isNew: !options.offeringId,
      now: new Date().toISOString(),
    }),
  )
  return id
}

/**
 * Marks an offering reviewed, archives it or brings it back. Archiving hides it from search
 * and keeps it for routes that used it; restoring counts as reviewing.
 */
export async function changeOfferingState(options: {
  db: Db
  user: CurrentUser
  offeringId: string
  change: 'reviewed' | 'archive' | 'restore'
}): Promise<void> {
  const { db, user, offeringId, change } = options
  const existing = await findOffering(db, offeringId)
  if (!inScope(await editScopeOf(db, user), existing.provider_id)) throw new AppError('forbidden')
  const now = new Date().toISOString()
  const reviewed = { last_reviewed_at: now, reminded_at: null, updated_at: now }
  const set =
    change === 'archive'
      ? { archived_at: existing.archived_at ?? now, updated_at: now }
      : change === 'restore'
        ? { ...reviewed, archived_at: null }
        : reviewed
  await db.kysely.updateTable('offerings').set(set).where('id', '=', offeringId).execute()
}
