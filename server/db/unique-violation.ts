/**
 * True when `error` is a database refusing a row that breaks a unique index (`index`, when
 * given: PostgreSQL names it as the constraint, SQLite names the columns in the message, so
 * for SQLite pass the columns as they appear there, e.g. `map_versions.map_id`).
 * "Only one of these" is a unique index; the operation turns this error into its own answer.
 */
export function isUniqueViolation(error: unknown, names: { postgres: string; sqlite: string }) {
  if (!error || typeof error !== 'object') return false
  const { code, constraint, message } = error as {
    code?: string
    constraint?: string
    message?: string
  }
  if (code === '23505') return constraint === names.postgres
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return (message ?? '').includes(names.sqlite)
  return false
}
