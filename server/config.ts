import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres'

export interface Config {
  port: number
  /** Public address of the app, used in mailed links and for the CSRF origin check. */
  baseUrl: string
  databaseUrl: string
  databaseKind: DatabaseKind
  smtpUrl: string | null
  mailFrom: string
  demo: boolean
  /** Secure cookies: on when the base URL is https. */
  secureCookies: boolean
  /** Sign-in attempts allowed per account and per address within `loginWindowMs`. */
  loginLimitPerAccount: number
  loginLimitPerAddress: number
  loginWindowMs: number
  /**
   * Reverse proxies in front of the app that append the client's address to
   * `X-Forwarded-For` (`TRUST_PROXY`); 0 takes the socket's peer.
   */
  trustedProxies: number
  sessionIdleMs: number
  sessionAbsoluteMs: number
  /** Aggregates are shown only over at least this many people (never below 3). */
  minGroupSize: number
  /** Directory of the built web app; null serves the API only. */
  webRoot: string | null
}

export const DEFAULT_SQLITE_FILE = 'data/routekaart.sqlite'

function databaseKindOf(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite'
}

/** `TRUST_PROXY`: a number of proxies (hops), or a yes-flag for one; unset or no for none. */
function proxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  return flag(value, false) ? 1 : 0
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return ['1', 'true', 'yes', 'on', 'ja'].includes(value.toLowerCase())
}

/**
 * Reads configuration from the environment, with defaults that start the app on an
 * embedded database with demo data. `DEMO` is on by default for SQLite only: demo
 * accounts must never appear in a PostgreSQL (production) database unless asked for.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000)
  const databaseUrl = env.DATABASE_URL || DEFAULT_SQLITE_FILE
  const databaseKind = databaseKindOf(databaseUrl)
  const baseUrl = (env.BASE_URL || `http://localhost:${port}`).replace(/\/$/, '')
  return {
    port,
    baseUrl,
    databaseUrl,
    databaseKind,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Routekaart <noreply@routekaart.nl>',
    demo: flag(env.DEMO, databaseKind === 'sqlite'),
    secureCookies: baseUrl.startsWith('https://'),
    loginLimitPerAccount: Number(env.LOGIN_LIMIT_ACCOUNT ?? 5),
    loginLimitPerAddress: Number(env.LOGIN_LIMIT_ADDRESS ?? 30),
    loginWindowMs: 15 * 60_000,
    trustedProxies: proxyHops(env.TRUST_PROXY),
    sessionIdleMs: Number(env.SESSION_IDLE_MINUTES ?? 120) * 60_000,
    sessionAbsoluteMs: Number(env.SESSION_ABSOLUTE_HOURS ?? 12) * 3_600_000,
    minGroupSize: Math.max(3, Number(env.MIN_GROUP_SIZE ?? 5) || 5),
    webRoot: env.WEB_ROOT === '' ? null : path.resolve(env.WEB_ROOT ?? 'dist/web'),
  }
}
