import {
  type NotificationPreferences,
  type NotificationPreferencesInput,
  OPTIONAL_NOTIFICATION_KINDS,
} from '../../../domain/notifications.ts'
import type { Db } from '../../db/connection.ts'
import { now } from '../../util.ts'

/** Every optional notification kind, on unless the person turned it off. */
export async function findNotificationPreferences(
  db: Db,
  userId: string,
): Promise<NotificationPreferences> {
  const rows = await db.kysely
    .selectFrom('notification_optouts')
    .select('kind')
    .where('user_id', '=', userId)
    .execute()
  const off = new Set(rows.map((row) => row.kind))
  return {
    notifications: OPTIONAL_NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: !off.has(kind) })),
  }
}

/**
 * Switches the named optional kinds on or off for the person; kinds not named stay as they
 * are. Idempotent: turning off twice keeps one row (primary key), turning on deletes it.
 */
export async function updateNotificationPreferences(options: {
  db: Db
  userId: string
  input: NotificationPreferencesInput
}): Promise<void> {
  const { db, userId, input } = options
  const off = input.notifications.filter((s) => !s.enabled).map((s) => s.kind)
  const on = input.notifications.filter((s) => s.enabled).map((s) => s.kind)
  await db.kysely.transaction().execute(async (trx) => {
    if (on.length > 0) {
      await trx
        .deleteFrom('notification_optouts')
        .where('user_id', '=', userId)
        .where('kind', 'in', on)
        .execute()
    }
    if (off.length > 0) {
      const at = now()
      await trx
        .insertInto('notification_optouts')
        .values(off.map((kind) => ({ user_id: userId, kind, created_at: at })))
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doNothing())
        .execute()
    }
  })
}
