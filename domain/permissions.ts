import type { Role } from './roles.ts'

/**
 * Everything a person can be allowed to do, by name. Routes ask for one action; the table
 * below says which roles have it. Deny by default: an action not listed for a role is refused.
 */
export const ACTIONS = [
  'account.own', // read, change, export and erase one's own account
  'organisation.members.read', // list the people of one's own organisation
  'organisation.invite', // invite colleagues into one's own organisation
  'admin.organisations.manage',
  'admin.users.manage',
  'admin.outbox.read',
  'admin.audit.read',
  'maps.edit', // draft, edit and publish kenniskaarten
  'selfscan.take', // take one's own zelfscans and inzetbaarheidschecks, share them
  'selfscan.shared.read', // read scans shared with oneself (manager, coach)
  'selfscan.team.read', // the anonymous overview of one's own organisation's shared scans
  'catalogue.edit.own', // keep the offerings of one's own provider(s) current
  'catalogue.manage', // keep every offering current; the overview of stale offerings
  'catalogue.providers.manage', // add providers, link provider accounts to them
  'goals.own', // keep one's own leerdoelen and leerroute, share the route
  'route.shared.read', // read leerroutes shared with oneself (manager, coach)
  'route.team.read', // the anonymous training needs of one's own organisation's shared routes
] as const

export type Action = (typeof ACTIONS)[number]

/** Role → allowed actions. Scope (own organisation) is checked separately by `authorise()`. */
export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  professional: ['account.own', 'selfscan.take', 'goals.own'],
  manager: [
    'account.own',
    'organisation.members.read',
    'organisation.invite',
    'selfscan.take',
    'selfscan.shared.read',
    'selfscan.team.read',
    'goals.own',
    'route.shared.read',
    'route.team.read',
  ],
  coach: ['account.own', 'selfscan.take', 'selfscan.shared.read', 'goals.own', 'route.shared.read'],
  programme: [
    'account.own',
    'selfscan.take',
    'maps.edit',
    'catalogue.manage',
    'catalogue.providers.manage',
    'goals.own',
  ],
  reviewer: ['account.own', 'selfscan.take', 'goals.own'],
  provider: ['account.own', 'catalogue.edit.own'],
  admin: [
    'account.own',
    'organisation.members.read',
    'organisation.invite',
    'admin.organisations.manage',
    'admin.users.manage',
    'admin.outbox.read',
    'admin.audit.read',
    'catalogue.providers.manage',
  ],
}

/** Actions that apply to one organisation: a non-admin may use them only on their own. */
const ORGANISATION_SCOPED: ReadonlySet<Action> = new Set([
  'organisation.members.read',
  'organisation.invite',
  'selfscan.team.read',
  'route.team.read',
])

export interface Actor {
  roles: readonly Role[]
  organisationId: string | null
}

/**
 * True when the actor may perform `action`, on `organisationId` where the action is scoped to
 * one organisation. Admins act on every organisation; others only on their own.
 *
 * @example can({ roles: ['manager'], organisationId: 'a' }, 'organisation.invite', 'a') // true
 */
export function can(actor: Actor, action: Action, organisationId?: string): boolean {
  const allowed = actor.roles.some((role) => PERMISSIONS[role].includes(action))
  if (!allowed) return false
  if (!ORGANISATION_SCOPED.has(action) || actor.roles.includes('admin')) return true
  return organisationId !== undefined && organisationId === actor.organisationId
}
