import { ERROR_CODES, type ErrorCode } from '../domain/errors.ts'
import type { FieldError } from '../domain/validation.ts'

/**
 * The one error type of the server. Thrown anywhere; turned into a problem+json response
 * with its stable `code` at the edge (`server/app.ts`), never with a stack trace.
 */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    readonly errors?: FieldError[],
    /** Every line, item or node that is wrong, with its place as data, e.g. `{ code: 'required', line: 4, column: 'thema' }`. */
    readonly problems?: readonly { code: string }[],
  ) {
    super(code)
    this.status = ERROR_CODES[code]
  }
}

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The input is not valid',
  unsupported_media_type: 'Send the request body as application/json',
  payload_too_large: 'The request is too large',
  unauthenticated: 'Sign in first',
  forbidden: 'You are not allowed to do this',
  not_found: 'Not found',
  csrf_failed: 'The request did not come from this application',
  rate_limited: 'Too many attempts; wait a while and try again',
  invalid_credentials: 'Wrong e-mail address or password',
  email_not_confirmed: 'Confirm your e-mail address first',
  account_disabled: 'This account is disabled',
  email_taken: 'This e-mail address already has an account',
  token_invalid: 'This link is not valid',
  token_expired: 'This link has expired',
  token_used: 'This link has already been used',
  invitation_revoked: 'This invitation has been withdrawn',
  already_in_organisation: 'This account already belongs to another organisation',
  already_member: 'This person is already a member',
  invitation_pending: 'An invitation for this address is already pending',
  last_admin: 'At least one administrator must remain',
  draft_exists: 'This kenniskaart already has a draft version',
  slug_taken: 'A kenniskaart with this address already exists',
  round_closed: 'This review round is closed',
  import_failed: 'The file could not be imported; nothing was changed',
  no_draft: 'This kenniskaart has no draft version',
  already_submitted: 'This has been submitted and is kept as it is',
  not_complete: 'Not every question has an answer yet',
  not_submitted: 'Submit it first',
  share_not_allowed: 'You can share only with your own manager or a coach',
  map_not_available: 'This kenniskaart has no published version to scan on',
  goal_closed: 'This learning goal is completed or dropped; reopen it first',
  map_archived: 'This kenniskaart is archived; restore it first',
  map_not_archived: 'This kenniskaart is not archived',
  publish_empty_nodes: 'Some domains or themes are still empty',
  proposal_conflict: 'The part changed since it was proposed, or the concept was published',
  proposal_adopted: 'This proposal is already in the concept; its status stays accepted',
  internal: 'Something went wrong on our side',
}

/** The problem+json body for an error code (RFC 9457). */
export function problemBody(
  code: ErrorCode,
  errors?: FieldError[],
  problems?: readonly { code: string }[],
) {
  return {
    type: `https://routekaart.nl/problems/${code}`,
    title: TITLES[code],
    status: ERROR_CODES[code],
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(problems && problems.length > 0 ? { problems } : {}),
  }
}
