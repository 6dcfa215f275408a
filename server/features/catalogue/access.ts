import { can } from '../../../domain/permissions.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'

/** The providers whose offerings a person may keep: all of them, or a list (maybe empty). */
export type EditScope = 'all' | readonly string[]

/**
 * The programme team keeps every offering; a provider account keeps those of the providers it
 * is linked to; anyone else none. Deny by default: no action, a 403.
 */
export async function editScopeOf(db: Db, user: CurrentUser): Promise<EditScope> {
  if (can(user, 'catalogue.manage')) return 'all'
  if (!can(user, 'catalogue.edit.own')) throw new AppError('forbidden')
  const rows = await db.kysely
    .selectFrom('provider_members')
    .select('provider_id')
    .where('user_id', '=', user.id)
    .execute()
  return rows.map((row) => row.provider_id)
}

export function inScope(scope: EditScope, providerId: string): boolean {
  return scope === 'all' || scope.includes(providerId)
}

/** Whether the person may change offerings of `providerId`; never throws (for presenting). */
export async function mayEdit(db: Db, user: CurrentUser, providerId: string): Promise<boolean> {
  if (!can(user, 'catalogue.manage') && !can(user, 'catalogue.edit.own')) return false
  return inScope(await editScopeOf(db, user), providerId)
}
