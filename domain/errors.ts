/**
 * Stable error codes of the API (problem+json `code`). The web app translates each as
 * `errors.<code>`; never change a code's meaning, add a new one instead.
 */
export const ERROR_CODES = {
  validation_failed: 422,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  csrf_failed: 403,
  rate_limited: 429,
  invalid_credentials: 401,
  email_not_confirmed: 403,
  account_disabled: 403,
  email_taken: 409,
  token_invalid: 400,
  token_expired: 410,
  token_used: 409,
  invitation_revoked: 410,
  already_in_organisation: 409,
  already_member: 409,
  invitation_pending: 409,
  last_admin: 409,
  draft_exists: 409,
  slug_taken: 409,
  round_closed: 409,
  import_failed: 422,
  no_draft: 404,
  already_submitted: 409,
  not_complete: 409,
  not_submitted: 409,
  share_not_allowed: 422,
  map_not_available: 409,
  goal_closed: 409,
  map_archived: 409,
  map_not_archived: 409,
  publish_empty_nodes: 422,
  internal: 500,
} as const

export type ErrorCode = keyof typeof ERROR_CODES
