import type { z } from 'zod'
import type { auditEntrySchema } from '../../../domain/api/account.ts'
import type { AdminUser } from '../../../domain/api/admin.ts'
import type { OrganisationKind } from '../../../domain/roles.ts'
import { rolesByUser } from '../../auth/roles.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'

type AuditEntry = z.infer<typeof auditEntrySchema>

/** Latest security events, for one person (as actor or subject) or for everyone. */
export async function listAuditEntries(
  db: Db,
  options: { userId?: string; limit: number },
): Promise<AuditEntry[]> {
  let query = db.kysely
    .selectFrom('audit_log')
    .leftJoin('users as actor', 'actor.id', 'audit_log.actor_user_id')
    .leftJoin('users as subject', 'subject.id', 'audit_log.subject_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.ip',
      'audit_log.detail',
      'actor.id as actorId',
      'actor.name as actorName',
      'subject.id as subjectId',
      'subject.name as subjectName',
    ])
  const userId = options.userId
  if (userId) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.actor_user_id', '=', userId),
        eb('audit_log.subject_user_id', '=', userId),
      ]),
    )
  }
  const rows = await query.orderBy('audit_log.at', 'desc').limit(options.limit).execute()
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action,
    ip: row.ip,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    subject: row.subjectId && row.subjectName ? { id: row.subjectId, name: row.subjectName } : null,
  }))
}

/** Accounts with roles and organisation, in two queries whatever the number of accounts. */
export async function listUsers(
  db: Db,
  options: { q?: string; ids?: string[] },
): Promise<AdminUser[]> {
  let query = db.kysely
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.email_confirmed_at',
      'users.disabled_at',
      'users.is_demo',
      'users.created_at',
      'users.organisation_confirmed_at',
      'organisations.id as orgId',
      'organisations.name as orgName',
    ])
  const q = options.q?.toLowerCase()
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, '')}%`
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['users.name']), 'like', pattern),
        eb('users.email', 'like', pattern),
      ]),
    )
  }
  if (options.ids) query = query.where('users.id', 'in', options.ids)
  const rows = await query.orderBy('users.name').limit(200).execute()
  if (rows.length === 0) return []
  const roles = await rolesByUser(
    db,
    rows.map((row) => row.id),
  )
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    roles: roles.get(row.id) ?? [],
    organisation:
      row.orgId && row.orgName
        ? { id: row.orgId, name: row.orgName, pending: row.organisation_confirmed_at === null }
        : null,
    emailConfirmed: row.email_confirmed_at !== null,
    disabled: row.disabled_at !== null,
    isDemo: toNumber(row.is_demo) === 1,
    createdAt: row.created_at,
  }))
}

export async function listOrganisationsWithCounts(db: Db, id?: string) {
  let query = db.kysely
    .selectFrom('organisations')
    .leftJoin('users', (join) =>
      join
        .onRef('users.organisation_id', '=', 'organisations.id')
        .on('users.organisation_confirmed_at', 'is not', null),
    )
    .select((eb) => [
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'organisations.city',
      'organisations.is_demo',
      eb.fn.count<string | number>('users.id').as('memberCount'),
    ])
    .groupBy([
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'organisations.city',
      'organisations.is_demo',
    ])
  if (id) query = query.where('organisations.id', '=', id)
  const rows = await query.orderBy('organisations.name').execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    city: row.city,
    isDemo: toNumber(row.is_demo) === 1,
    memberCount: toNumber(row.memberCount),
  }))
}

/** The newest mail kept in the outbox (when no SMTP server is configured), for the admin. */
export async function listOutbox(db: Db, limit = 200) {
  const rows = await db.kysely
    .selectFrom('mail_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
  }))
}
