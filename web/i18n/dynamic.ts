import i18n from 'i18next'

type Params = Record<string, unknown>

/**
 * Translates a key built at run time from a code the API sends (`errors.<code>`,
 * `roles.<role>`, ...). Typed keys cannot cover those, so this checks the key exists and
 * otherwise uses `fallback`: a newer server may send a code this build does not know yet.
 *
 * @example translateCode('errors', problem.code, 'errors.internal')
 */
export function translateCode(
  prefix: string,
  code: string,
  fallback: string | null,
  params?: Params,
): string {
  const key = `${prefix}.${code}`
  const t = i18n.t as unknown as (key: string, params?: Params) => string
  if (i18n.exists(key)) return t(key, params)
  return fallback === null ? code : t(fallback, params)
}

/** Translates `key` when this build knows it, and otherwise returns `fallback` unchanged. */
export function translateOr(key: string, fallback: string, params?: Params): string {
  const t = i18n.t as unknown as (key: string, params?: Params) => string
  return i18n.exists(key) ? t(key, params) : fallback
}

/** A list of texts (`["…", "…"]` in the JSON) by a run-time key; empty when there is none. */
export function listOf(key: string): string[] {
  const t = i18n.t as unknown as (key: string, options: { returnObjects: true }) => unknown
  const value = i18n.exists(key) ? t(key, { returnObjects: true }) : []
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
}
