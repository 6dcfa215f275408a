import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/self-scans.ts'
import { can } from '../../../domain/permissions.ts'
import { authorise, requireUser } from '../../auth/middleware.ts'
import type { AppEnv, CurrentUser } from '../../context.ts'
import { AppError } from '../../errors.ts'
import { employabilityContent } from './content.ts'
import { deleteSelfScan } from './delete-scan.ts'
import {
  findOwnCheck,
  listChecks,
  presentCheck,
  saveCheckAnswers,
  startCheck,
  submitCheck,
} from './employability-checks.ts'
import { listScannableMaps } from './list-scan-maps.ts'
import { listSharedScans } from './list-shared-scans.ts'
import { findOwnScan, listScans, presentScan } from './queries.ts'
import { readReport } from './read-report.ts'
import { renderReportPdf } from './report-pdf.ts'
import { saveScanAnswers } from './save-answers.ts'
import {
  listShares,
  listViews,
  revokeSelfScanShare,
  shareSelfScan,
  shareTargets,
} from './shares.ts'
import { startSelfScan } from './start-scan.ts'
import { submitSelfScan } from './submit-scan.ts'
import { teamOverview } from './team-overview.ts'

/** Reports are read by their owners and by the managers and coaches they are shared with. */
function authoriseReader(c: Parameters<typeof requireUser>[0]): CurrentUser {
  const user = requireUser(c)
  if (!can(user, 'selfscan.take') && !can(user, 'selfscan.shared.read'))
    throw new AppError('forbidden')
  return user
}

export function registerSelfScanRoutes(app: OpenAPIHono<AppEnv>) {
  // Fixed paths first: they would otherwise be read as a scan id.
  app.openapi(api.listScanMaps, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(await listScannableMaps({ db: c.var.services.db, user }), 200)
  })

  app.openapi(api.listShareTargets, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(await shareTargets(c.var.services.db, user), 200)
  })

  app.openapi(api.listSharedWithMe, async (c) => {
    const viewer = authorise(c, 'selfscan.shared.read')
    return c.json({ scans: await listSharedScans({ db: c.var.services.db, viewer }) }, 200)
  })

  app.openapi(api.listMyScans, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json({ scans: await listScans(c.var.services.db, { userId: user.id }) }, 200)
  })

  app.openapi(api.startScan, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const { scanId, created } = await startSelfScan({ db, user, slug: c.req.valid('json').map })
    const scan = await presentScan(db, await findOwnScan(db, scanId, user))
    return created ? c.json(scan, 201) : c.json(scan, 200)
  })

  app.openapi(api.getScan, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    return c.json(
      await presentScan(db, await findOwnScan(db, c.req.valid('param').scanId, user)),
      200,
    )
  })

  app.openapi(api.saveAnswers, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const result = await saveScanAnswers({
      db: c.var.services.db,
      user,
      scanId: c.req.valid('param').scanId,
      input: c.req.valid('json'),
    })
    return c.json(result, 200)
  })

  app.openapi(api.submitScan, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const { scanId } = c.req.valid('param')
    await submitSelfScan({ db, user, scanId })
    const [summary] = await listScans(db, { userId: user.id, scanId })
    return c.json(summary!, 200)
  })

  app.openapi(api.deleteScan, async (c) => {
    const user = authorise(c, 'selfscan.take')
    await deleteSelfScan({ db: c.var.services.db, user, scanId: c.req.valid('param').scanId })
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.getReport, async (c) => {
    const user = authoriseReader(c)
    const { scanId } = c.req.valid('param')
    return c.json(await readReport({ db: c.var.services.db, user, scanId, format: 'web' }), 200)
  })

  app.openapi(api.getReportPdf, async (c) => {
    const user = authoriseReader(c)
    const { scanId } = c.req.valid('param')
    const report = await readReport({ db: c.var.services.db, user, scanId, format: 'pdf' })
    const locale = c.req.valid('query').lang ?? user.locale
    const pdf = await renderReportPdf(report, locale)
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="zelfscan-${report.scan.map.slug}-${report.scan.submittedAt.slice(0, 10)}.pdf"`,
        'cache-control': 'private, no-store',
      },
    }) as never
  })

  app.openapi(api.listShares, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const scan = await findOwnScan(db, c.req.valid('param').scanId, user)
    return c.json(
      { shares: await listShares(db, scan.id), views: await listViews(db, scan.id) },
      200,
    )
  })

  app.openapi(api.shareScan, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const share = await shareSelfScan({
      services: c.var.services,
      user,
      scanId: c.req.valid('param').scanId,
      input: c.req.valid('json'),
    })
    return c.json(share, 201)
  })

  app.openapi(api.revokeShare, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { scanId, shareId } = c.req.valid('param')
    return c.json(await revokeSelfScanShare({ db: c.var.services.db, user, scanId, shareId }), 200)
  })

  app.openapi(api.getTeamOverview, async (c) => {
    const { organisationId } = c.req.valid('param')
    authorise(c, 'selfscan.team.read', organisationId)
    const { db, config } = c.var.services
    const overview = await teamOverview(db, {
      organisationId,
      slug: c.req.valid('query').map,
      minGroupSize: config.minGroupSize,
    })
    return c.json(overview, 200)
  })

  app.openapi(api.listChecks, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(
      { content: employabilityContent(), checks: await listChecks(c.var.services.db, user) },
      200,
    )
  })

  app.openapi(api.startCheck, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { check, created } = await startCheck(c.var.services.db, user)
    return created ? c.json(check, 201) : c.json(check, 200)
  })

  app.openapi(api.getCheck, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const row = await findOwnCheck(c.var.services.db, user, c.req.valid('param').checkId)
    return c.json(presentCheck(row), 200)
  })

  app.openapi(api.saveCheckAnswers, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const check = await saveCheckAnswers(
      c.var.services.db,
      user,
      c.req.valid('param').checkId,
      c.req.valid('json').answers,
    )
    return c.json(check, 200)
  })

  app.openapi(api.submitCheck, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(await submitCheck(c.var.services.db, user, c.req.valid('param').checkId), 200)
  })

  app.openapi(api.deleteCheck, async (c) => {
    const user = authorise(c, 'selfscan.take')
    const { db } = c.var.services
    const row = await findOwnCheck(db, user, c.req.valid('param').checkId)
    await db.kysely.deleteFrom('employability_checks').where('id', '=', row.id).execute()
    return c.json({ ok: true as const }, 200)
  })
}
