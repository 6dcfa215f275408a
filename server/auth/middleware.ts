import crypto from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { type Action, can } from '../../domain/permissions.ts'
import type { AppEnv, CurrentUser } from '../context.ts'
import { AppError } from '../errors.ts'
import { loadSession, SESSION_COOKIE } from './sessions.ts'

/** Puts the signed-in person (or null) on the context for every API request. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE)
  const { db, config } = c.var.services
  c.set('user', token ? await loadSession({ db, config, token }) : null)
  await next()
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

/**
 * CSRF protection for every state change: the browser must say the request comes from our
 * own origin (Origin / Sec-Fetch-Site), and a signed-in request must carry the session's
 * token in `x-csrf-token`, which another site cannot read.
 */
export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next()
  if (c.req.header('sec-fetch-site') === 'cross-site') throw new AppError('csrf_failed')
  const origin = c.req.header('origin')
  if (origin) {
    const allowed = new Set([
      new URL(c.var.services.config.baseUrl).origin,
      new URL(c.req.url).origin,
    ])
    if (!allowed.has(origin)) throw new AppError('csrf_failed')
  }
  const user = c.var.user
  if (user) {
    const token = c.req.header('x-csrf-token') ?? ''
    if (!sameToken(token, user.csrfToken)) throw new AppError('csrf_failed')
  }
  await next()
}

/** The signed-in person, or a 401. */
export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.var.user
  if (!user) throw new AppError('unauthenticated')
  return user
}

/**
 * The signed-in person when they may perform `action` (on `organisationId`, for actions
 * scoped to one organisation); otherwise a 401 or 403. Deny by default: see domain/permissions.
 */
export function authorise(
  c: Context<AppEnv>,
  action: Action,
  organisationId?: string,
): CurrentUser {
  const user = requireUser(c)
  if (!can(user, action, organisationId)) throw new AppError('forbidden')
  return user
}

/**
 * The client's address: the socket's peer, or, behind `trustedProxies` reverse proxies, the
 * address the outermost trusted proxy appended to `X-Forwarded-For`. Entries left of that one
 * come from the client itself and may be anything, so they are never taken.
 */
export function clientIp(c: Context<AppEnv>): string {
  const hops = c.var.services.config.trustedProxies
  if (hops > 0) {
    const forwarded = forwardedAddress(c.req.header('x-forwarded-for'), hops)
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** The entry `hops` from the right of an `X-Forwarded-For` value (its leftmost when shorter). */
export function forwardedAddress(header: string | undefined, hops: number): string | null {
  const entries = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - hops)] ?? null
}
