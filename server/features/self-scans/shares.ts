import type { ShareScope } from '../../../domain/schemas/self-scans.ts'
import type { CurrentUser, Services } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { notifyShareReceived } from '../../notifications/shares.ts'
import { newId, now } from '../../util.ts'
import { mayStillSee, resolveGrantee } from '../sharing/grantees.ts'
import {
  listShareRows,
  listViewRows,
  presentShare,
  revokeEarlierShares,
  revokeShareRow,
} from '../sharing/share-rows.ts'
import { findOwnScan } from './queries.ts'

/**
 * Sharing a zelfscan (DESIGN.md, privacy rules): nothing is shared by default; the owner
 * shares a submitted scan's summary or full report with a manager of their own organisation
 * or with a coach, sees every share and every view, and revokes whenever they like.
 */

export async function shareSelfScan(options: {
  services: Pick<Services, 'db' | 'mailer' | 'config'>
  user: CurrentUser
  scanId: string
  input: { granteeId?: string; email?: string; scope: ShareScope }
}) {
  const { services, user, scanId, input } = options
  const { db } = services
  const scan = await findOwnScan(db, scanId, user)
  if (scan.status !== 'submitted') throw new AppError('not_submitted')
  const { person, role } = await resolveGrantee(db, user, input)
  const id = newId()
  const replaced = await db.kysely.transaction().execute(async (trx) => {
    const earlier = await revokeEarlierShares(trx, { table: 'self_scan_shares', scanId }, person.id)
    await trx
      .insertInto('self_scan_shares')
      .values({
        id,
        scan_id: scanId,
        owner_user_id: user.id,
        grantee_user_id: person.id,
        grantee_role: role,
        scope: input.scope,
        created_at: now(),
        revoked_at: null,
      })
      .execute()
    return earlier
  })
  // A changed scope of a share the grantee already had is not news to them.
  if (!replaced) {
    await notifyShareReceived({
      services,
      granteeId: person.id,
      ownerName: user.name,
      shared: { kind: 'self-scan', mapTitle: scan.mapTitle },
    })
  }
  return (await listShares(db, scanId)).find((s) => s.id === id)!
}

export async function revokeSelfScanShare(options: {
  db: Db
  user: CurrentUser
  scanId: string
  shareId: string
}) {
  const { db, user, scanId, shareId } = options
  await findOwnScan(db, scanId, user)
  await revokeShareRow(db, { table: 'self_scan_shares', scanId }, shareId)
  const share = (await listShares(db, scanId)).find((s) => s.id === shareId)
  if (!share) throw new AppError('not_found')
  return share
}

export async function listShares(db: Db, scanId: string) {
  const rows = await listShareRows(db, { table: 'self_scan_shares', scanId })
  return rows.map((row) => ({ ...presentShare(row), scope: row.scope }))
}

export async function listViews(db: Db, scanId: string) {
  const rows = await listViewRows(db, { table: 'self_scan_views', scanId })
  return rows.map((row) => ({
    viewer: row.name,
    scope: row.scope,
    format: row.format,
    viewedAt: row.viewed_at,
  }))
}

/** Managers and coaches of the person's own organisation. */
export async function shareTargets(db: Db, user: CurrentUser) {
  if (!user.organisationId) return { managers: [], coaches: [] }
  const rows = await db.kysely
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name', 'user_roles.role'])
    .where('users.organisation_id', '=', user.organisationId)
    .where('users.organisation_confirmed_at', 'is not', null)
    .where('users.disabled_at', 'is', null)
    .where('users.id', '!=', user.id)
    .where('user_roles.role', 'in', ['manager', 'coach'])
    .orderBy('users.name')
    .execute()
  const of = (role: string) =>
    rows.filter((r) => r.role === role).map((r) => ({ id: r.id, name: r.name }))
  return { managers: of('manager'), coaches: of('coach') }
}

/**
 * What `viewer` may see of someone else's scan: the scope of their active share, while they
 * still hold the role it was given for (a manager who left the organisation sees nothing).
 */
export async function sharedScopeFor(
  db: Db,
  scan: { id: string; user_id: string },
  viewer: CurrentUser,
): Promise<ShareScope | null> {
  const share = await db.kysely
    .selectFrom('self_scan_shares')
    .innerJoin('users', 'users.id', 'self_scan_shares.owner_user_id')
    .select([
      'self_scan_shares.scope',
      'self_scan_shares.grantee_role',
      'users.organisation_id',
      'users.organisation_confirmed_at',
    ])
    .where('self_scan_shares.scan_id', '=', scan.id)
    .where('self_scan_shares.owner_user_id', '=', scan.user_id)
    .where('self_scan_shares.grantee_user_id', '=', viewer.id)
    .where('self_scan_shares.revoked_at', 'is', null)
    .executeTakeFirst()
  if (!share) return null
  const ownerOrganisationId = share.organisation_confirmed_at ? share.organisation_id : null
  return mayStillSee(viewer, { granteeRole: share.grantee_role, ownerOrganisationId })
    ? share.scope
    : null
}

export async function logView(
  db: Db,
  view: { scanId: string; viewerId: string; scope: ShareScope; format: 'web' | 'pdf' },
) {
  await db.kysely
    .insertInto('self_scan_views')
    .values({
      id: newId(),
      scan_id: view.scanId,
      viewer_user_id: view.viewerId,
      scope: view.scope,
      format: view.format,
      viewed_at: now(),
    })
    .execute()
}

/** Scans shared with the viewer that they may still see. */
export async function listSharedWithMe(db: Db, viewer: CurrentUser) {
  const rows = await db.kysely
    .selectFrom('self_scan_shares')
    .innerJoin('self_scans', 'self_scans.id', 'self_scan_shares.scan_id')
    .innerJoin('users', 'users.id', 'self_scans.user_id')
    .innerJoin('knowledge_maps', 'knowledge_maps.id', 'self_scans.map_id')
    .innerJoin('map_versions', 'map_versions.id', 'self_scans.version_id')
    .select([
      'self_scans.id as scanId',
      'self_scans.user_id as ownerId',
      'users.name as owner',
      'users.organisation_id as ownerOrganisationId',
      'users.organisation_confirmed_at as ownerConfirmedAt',
      'knowledge_maps.slug',
      'knowledge_maps.title',
      'map_versions.number as versionNumber',
      'self_scans.submitted_at',
      'self_scans.answers',
      'self_scans.target_level',
      'self_scan_shares.scope',
      'self_scan_shares.grantee_role',
      'self_scan_shares.created_at as sharedAt',
    ])
    .where('self_scan_shares.grantee_user_id', '=', viewer.id)
    .where('self_scan_shares.revoked_at', 'is', null)
    .orderBy('self_scan_shares.created_at', 'desc')
    .execute()
  return rows.filter((row) =>
    mayStillSee(viewer, {
      granteeRole: row.grantee_role,
      ownerOrganisationId: row.ownerConfirmedAt ? row.ownerOrganisationId : null,
    }),
  )
}
