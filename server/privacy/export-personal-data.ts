import type { AccountExport } from '../../domain/api/account.ts'
import type { Db } from '../db/connection.ts'
import { AppError } from '../errors.ts'
import { PERSONAL_DATA, USER_EXPORT_OMIT } from './registry.ts'

function omit(row: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)))
}

/** All personal data of one person, table by table, as registered in `PERSONAL_DATA`. */
export async function exportPersonalData(db: Db, userId: string): Promise<AccountExport> {
  const user = await db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!user) throw new AppError('not_found')
  const data: AccountExport['data'] = {}
  for (const entry of PERSONAL_DATA) {
    if (!entry.export) continue
    // Table and column names come from the registry, never from input.
    const rows = await db.kysely
      .selectFrom(entry.table)
      .selectAll()
      .where((eb) =>
        eb.or([
          ...entry.userColumns.map((column) => eb(eb.ref(column as never), '=', userId as never)),
          ...(entry.emailColumn
            ? [eb(eb.ref(entry.emailColumn as never), '=', user.email as never)]
            : []),
        ]),
      )
      .execute()
    data[entry.table] = rows.map((row) =>
      omit(row as Record<string, unknown>, entry.exportOmit ?? []),
    )
  }
  Object.assign(data, await viewsOfOwnData(db, userId))
  return {
    format: 'routekaart-export/1',
    exportedAt: new Date().toISOString(),
    user: omit(user as unknown as Record<string, unknown>, USER_EXPORT_OMIT),
    data,
  }
}

/**
 * Who viewed the person's own zelfscans and leerroute: part of their data (who received it),
 * though the rows carry another person's id. With the viewer's name as it is at the export
 * (null once the viewer's account is erased), never their address.
 */
async function viewsOfOwnData(db: Db, userId: string): Promise<AccountExport['data']> {
  const [scanViews, routeViews] = await Promise.all([
    db.kysely
      .selectFrom('self_scan_views')
      .innerJoin('self_scans', 'self_scans.id', 'self_scan_views.scan_id')
      .leftJoin('users', 'users.id', 'self_scan_views.viewer_user_id')
      .select([
        'self_scan_views.id',
        'self_scan_views.scan_id',
        'self_scan_views.viewer_user_id',
        'users.name as viewer_name',
        'self_scan_views.scope',
        'self_scan_views.format',
        'self_scan_views.viewed_at',
      ])
      .where('self_scans.user_id', '=', userId)
      .orderBy('self_scan_views.viewed_at')
      .execute(),
    db.kysely
      .selectFrom('route_views')
      .leftJoin('users', 'users.id', 'route_views.viewer_user_id')
      .select([
        'route_views.id',
        'route_views.viewer_user_id',
        'users.name as viewer_name',
        'route_views.viewed_at',
      ])
      .where('route_views.owner_user_id', '=', userId)
      .orderBy('route_views.viewed_at')
      .execute(),
  ])
  return { views_of_my_self_scans: scanViews, views_of_my_learning_route: routeViews }
}
