import type { Db } from './db/connection.ts'
import { newId, now } from './util.ts'

/** Security events worth keeping (issue: sign-ins, failures, role changes, data exports). */
export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_blocked'
  | 'sign_out'
  | 'sign_up'
  | 'email_confirmed'
  | 'password_reset_requested'
  | 'password_reset'
  | 'password_changed'
  | 'roles_changed'
  | 'organisation_changed'
  | 'account_disabled'
  | 'account_enabled'
  | 'data_exported'
  | 'account_erased'
  | 'invitation_sent'
  | 'invitation_revoked'
  | 'invitation_accepted'
  | 'organisation_created'
  | 'organisation_updated'

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
