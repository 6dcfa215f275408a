import type { OpenAPIHono } from '@hono/zod-openapi'
import * as api from '../../../domain/api/self-scans.ts'
import type { MapAudience } from '../../../domain/knowledge-maps/model.ts'
import { can } from '../../../domain/permissions.ts'
import { scoreScan } from '../../../domain/self-scans/scoring.ts'
import { authorise, requireUser } from '../../auth/middleware.ts'
import type { AppEnv, CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { listMaps } from '../knowledge-maps/queries.ts'
import { employabilityContent } from './content.ts'
import {
  findOwnCheck,
  listChecks,
  presentCheck,
  saveCheckAnswers,
  startCheck,
  submitCheck,
} from './employability-checks.ts'
import {
  findOwnScan,
  findScan,
  listScans,
  parseAnswers,
  presentScan,
  type ScanRow,
  scanTree,
} from './queries.ts'
import { buildReport } from './report.ts'
import { renderReportPdf } from './report-pdf.ts'
import { saveScanAnswers } from './save-answers.ts'
import {
  listSharedWithMe,
  listShares,
  listViews,
  logView,
  revokeSelfScanShare,
  sharedScopeFor,
  shareSelfScan,
  shareTargets,
} from './shares.ts'
import { startSelfScan } from './start-scan.ts'
import { submitSelfScan } from './submit-scan.ts'
import { teamOverview } from './team-overview.ts'

const AUDIENCE_OF_PROFILE: Record<NonNullable<CurrentUser['audience']>, MapAudience> = {
  'zij-instromer': 'zij-instromers',
  beginner: 'beginners',
  gevorderde: 'gevorderden',
}

/**
 * Who may read a scan's report: its owner (full), or someone it is shared with (their scope;
 * the view is logged for the owner). Anyone else gets "not found".
 */
async function readableReport(db: Db, scanId: string, user: CurrentUser, format: 'web' | 'pdf') {
  const row: ScanRow = await findScan(db, scanId)
  if (row.user_id === user.id) {
    return buildReport(db, row, { scope: 'full', ownerName: user.name, mine: true })
  }
  const scope = user.roles.some((r) => r === 'manager' || r === 'coach')
    ? await sharedScopeFor(db, row, user)
    : null
  if (!scope) throw new AppError('not_found')
  const owner = await db.kysely
    .selectFrom('users')
    .select('name')
    .where('id', '=', row.user_id)
    .executeTakeFirstOrThrow()
  const report = await buildReport(db, row, { scope, ownerName: owner.name, mine: false })
  await logView(db, { scanId: row.id, viewerId: user.id, scope, format })
  return report
}

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
    const { db } = c.var.services
    const maps = (await listMaps(db)).filter((m) => !m.archivedAt)
    const mine = await listScans(db, { userId: user.id })
    const audience = user.audience ? AUDIENCE_OF_PROFILE[user.audience] : null
    const scannable = maps
      .filter((m) => m.currentVersion?.state === 'published')
      .map((m) => {
        const own = mine.filter((s) => s.map.slug === m.slug)
        return {
          slug: m.slug,
          title: m.title,
          description: m.description,
          audience: m.audience,
          level: m.level,
          versionNumber: m.currentVersion?.number ?? null,
          objectives: m.objectiveCount,
          suggested: audience !== null && m.audience === audience,
          draftScanId: own.find((s) => s.status === 'draft')?.id ?? null,
          lastSubmittedAt: own.find((s) => s.status === 'submitted')?.submittedAt ?? null,
        }
      })
      .sort((a, b) => Number(b.suggested) - Number(a.suggested))
    const upcoming = maps
      .filter((m) => m.currentVersion?.state !== 'published')
      .map((m) => ({ slug: m.slug, title: m.title, audience: m.audience }))
    return c.json({ maps: scannable, upcoming }, 200)
  })

  app.openapi(api.listShareTargets, async (c) => {
    const user = authorise(c, 'selfscan.take')
    return c.json(await shareTargets(c.var.services.db, user), 200)
  })

  app.openapi(api.listSharedWithMe, async (c) => {
    const user = authorise(c, 'selfscan.shared.read')
    const { db } = c.var.services
    const rows = await listSharedWithMe(db, user)
    // The overall score from the row's own answers on its (cached, immutable) map version:
    // no report, no previous scan, no query per scan.
    const summaries = await Promise.all(
      rows.map(async (row) => {
        const tree = await scanTree(db, row)
        const overall = scoreScan(tree, parseAnswers(row), row.target_level).overall
        return {
          scanId: row.scanId,
          owner: row.owner,
          map: { slug: row.slug, title: row.title },
          versionNumber: row.versionNumber,
          submittedAt: row.submitted_at!,
          scope: row.scope,
          sharedAt: row.sharedAt,
          overallMean: overall.mean,
        }
      }),
    )
    return c.json({ scans: summaries }, 200)
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
    const { db } = c.var.services
    const scan = await findOwnScan(db, c.req.valid('param').scanId, user)
    await db.kysely.deleteFrom('self_scans').where('id', '=', scan.id).execute()
    return c.json({ ok: true as const }, 200)
  })

  app.openapi(api.getReport, async (c) => {
    const user = authoriseReader(c)
    const report = await readableReport(c.var.services.db, c.req.valid('param').scanId, user, 'web')
    return c.json(report, 200)
  })

  app.openapi(api.getReportPdf, async (c) => {
    const user = authoriseReader(c)
    const { scanId } = c.req.valid('param')
    const report = await readableReport(c.var.services.db, scanId, user, 'pdf')
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
