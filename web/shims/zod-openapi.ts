/**
 * Browser stand-in for `@hono/zod-openapi`, wired in by vite.config.ts. The route contracts in
 * `domain/api/` call `createRoute`, which only copies the config and adds `getRoutingPath`.
 * The real package also pulls in Hono, an OpenAPI generator and every zod locale (it patches
 * the whole `z` namespace at import), which would more than double the web bundle. Type
 * checking still uses the real package, so the contracts stay exactly as the server sees them.
 */
export function createRoute<R extends { path: string }>(route: R): R {
  return Object.defineProperty({ ...route }, 'getRoutingPath', {
    enumerable: false,
    value: () => route.path.replaceAll(/\/{(.+?)}/g, '/:$1'),
  })
}
