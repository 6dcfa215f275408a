import { sql } from 'kysely'
import type { Db } from '../../db/connection.ts'

/** How long the health check waits for the database before calling it unavailable. */
export const HEALTH_TIMEOUT_MS = 2_000

/**
 * True when the database answers `select 1` within `timeoutMs`. A load balancer asks this to
 * decide whether to send traffic here, so a closed or unreachable database must say no quickly
 * instead of hanging on a connection attempt.
 */
export async function databaseAnswers(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const query = sql`select 1`
    .execute(db.kysely)
    .then(() => true)
    .catch(() => false)
  try {
    return await Promise.race([query, timeout])
  } finally {
    clearTimeout(timer)
  }
}
