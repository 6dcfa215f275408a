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
  'GET /api/knowledge-maps',
  'GET /api/knowledge-maps/search',
  'GET /api/knowledge-maps/{slug}',
  'GET /api/knowledge-maps/{slug}/versions',
  'GET /api/knowledge-maps/{slug}/versions/{number}',
  'GET /api/knowledge-maps/{slug}/case',
  'GET /api/knowledge-maps/{slug}/versions/{number}/case',
  'GET /api/knowledge-maps/{slug}/compare',
  'GET /api/knowledge-maps/{slug}/csv',
  'GET /api/knowledge-maps/{slug}/versions/{number}/csv',
  'GET /api/knowledge-maps/{slug}/versions/{number}/content',
]

// Each `{param}` matches one path segment.
const patterns = PUBLIC_ROUTES.map((route) => {
  const [method, path] = route.split(' ') as [string, string]
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')
  return { method, regex: new RegExp(`^${source}$`) }
})

export function isPublicRoute(method: string, path: string): boolean {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path
  // HEAD is GET without the body (Hono answers it with the GET handler): it is public alike.
  const upper = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase()
  return patterns.some((p) => p.method === upper && p.regex.test(normalised))
}
