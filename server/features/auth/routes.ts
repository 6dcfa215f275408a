import type { OpenAPIHono } from '@hono/zod-openapi'
import { deleteCookie, setCookie } from 'hono/cookie'
import * as api from '../../../domain/api/auth.ts'
import { recordAudit } from '../../audit.ts'
import { clientIp } from '../../auth/middleware.ts'
import { endSession, presentMe, SESSION_COOKIE, sessionCookieOptions } from '../../auth/sessions.ts'
import type { AppEnv } from '../../context.ts'
import { completePasswordReset, confirmEmail, requestPasswordReset } from './password-reset.ts'
import { signIn } from './sign-in.ts'
import { resendConfirmation, signUpProfessional } from './sign-up.ts'

const OK = { ok: true } as const

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.getSession, async (c) => {
    const user = c.var.user
    if (!user) return c.json({ user: null, csrfToken: null }, 200)
    return c.json({ user: presentMe(user), csrfToken: user.csrfToken }, 200)
  })

  app.openapi(api.signUp, async (c) => {
    const input = c.req.valid('json')
    await signUpProfessional({ services: c.var.services, input, ip: clientIp(c) })
    return c.json(OK, 201)
  })

  app.openapi(api.confirmEmail, async (c) => {
    const { token } = c.req.valid('json')
    await confirmEmail({ services: c.var.services, token, ip: clientIp(c) })
    return c.json(OK, 200)
  })

  app.openapi(api.resendConfirmation, async (c) => {
    const { email } = c.req.valid('json')
    await resendConfirmation({ services: c.var.services, email })
    return c.json(OK, 202)
  })

  app.openapi(api.signIn, async (c) => {
    const { email, password } = c.req.valid('json')
    const previous = c.var.user
    const { token, session } = await signIn({
      services: c.var.services,
      email,
      password,
      ip: clientIp(c),
    })
    // A new session id at every sign-in: a planted cookie never becomes a signed-in one.
    if (previous) await endSession(c.var.services.db, previous.sessionId)
    setCookie(c, SESSION_COOKIE, token, sessionCookieOptions(c.var.services.config))
    return c.json(session, 200)
  })

  app.openapi(api.signOut, async (c) => {
    const user = c.var.user
    if (user) {
      await endSession(c.var.services.db, user.sessionId)
      await recordAudit(c.var.services.db, {
        action: 'sign_out',
        actorUserId: user.id,
        subjectUserId: user.id,
        ip: clientIp(c),
      })
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json(OK, 200)
  })

  app.openapi(api.requestPasswordReset, async (c) => {
    const { email } = c.req.valid('json')
    await requestPasswordReset({ services: c.var.services, email, ip: clientIp(c) })
    return c.json(OK, 202)
  })

  app.openapi(api.completePasswordReset, async (c) => {
    const { token, password } = c.req.valid('json')
    await completePasswordReset({ services: c.var.services, token, password, ip: clientIp(c) })
    return c.json(OK, 200)
  })
}
