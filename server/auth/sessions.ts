import type { Me } from '../../domain/api/auth.ts'
import type { Config } from '../config.ts'
import type { CurrentUser } from '../context.ts'
import type { Db } from '../db/connection.ts'
import { PERSON_COLUMNS, rolesOf, toPerson } from '../features/account/queries.ts'
import { hashToken, inMs, now, randomToken } from '../util.ts'

export const SESSION_COOKIE = 'rk_session'

/** Starts a new session (a new id at every sign-in) and returns the cookie value. */
export async function createSession(options: {
  db: Db
  config: Config
  userId: string
}): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken()
  const csrfToken = randomToken()
  const at = now()
  await options.db.kysely
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: options.userId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: inMs(options.config.sessionAbsoluteMs),
    })
    .execute()
  return { token, csrfToken }
}

// Writing last_seen_at on every request would turn each read into a write; once a minute is
// precise enough for an idle limit measured in hours.
const TOUCH_INTERVAL_MS = 60_000

/**
 * Recently loaded sessions, per database. Every state-changing request empties the cache when
 * it is done (server/app.ts), so in one process a sign-out, role change or disabled account
 * takes effect at once; the time limit bounds staleness when several processes share a
 * PostgreSQL database (docs/decisions/005).
 */
const SESSION_CACHE_MS = 5_000
interface Cached {
  user: CurrentUser
  lastSeenMs: number
  expiresMs: number
  cachedAt: number
}
const caches = new WeakMap<Db, Map<string, Cached>>()

export function forgetCachedSessions(db: Db): void {
  caches.get(db)?.clear()
}

function cacheOf(db: Db): Map<string, Cached> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  return cache
}

async function readSession(db: Db, id: string): Promise<(Cached & { disabled: boolean }) | null> {
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      ...PERSON_COLUMNS,
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  const person = toPerson(row, await rolesOf(db, row.id))
  return {
    user: {
      ...person,
      organisationId:
        person.organisation && !person.organisation.pending ? person.organisation.id : null,
      sessionId: id,
      csrfToken: row.csrf_token,
    },
    lastSeenMs: Date.parse(row.last_seen_at),
    expiresMs: Date.parse(row.expires_at),
    cachedAt: Date.now(),
    disabled: row.disabled_at !== null,
  }
}

/**
 * The signed-in person for a cookie value, or null when the session is unknown, idle too
 * long, past its absolute expiry, or the account is disabled. Expired sessions are removed.
 */
export async function loadSession(options: {
  db: Db
  config: Config
  token: string
}): Promise<CurrentUser | null> {
  const { db, config } = options
  const id = hashToken(options.token)
  const cache = cacheOf(db)
  const nowMs = Date.now()
  let entry: Cached | null | undefined = cache.get(id)
  if (!entry || nowMs - entry.cachedAt > SESSION_CACHE_MS) {
    const fresh = await readSession(db, id)
    if (fresh?.disabled) {
      await endSession(db, id)
      return null
    }
    entry = fresh
    if (entry) {
      if (cache.size > 10_000) cache.clear()
      cache.set(id, entry)
    } else cache.delete(id)
  }
  if (!entry) return null
  const idleFor = nowMs - entry.lastSeenMs
  if (nowMs >= entry.expiresMs || idleFor >= config.sessionIdleMs) {
    await endSession(db, id)
    return null
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: now() })
      .where('id', '=', id)
      .execute()
    entry.lastSeenMs = nowMs
  }
  return entry.user
}

/** The signed-in person as the web app sees them, straight from the loaded session. */
export function presentMe(user: CurrentUser): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    locale: user.locale,
    audience: user.audience,
    organisation: user.organisation,
    isDemo: user.isDemo,
  }
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  caches.get(db)?.delete(sessionId)
  await db.kysely.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/** Ends every session of a person, except optionally the one in use. */
export async function endAllSessions(db: Db, userId: string, keepSessionId?: string) {
  forgetCachedSessions(db)
  let query = db.kysely.deleteFrom('sessions').where('user_id', '=', userId)
  if (keepSessionId) query = query.where('id', '!=', keepSessionId)
  await query.execute()
}

export function sessionCookieOptions(config: Config) {
  return {
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: config.secureCookies,
    path: '/',
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  }
}
