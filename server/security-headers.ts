import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Headers for the web app's pages and files: a CSP without inline scripts or styles, no
 * framing, no sniffing, HSTS behind https.
 */
export function pageHeaders(options: { https: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: options.https ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'same-origin',
    crossOriginEmbedderPolicy: false,
  })
}

/**
 * The shorter set OWASP advises for JSON APIs: nothing in a response may run, be framed or be
 * cached. Computed once; sending a page's full policy with every API answer costs time on the
 * hottest path for nothing (decision 009).
 */
export function apiHeaders(options: { https: boolean }): MiddlewareHandler {
  const headers = apiHeaderList(options)
  return async (c, next) => {
    await next()
    for (const [name, value] of headers) c.res.headers.set(name, value)
  }
}

/** The API's security headers as pairs, for the middleware and for server/http.ts. */
export function apiHeaderList(options: { https: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ['cache-control', 'no-store'],
    ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['referrer-policy', 'same-origin'],
  ]
  if (options.https)
    headers.push(['strict-transport-security', 'max-age=31536000; includeSubDomains'])
  return headers
}
