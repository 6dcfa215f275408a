/** Roles a person can hold; a person may hold several (a manager is often also a professional). */
export const ROLES = [
  'professional',
  'manager',
  'coach',
  'programme',
  'reviewer',
  'provider',
  'admin',
] as const

export type Role = (typeof ROLES)[number]

/** Roles a manager may hand out when inviting colleagues of their own organisation. */
export const INVITABLE_BY_MANAGER: readonly Role[] = ['professional', 'manager']

/** Where a professional stands in their career; drives suggestions (e.g. which kenniskaart). */
export const AUDIENCES = ['zij-instromer', 'beginner', 'gevorderde'] as const
export type Audience = (typeof AUDIENCES)[number]

export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const ORGANISATION_KINDS = [
  'regionaal-historisch-centrum',
  'gemeentearchief',
  'provinciaal-archief',
  'nationaal-archief',
  'waterschapsarchief',
  'overig',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]
