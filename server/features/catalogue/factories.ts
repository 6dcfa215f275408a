import type { OfferingForm, OfferingLevel } from '../../../domain/catalogue/model.ts'
import { type OfferingInput, offeringInput } from '../../../domain/schemas/catalogue.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'
import { writeOffering } from './operations.ts'
import { createProviderRecord } from './providers.ts'

/**
 * Builders for providers and offerings, shared by tests, the demo seed and the bench, so all
 * make data the way the application does (search text and index included).
 */
export async function createProvider(
  db: Db,
  values: { name?: string; slug?: string; website?: string; isDemo?: boolean } = {},
) {
  const suffix = Math.random().toString(36).slice(2, 8)
  const input = {
    name: values.name ?? `Opleider ${suffix}`,
    slug: values.slug ?? `opleider-${suffix}`,
    website: values.website ?? null,
  }
  const id = await createProviderRecord(db, input, { isDemo: values.isDemo })
  return { id, ...input }
}

export async function addProviderMember(db: Db, providerId: string, userId: string) {
  await db.kysely
    .insertInto('provider_members')
    .values({ provider_id: providerId, user_id: userId, created_at: now() })
    .execute()
}

export interface OfferingValues {
  provider: { id: string; name: string }
  objectiveIds: string[]
  title?: string
  description?: string
  form?: OfferingForm
  level?: OfferingLevel
  studyHours?: number
  /** A Dutch amount or cents. */
  cost?: string | number
  online?: boolean
  location?: string
  startMoments?: string[]
  certificate?: string
  url?: string
  language?: OfferingInput['language']
  ownerUserId?: string | null
  lastReviewedAt?: string
  isDemo?: boolean
}

/** One offering, checked by the same schema as the form. Returns its id. */
export async function createOffering(db: Db, values: OfferingValues): Promise<string> {
  const id = newId()
  const input = offeringFromValues(values)
  await db.kysely.transaction().execute((trx) =>
    writeOffering(trx, db.kind, {
      id,
      input,
      providerName: values.provider.name,
      ownerUserId: values.ownerUserId ?? null,
      isNew: true,
      isDemo: values.isDemo,
      now: now(),
      lastReviewedAt: values.lastReviewedAt,
    }),
  )
  return id
}

export function offeringFromValues(values: OfferingValues): OfferingInput {
  return offeringInput.parse({
    providerId: values.provider.id,
    title: values.title ?? `Cursus ${Math.random().toString(36).slice(2, 8)}`,
    description: values.description ?? 'Een cursus voor archiefprofessionals.',
    form: values.form ?? 'formal_course',
    level: values.level ?? 'basis',
    studyHours: values.studyHours ?? 8,
    cost: values.cost ?? 0,
    language: values.language ?? 'nl',
    online: values.online ?? false,
    location: values.location ?? (values.online ? '' : 'Utrecht'),
    startMoments: values.startMoments ?? [],
    certificate: values.certificate ?? '',
    url: values.url ?? '',
    objectiveIds: values.objectiveIds,
  })
}
