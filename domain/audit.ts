/** Security events worth keeping (sign-ins, failures, role changes, data exports, …). The web
 * app translates each as `audit.<action>`; a test checks that every one is translated. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_in_blocked',
  'sign_out',
  'sign_up',
  'email_confirmed',
  'password_reset_requested',
  'password_reset',
  'password_changed',
  'roles_changed',
  'organisation_changed',
  'account_disabled',
  'account_enabled',
  'data_exported',
  'account_erased',
  'invitation_sent',
  'invitation_revoked',
  'invitation_accepted',
  'organisation_created',
  'organisation_updated',
  'map_archived',
  'map_restored',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
