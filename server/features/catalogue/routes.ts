import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/catalogue.ts'
import { offeringsToCsv } from '../../../domain/catalogue/csv.ts'
import { staleCutoff } from '../../../domain/catalogue/model.ts'
import { can } from '../../../domain/permissions.ts'
import { authorise, clientIp, requireUser } from '../../auth/middleware.ts'
import type { AppEnv, CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { editScopeOf, inScope, mayEdit } from './access.ts'
import { applyOfferingsCsv, previewOfferingsCsv } from './csv.ts'
import { changeOfferingState, saveOffering } from './operations.ts'
import { addProviderMemberRecord, createProviderRecord, listProviders } from './providers.ts'
import {
  findOffering,
  listOfferingRows,
  PAGE_SIZE,
  searchOfferings,
  servedObjectives,
  toSummary,
} from './queries.ts'

/** An offering as its detail page shows it; owner and reminder only for who may change it. */
async function presentOffering(db: Db, user: CurrentUser, offeringId: string) {
  const row = await findOffering(db, offeringId)
  const editable = await mayEdit(db, user, row.provider_id)
  const owner =
    editable && row.owner_user_id
      ? await db.kysely
          .selectFrom('users')
          .select('name')
          .where('id', '=', row.owner_user_id)
          .executeTakeFirst()
      : undefined
  return {
    ...toSummary(row, new Date()),
    description: row.description,
    certificate: row.certificate,
    url: row.url,
    objectives: await servedObjectives(db, row.id),
    canEdit: editable,
    owner: owner ? { name: owner.name } : null,
    remindedAt: editable ? row.reminded_at : null,
  }
}

/** The providers a person keeps offerings of, optionally narrowed to one (which must be theirs). */
async function managedProviderIds(db: Db, user: CurrentUser, provider?: string) {
  const scope = await editScopeOf(db, user)
  if (provider) {
    if (!inScope(scope, provider)) throw new AppError('forbidden')
    return [provider]
  }
  return scope
}

async function managedRows(db: Db, user: CurrentUser, provider?: string) {
  return listOfferingRows(db, { providerIds: await managedProviderIds(db, user, provider) })
}

export function registerCatalogueRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(api.searchOfferings, async (c) => {
    requireUser(c)
    const query = c.req.valid('query')
    const result = await searchOfferings(
      c.var.services.db,
      {
        text: query.q,
        forms: query.form ? [query.form] : undefined,
        level: query.level,
        mapSlug: query.map,
        themeId: query.theme,
        objectiveIds: query.objective ? [query.objective] : undefined,
        maxCostCents: query.maxCost === undefined ? undefined : query.maxCost * 100,
        online: query.online,
        providerId: query.provider,
        includeArchived: query.archived,
      },
      query.page,
    )
    return c.json({ ...result, page: query.page, pageSize: PAGE_SIZE }, 200)
  })

  app.openapi(api.getOffering, async (c) => {
    const user = requireUser(c)
    const { offeringId } = c.req.valid('param')
    return c.json(await presentOffering(c.var.services.db, user, offeringId), 200)
  })

  app.openapi(api.createOffering, async (c) => {
    const user = requireUser(c)
    const { db } = c.var.services
    const id = await saveOffering({ db, user, input: c.req.valid('json') })
    return c.json(await presentOffering(db, user, id), 201)
  })

  app.openapi(api.updateOffering, async (c) => {
    const user = requireUser(c)
    const { db } = c.var.services
    const { offeringId } = c.req.valid('param')
    await saveOffering({ db, user, offeringId, input: c.req.valid('json') })
    return c.json(await presentOffering(db, user, offeringId), 200)
  })

  const stateRoutes = [
    [api.markOfferingReviewed, 'reviewed'],
    [api.archiveOffering, 'archive'],
    [api.restoreOffering, 'restore'],
  ] as const
  for (const [route, change] of stateRoutes) {
    app.openapi(route, async (c) => {
      const user = requireUser(c)
      const { db } = c.var.services
      const { offeringId } = c.req.valid('param')
      await changeOfferingState({ db, user, offeringId, change })
      return c.json(await presentOffering(db, user, offeringId), 200)
    })
  }

  app.openapi(api.listManagedOfferings, async (c) => {
    const user = requireUser(c)
    const { db } = c.var.services
    const scope = await editScopeOf(db, user)
    const rows = await managedRows(db, user, c.req.valid('query').provider)
    const providers = (await listProviders(db, { withMembers: false }))
      .filter((p) => inScope(scope, p.id))
      .map(({ id, slug, name }) => ({ id, slug, name }))
    const now = new Date()
    return c.json({ providers, offerings: rows.map((row) => toSummary(row, now)) }, 200)
  })

  app.openapi(api.listStaleOfferings, async (c) => {
    authorise(c, 'catalogue.manage')
    const { db } = c.var.services
    const now = new Date()
    const rows = await listOfferingRows(db, { staleBefore: staleCutoff(now) })
    const ownerIds = [...new Set(rows.flatMap((row) => row.owner_user_id ?? []))]
    const owners =
      ownerIds.length === 0
        ? []
        : await db.kysely
            .selectFrom('users')
            .select(['id', 'name', 'email'])
            .where('id', 'in', ownerIds)
            .execute()
    const ownerOf = new Map(owners.map((o) => [o.id, { name: o.name, email: o.email }]))
    const offerings = rows.map((row) => ({
      ...toSummary(row, now),
      owner: (row.owner_user_id && ownerOf.get(row.owner_user_id)) || null,
      remindedAt: row.reminded_at,
    }))
    return c.json({ offerings }, 200)
  })

  app.openapi(api.listProviders, async (c) => {
    const user = requireUser(c)
    const withMembers = can(user, 'catalogue.providers.manage')
    return c.json({ providers: await listProviders(c.var.services.db, { withMembers }) }, 200)
  })

  app.openapi(api.createProvider, async (c) => {
    authorise(c, 'catalogue.providers.manage')
    const { db } = c.var.services
    const id = await createProviderRecord(db, c.req.valid('json'))
    const [provider] = await listProviders(db, { withMembers: true, id })
    return c.json(provider!, 201)
  })

  app.openapi(api.addProviderMember, async (c) => {
    const user = authorise(c, 'catalogue.providers.manage')
    const { db } = c.var.services
    const { providerId } = c.req.valid('param')
    await addProviderMemberRecord(db, providerId, c.req.valid('json').email, {
      userId: user.id,
      ip: clientIp(c),
    })
    const [provider] = await listProviders(db, { withMembers: true, id: providerId })
    return c.json(provider!, 200)
  })

  app.openapi(api.downloadOfferingsCsv, async (c) => {
    const user = requireUser(c)
    const { db } = c.var.services
    const rows = await managedRows(db, user, c.req.valid('query').provider)
    const links =
      rows.length === 0
        ? []
        : await db.kysely
            .selectFrom('offering_objectives')
            .select(['offering_id', 'node_id'])
            .where(
              'offering_id',
              'in',
              rows.map((row) => row.id),
            )
            .orderBy('node_id')
            .execute()
    const now = new Date()
    const csv = offeringsToCsv(
      rows.map((row) => {
        const summary = toSummary(row, now)
        return {
          ...summary,
          providerSlug: row.provider_slug,
          description: row.description,
          certificate: row.certificate,
          url: row.url,
          objectiveIds: links.filter((l) => l.offering_id === row.id).map((l) => l.node_id),
        }
      }),
    )
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="opleidingsaanbod.csv"',
    })
  })

  app.openapi(api.previewOfferingsCsv, async (c) => {
    const user = requireUser(c)
    const preview = await previewOfferingsCsv(c.var.services.db, user, c.req.valid('json').csv)
    return c.json(preview, 200)
  })

  app.openapi(api.applyOfferingsCsv, async (c) => {
    const user = requireUser(c)
    const result = await applyOfferingsCsv(c.var.services.db, user, c.req.valid('json').csv)
    return c.json(result, 200)
  })
}
