import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { isPublicRoute } from '../domain/public-routes.ts'
import { bodyLimitOf } from '../domain/request-limits.ts'
import { toFieldErrors } from '../domain/validation.ts'
import { csrfMiddleware, sessionMiddleware } from './auth/middleware.ts'
import { forgetCachedSessions } from './auth/sessions.ts'
import type { AppEnv, Services } from './context.ts'
import { AppError, problemBody } from './errors.ts'
import { registerAccountRoutes } from './features/account/routes.ts'
import { registerAdminRoutes } from './features/admin/routes.ts'
import { registerAuthRoutes } from './features/auth/routes.ts'
import { registerCatalogueRoutes } from './features/catalogue/routes.ts'
import { registerHomeRoutes } from './features/home/routes.ts'
import { registerKnowledgeMapRoutes } from './features/knowledge-maps/routes.ts'
import { registerLearningRouteRoutes } from './features/learning-routes/routes.ts'
import { registerOrganisationRoutes } from './features/organisations/routes.ts'
import { registerReviewRoutes } from './features/reviews/routes.ts'
import { registerSelfScanRoutes } from './features/self-scans/routes.ts'
import { registerSystemRoutes } from './features/system/routes.ts'
import { apiHeaders, pageHeaders } from './security-headers.ts'

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function problem(c: Context, error: AppError) {
  // Failed sign-ins are counted over 15 minutes; say how long to wait.
  if (error.code === 'rate_limited') c.header('retry-after', '900')
  return c.body(
    JSON.stringify(problemBody(error.code, error.errors, error.problems)),
    error.status as 400,
    {
      'content-type': 'application/problem+json',
    },
  )
}

/**
 * Refuses a request body over its route's limit (`domain/request-limits.ts`) with 413: by its
 * Content-Length before anything is read, or, when streamed without one, as soon as the bytes
 * read pass the limit — never holding more than the limit in memory.
 */
function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  const byLimit = new Map<number, MiddlewareHandler>()
  return (c, next) => {
    const maxSize = bodyLimitOf(c.req.method, c.req.path)
    let limit = byLimit.get(maxSize)
    if (!limit) {
      limit = bodyLimit({
        maxSize,
        onError: () => {
          throw new AppError('payload_too_large')
        },
      })
      byLimit.set(maxSize, limit)
    }
    return limit(c, next)
  }
}

/**
 * The whole HTTP application: security headers → body limit → session → CSRF → the feature routes →
 * problem+json for every error. The path of a request is described in docs/ARCHITECTURE.md.
 */
export function createApp(services: Services) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new AppError('validation_failed', toFieldErrors(result.error.issues))
    },
  })

  const https = services.config.secureCookies
  app.use('/api/*', apiHeaders({ https }))
  app.use('/api/*', requestBodyLimit())

  app.use('/api/*', async (c, next) => {
    c.set('services', services)
    if (BODY_METHODS.has(c.req.method)) {
      const type = c.req.header('content-type') ?? ''
      const hasBody =
        Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding')
      if (hasBody && !/^application\/json\b/i.test(type))
        throw new AppError('unsupported_media_type')
    }
    await next()
  })
  // A state change may end sessions or change roles: cached sessions are forgotten after it.
  app.use('/api/*', async (c, next) => {
    await next()
    if (!SAFE_METHODS.has(c.req.method)) forgetCachedSessions(services.db)
  })
  app.use('/api/*', sessionMiddleware)
  app.use('/api/*', csrfMiddleware)
  app.use('/api/*', async (c, next) => {
    if (!c.var.user && !isPublicRoute(c.req.method, c.req.path))
      throw new AppError('unauthenticated')
    await next()
  })

  registerSystemRoutes(app)
  registerAuthRoutes(app)
  registerAccountRoutes(app)
  registerOrganisationRoutes(app)
  registerAdminRoutes(app)
  registerKnowledgeMapRoutes(app)
  registerReviewRoutes(app)
  registerSelfScanRoutes(app)
  registerLearningRouteRoutes(app)
  registerCatalogueRoutes(app)
  registerHomeRoutes(app)

  // The document is the same for the life of the app and takes seconds to generate from the
  // schemas under load: make it once, on first request.
  let openApiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined
  app.get('/api/openapi.json', (c) => {
    openApiDocument ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Routekaart API',
        version: '1',
        description: 'Leven Lang Leren in de archiefsector. Errors are application/problem+json.',
      },
    })
    return c.json(openApiDocument)
  })

  app.all('/api/*', () => {
    throw new AppError('not_found')
  })

  const webRoot = services.config.webRoot
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    const indexHtml = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8')
    const relativeRoot = path.relative(process.cwd(), webRoot)
    app.use('*', pageHeaders({ https }))
    app.use('/assets/*', async (c, next) => {
      c.header('cache-control', 'public, max-age=31536000, immutable')
      await next()
    })
    app.use('*', serveStatic({ root: relativeRoot }))
    // A missing asset (an old tab after a new release) is a 404, not the app's HTML.
    app.get('/assets/*', (c) => c.text('Not found', 404))
    // Every other path is a page of the single-page app.
    app.get('*', (c) => c.html(indexHtml))
  }

  app.onError((error, c) => {
    if (error instanceof AppError) return problem(c, error)
    // Hono's validator reports a body that is not parseable JSON this way.
    if (error instanceof SyntaxError || (error instanceof HTTPException && error.status === 400)) {
      return problem(c, new AppError('validation_failed', [{ field: '', code: 'invalid' }]))
    }
    console.error(error)
    return problem(c, new AppError('internal'))
  })

  return app
}

export type App = ReturnType<typeof createApp>
