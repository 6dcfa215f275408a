import { staleCutoff } from '../../../domain/catalogue/model.ts'
import type { Services } from '../../context.ts'
import { staleOfferingsMail } from '../../mail/templates.ts'

/**
 * Mails every owner of offerings not reviewed for 12 months, once per stale period: an
 * offering is included when it was not yet reminded since its last review. One mail per owner
 * lists all their offerings; each is marked reminded. Returns how many mails left.
 *
 * @example await sendStaleOfferingReminders(services, new Date())
 */
export async function sendStaleOfferingReminders(services: Services, now = new Date()) {
  const { db } = services
  const stale = await db.kysely
    .selectFrom('offerings')
    .innerJoin('users', 'users.id', 'offerings.owner_user_id')
    .innerJoin('providers', 'providers.id', 'offerings.provider_id')
    .select([
      'offerings.id',
      'offerings.title',
      'offerings.last_reviewed_at',
      'providers.name as provider_name',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.locale',
    ])
    .where('offerings.archived_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .where('offerings.last_reviewed_at', '<', staleCutoff(now))
    .where((eb) =>
      eb.or([
        eb('offerings.reminded_at', 'is', null),
        eb('offerings.reminded_at', '<', eb.ref('offerings.last_reviewed_at')),
      ]),
    )
    .orderBy('offerings.title')
    .execute()
  const byOwner = new Map<string, typeof stale>()
  for (const row of stale) byOwner.set(row.user_id, [...(byOwner.get(row.user_id) ?? []), row])
  let sent = 0
  for (const rows of byOwner.values()) {
    const owner = rows[0]!
    await services.mailer.send(
      staleOfferingsMail({
        to: owner.email,
        locale: owner.locale === 'en' ? 'en' : 'nl',
        name: owner.name,
        offerings: rows.map((row) => ({
          title: row.title,
          provider: row.provider_name,
          lastReviewedAt: row.last_reviewed_at.slice(0, 10),
        })),
        link: `${services.config.baseUrl}/opleidingsaanbod/beheer`,
      }),
    )
    // Marked after the mail left: a failed send is tried again the next day.
    await db.kysely
      .updateTable('offerings')
      .set({ reminded_at: now.toISOString() })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute()
    sent += 1
  }
  return sent
}
