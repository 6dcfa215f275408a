import crypto from 'node:crypto'

export const newId = (): string => crypto.randomUUID()
export const now = (): string => new Date().toISOString()
export const inMs = (ms: number): string => new Date(Date.now() + ms).toISOString()

/** 32 random bytes, url-safe: the secret part of cookies and mailed links. */
export const randomToken = (): string => crypto.randomBytes(32).toString('base64url')

/** Tokens are stored hashed, so a copy of the database yields no working link or session. */
export const hashToken = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex')

/** pg returns counts as strings, SQLite as numbers. */
export const toNumber = (value: unknown): number => Number(value ?? 0)
