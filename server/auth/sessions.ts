import type { Role } from '../../domain/roles.ts'
import type { Config } from '../config.ts'
import type { CurrentUser } from '../context.ts'
import type { Db } from '../db/connection.ts'
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
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.organisation_id',
      'users.locale',
      'users.disabled_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  const nowMs = Date.now()
  const idleFor = nowMs - Date.parse(row.last_seen_at)
  if (row.disabled_at || nowMs >= Date.parse(row.expires_at) || idleFor >= config.sessionIdleMs) {
    await db.kysely.deleteFrom('sessions').where('id', '=', id).execute()
    return null
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: now() })
      .where('id', '=', id)
      .execute()
  }
  const roles = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', row.id)
    .execute()
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: roles.map((r) => r.role as Role),
    organisationId: row.organisation_id,
    locale: row.locale === 'en' ? 'en' : 'nl',
    sessionId: row.sessionId,
    csrfToken: row.csrf_token,
  }
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/** Ends every session of a person, except optionally the one in use. */
export async function endAllSessions(db: Db, userId: string, keepSessionId?: string) {
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
