import type { z } from 'zod'
import type { Problem } from '../../domain/api/common.ts'

/**
 * A typed client for the routes declared in `domain/api/`: the same route objects the server
 * registers, so path parameters, query, body and response types come from one zod schema.
 *
 * @example const { user } = await callApi(getSession, {})
 */
type RouteLike = {
  method: string
  path: string
  request?: {
    params?: z.ZodType
    query?: z.ZodType
    body?: { content: { 'application/json': { schema: z.ZodType } } }
  }
  responses: Record<number, unknown>
}

type Success<R extends RouteLike> = {
  [S in keyof R['responses']]: S extends 200 | 201 | 202
    ? R['responses'][S] extends { content: { 'application/json': { schema: infer T } } }
      ? T extends z.ZodType
        ? z.output<T>
        : never
      : never
    : never
}[keyof R['responses']]

type Input<R extends RouteLike> = (R['request'] extends { params: infer P extends z.ZodType }
  ? { params: z.input<P> }
  : { params?: never }) &
  (R['request'] extends { query: infer Q extends z.ZodType }
    ? { query?: z.input<Q> }
    : { query?: never }) &
  (R['request'] extends {
    body: { content: { 'application/json': { schema: infer B extends z.ZodType } } }
  }
    ? { body: z.input<B> }
    : { body?: never })

/** An API error with its problem+json body; `code` is stable and translated in the UI. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title)
  }
  get code(): string {
    return this.problem.code
  }
}

let csrfToken: string | null = null
let onUnauthenticated: () => void = () => {}

/**
 * Called whenever the server answers 401 `unauthenticated`: the session ended (expired, or
 * signed out elsewhere) while this page was open. The app re-checks the session then.
 */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler
}

/** Remembers the session's CSRF token (from `/api/session` or sign-in) for later requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
}

export async function callApi<R extends RouteLike>(route: R, input: Input<R>): Promise<Success<R>> {
  const { params, query, body } = input as {
    params?: Record<string, string>
    query?: Record<string, string | number | string[] | undefined>
    body?: unknown
  }
  let url = buildPath(route.path, params)
  if (query) {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      // A list (e.g. several forms) is sent as the key repeated, as the server reads it;
      // a number is sent even when it is 0 (a budget of nothing is a real preference).
      if (Array.isArray(value)) for (const item of value) search.append(key, item)
      else if (value !== undefined && value !== '') search.set(key, String(value))
    }
    if (search.size > 0) url += `?${search}`
  }
  const method = route.method.toUpperCase()
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const data = text ? JSON.parse(text) : null
  if (!response.ok) {
    const problem: Problem =
      data && typeof data.code === 'string'
        ? data
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            code: 'internal',
          }
    if (response.status === 401 && problem.code === 'unauthenticated') onUnauthenticated()
    throw new ApiError(response.status, problem)
  }
  return data as Success<R>
}
