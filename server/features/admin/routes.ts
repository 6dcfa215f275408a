import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/admin.ts'
import { authorise, clientIp } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import { createOrganisation } from './create-organisation.ts'
import { listAuditEntries, listOrganisationsWithCounts, listOutbox, listUsers } from './queries.ts'
import { updateOrganisation } from './update-organisation.ts'
import { updateUser } from './update-user.ts'

export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.adminListOrganisations, async (c) => {
    authorise(c, 'admin.organisations.manage')
    return c.json({ organisations: await listOrganisationsWithCounts(c.var.services.db) }, 200)
  })

  app.openapi(api.adminCreateOrganisation, async (c) => {
    const user = authorise(c, 'admin.organisations.manage')
    const input = c.req.valid('json')
    const { db } = c.var.services
    const id = await createOrganisation({ db, actorId: user.id, input, ip: clientIp(c) })
    const [created] = await listOrganisationsWithCounts(db, id)
    return c.json(created!, 201)
  })

  app.openapi(api.adminUpdateOrganisation, async (c) => {
    const user = authorise(c, 'admin.organisations.manage')
    const { organisationId } = c.req.valid('param')
    const input = c.req.valid('json')
    const { db } = c.var.services
    await updateOrganisation({ db, actorId: user.id, organisationId, input, ip: clientIp(c) })
    const [updated] = await listOrganisationsWithCounts(db, organisationId)
    return c.json(updated!, 200)
  })

  app.openapi(api.adminListUsers, async (c) => {
    authorise(c, 'admin.users.manage')
    const { q } = c.req.valid('query')
    return c.json({ users: await listUsers(c.var.services.db, { q }) }, 200)
  })

  app.openapi(api.adminUpdateUser, async (c) => {
    const actor = authorise(c, 'admin.users.manage')
    const { userId } = c.req.valid('param')
    const input = c.req.valid('json')
    const { db } = c.var.services
    await updateUser({ db, actorId: actor.id, userId, input, ip: clientIp(c) })
    const [updated] = await listUsers(db, { ids: [userId] })
    return c.json(updated!, 200)
  })

  app.openapi(api.adminListOutbox, async (c) => {
    authorise(c, 'admin.outbox.read')
    const { db, mailer } = c.var.services
    return c.json({ smtpConfigured: mailer.smtp, messages: await listOutbox(db) }, 200)
  })

  app.openapi(api.adminListAudit, async (c) => {
    authorise(c, 'admin.audit.read')
    return c.json({ entries: await listAuditEntries(c.var.services.db, { limit: 200 }) }, 200)
  })
}
