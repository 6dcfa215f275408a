import { OFFERINGS_CSV_MAX } from './schemas/catalogue.ts'
import { MAP_CSV_MAX } from './schemas/knowledge-maps.ts'

/**
 * The most bytes an API request body may have: every JSON form of the app fits easily. A
 * larger body is refused with 413 `payload_too_large` before it is read into memory.
 */
export const JSON_BODY_MAX_BYTES = 64 * 1024

/**
 * Room for a JSON body carrying `chars` characters of text: UTF-8 takes up to 4 bytes a
 * character (JSON's escapes of quotes and line ends 2), plus the rest of the form.
 */
const textBody = (chars: number) => chars * 4 + JSON_BODY_MAX_BYTES

const MiB = 1024 * 1024

/**
 * Routes whose input is larger than a form: uploads of files and long texts. Method and path
 * as in the route contracts (`domain/api`). Each limit is at least what the route's schema
 * accepts, so valid input is never refused for its size.
 */
export const LARGE_BODY_ROUTES: readonly { method: string; path: string; maxBytes: number }[] = [
  // A CASE package (JSON, checked item by item) or a kenniskaart CSV.
  { method: 'post', path: '/api/knowledge-maps/import', maxBytes: 8 * MiB },
  { method: 'put', path: '/api/knowledge-maps/{slug}/draft/csv', maxBytes: textBody(MAP_CSV_MAX) },
  { method: 'post', path: '/api/catalogue/csv/preview', maxBytes: textBody(OFFERINGS_CSV_MAX) },
  { method: 'post', path: '/api/catalogue/csv/apply', maxBytes: textBody(OFFERINGS_CSV_MAX) },
  // Up to 1000 answers and 200 theme notes of 2000 characters in one autosave.
  { method: 'patch', path: '/api/self-scans/{scanId}', maxBytes: 2 * MiB },
  // Outcomes of up to 20,000 characters.
  { method: 'post', path: '/api/knowledge-maps/{slug}/work-sessions', maxBytes: textBody(24_000) },
]

/** The body limit of a request: its route's own, or `JSON_BODY_MAX_BYTES`. */
export function bodyLimitOf(method: string, path: string): number {
  const route = LARGE_BODY_ROUTES.find(
    (r) => r.method === method.toLowerCase() && pathPattern(r.path).test(path),
  )
  return route?.maxBytes ?? JSON_BODY_MAX_BYTES
}

const patterns = new Map<string, RegExp>()
function pathPattern(path: string): RegExp {
  let pattern = patterns.get(path)
  if (!pattern) {
    pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`)
    patterns.set(path, pattern)
  }
  return pattern
}
