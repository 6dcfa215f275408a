import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { Services } from './context.ts'
import { settledTreeJson } from './features/knowledge-maps/tree-cache.ts'
import { apiHeaderList } from './security-headers.ts'

/** `/api/knowledge-maps/<slug>` or `/api/knowledge-maps/<slug>/versions/<n>`, nothing more. */
const TREE_PATH =
  /^\/api\/knowledge-maps\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/versions\/([1-9]\d{0,8}))?$/

/**
 * The Node request listener: the Hono app for everything, except one hot path — an anonymous
 * GET of a published kenniskaart whose tree is already loaded. That answer is the same for
 * every visitor, public (domain/public-routes.ts) and immutable until a write forgets it, so it
 * is written straight from the cached JSON with the API's own headers, skipping the per-request
 * objects of the fetch API (decision 013). Anything else — a session cookie, a query, another
 * method, a tree not yet loaded — goes through the app, which fills the cache.
 */
export function createRequestListener(
  fetch: (request: Request) => Response | Promise<Response>,
  services: Services,
): (req: IncomingMessage, res: ServerResponse) => void {
  const app = getRequestListener(fetch)
  const headers = Object.fromEntries(apiHeaderList({ https: services.config.secureCookies }))
  return (req, res) => {
    if (req.method === 'GET' && !req.headers.cookie?.includes('rk_session=')) {
      const match = TREE_PATH.exec(req.url ?? '')
      const json = match
        ? settledTreeJson(services.db, match[1]!, match[2] ? Number(match[2]) : undefined)
        : undefined
      if (json !== undefined) {
        res.writeHead(200, {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
        })
        res.end(json)
        return
      }
    }
    void app(req, res)
  }
}

/** An HTTP server for `services`' app on `port` (and `hostname`), resolved once listening. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  services: Services,
  port: number,
  hostname?: string,
): Promise<http.Server> {
  const server = http.createServer(createRequestListener(fetch, services))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => resolve(server))
  })
}
