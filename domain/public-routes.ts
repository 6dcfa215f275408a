/**
 * API routes that answer without signing in. Everything else demands a session before any
 * input is even read (deny by default); a route's own `authorise()` then checks the role.
 */
export const PUBLIC_ROUTES: readonly string[] = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/session',
  'POST /api/auth/sign-up',
  'POST /api/auth/confirm-email',
  'POST /api/auth/resend-confirmation',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/complete',
  'GET /api/organisations',
  'POST /api/invitations/preview',
  'POST /api/invitations/accept',
]

const publicSet = new Set(PUBLIC_ROUTES)

export function isPublicRoute(method: string, path: string): boolean {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path
  return publicSet.has(`${method.toUpperCase()} ${normalised}`)
}
