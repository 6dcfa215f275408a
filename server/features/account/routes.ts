import type { OpenAPIHono } from '@hono/zod-openapi'
import { deleteCookie } from 'hono/cookie'
import * as api from '../../../domain/api/account.ts'
import { recordAudit } from '../../audit.ts'
import { authorise, clientIp } from '../../auth/middleware.ts'
import { presentMe, SESSION_COOKIE } from '../../auth/sessions.ts'
import type { AppEnv } from '../../context.ts'
import { exportPersonalData } from '../../privacy/export-personal-data.ts'
import { listAuditEntries } from '../admin/queries.ts'
import {
  findNotificationPreferences,
  updateNotificationPreferences,
} from './notification-preferences.ts'
import { changePassword, eraseAccount, updateProfile } from './operations.ts'
import { findMe } from './queries.ts'

export function registerAccountRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.getAccount, async (c) => {
    const user = authorise(c, 'account.own')
    return c.json(presentMe(user), 200)
  })

  app.openapi(api.updateAccount, async (c) => {
    const user = authorise(c, 'account.own')
    const input = c.req.valid('json')
    await updateProfile({ db: c.var.services.db, userId: user.id, input })
    return c.json(await findMe(c.var.services.db, user.id), 200)
  })

  app.openapi(api.changePassword, async (c) => {
    const user = authorise(c, 'account.own')
    const input = c.req.valid('json')
    await changePassword({ db: c.var.services.db, user, ...input, ip: clientIp(c) })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.exportAccount, async (c) => {
    const user = authorise(c, 'account.own')
    const { db } = c.var.services
    await recordAudit(db, {
      action: 'data_exported',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: clientIp(c),
    })
    const data = await exportPersonalData(db, user.id)
    const day = data.exportedAt.slice(0, 10)
    c.header('content-disposition', `attachment; filename="routekaart-gegevens-${day}.json"`)
    return c.json(data, 200)
  })

  app.openapi(api.eraseAccount, async (c) => {
    const user = authorise(c, 'account.own')
    const { password } = c.req.valid('json')
    await eraseAccount({ db: c.var.services.db, user, password, ip: clientIp(c) })
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.getAccountActivity, async (c) => {
    const user = authorise(c, 'account.own')
    const entries = await listAuditEntries(c.var.services.db, { userId: user.id, limit: 50 })
    return c.json({ entries }, 200)
  })

  app.openapi(api.getNotificationPreferences, async (c) => {
    const user = authorise(c, 'account.own')
    return c.json(await findNotificationPreferences(c.var.services.db, user.id), 200)
  })

  app.openapi(api.updateNotificationPreferences, async (c) => {
    const user = authorise(c, 'account.own')
    const input = c.req.valid('json')
    const { db } = c.var.services
    await updateNotificationPreferences({ db, userId: user.id, input })
    return c.json(await findNotificationPreferences(db, user.id), 200)
  })
}
