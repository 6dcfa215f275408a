import type { AuditAction } from '../domain/audit.ts'
import type { Db } from './db/connection.ts'
import { newId, now } from './util.ts'

export async function recordAudit(
  db: Db,
  entry: {
    action: AuditAction
    actorUserId?: string | null
    subjectUserId?: string | null
    ip?: string | null
    detail?: Record<string, unknown>
  },
): Promise<void> {
  await db.kysely
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: now(),
      action: entry.action,
      actor_user_id: entry.actorUserId ?? null,
      subject_user_id: entry.subjectUserId ?? null,
      ip: entry.ip ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute()
}
