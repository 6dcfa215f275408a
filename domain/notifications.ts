import { z } from 'zod'
import type { Role } from './roles.ts'

/**
 * The mail notifications Routekaart sends, as data. A notification tells a person that
 * something happened that concerns them; the mail carries only who, what kind and a link —
 * never scores, answers or comment texts (those stay behind the sign-in).
 *
 * - `optional`: the person may turn it off on their account page. A decision about the
 *   person themself (their membership) is never optional: they must be able to rely on it.
 * - `roles`: who is likely to receive it; the account page offers the switch to people
 *   holding one of these roles (the server honours an opt-out whoever holds it).
 */
export const NOTIFICATIONS = {
  /** Someone asks to join an organisation: to that organisation's managers. */
  'membership.requested': { optional: true, roles: ['manager'] },
  /** A manager confirmed or refused someone's membership: to that person. */
  'membership.decided': { optional: false, roles: [] },
  /** A zelfscan or leerroute is newly shared with you: to the grantee. */
  'share.received': { optional: true, roles: ['manager', 'coach'] },
  /** The programme team answered, adopted or declined a meedenker's comment: to its author. */
  'review.comment.answered': { optional: true, roles: ['reviewer'] },
  /** A review round you take part in closed (by hand, by deadline or on publish). */
  'review.round.closed': { optional: true, roles: ['reviewer', 'programme'] },
} as const satisfies Record<string, { optional: boolean; roles: readonly Role[] }>

export type NotificationKind = keyof typeof NOTIFICATIONS

export const NOTIFICATION_KINDS = Object.keys(NOTIFICATIONS) as NotificationKind[]

export type OptionalNotificationKind = {
  [K in NotificationKind]: (typeof NOTIFICATIONS)[K]['optional'] extends true ? K : never
}[NotificationKind]

/** The kinds a person may turn off, in the order the account page lists them. */
export const OPTIONAL_NOTIFICATION_KINDS = NOTIFICATION_KINDS.filter(
  (kind) => NOTIFICATIONS[kind].optional,
) as [OptionalNotificationKind, ...OptionalNotificationKind[]]

export function isOptionalNotification(kind: NotificationKind): boolean {
  return NOTIFICATIONS[kind].optional
}

/** The optional kinds worth offering to someone with these roles. */
export function notificationKindsFor(roles: readonly Role[]): OptionalNotificationKind[] {
  return OPTIONAL_NOTIFICATION_KINDS.filter((kind) =>
    (NOTIFICATIONS[kind].roles as readonly Role[]).some((role) => roles.includes(role)),
  )
}

export const notificationSettingSchema = z.object({
  kind: z.enum(OPTIONAL_NOTIFICATION_KINDS, { error: 'invalid_choice' }),
  enabled: z.boolean({ error: 'invalid' }),
})

/**
 * Changing one's own notifications: the kinds listed are switched on or off, the others
 * stay as they are. Only optional kinds can be named; each at most once.
 */
export const notificationPreferencesInput = z.object({
  notifications: z
    .array(notificationSettingSchema, { error: 'required' })
    .max(OPTIONAL_NOTIFICATION_KINDS.length, { error: 'too_long' })
    .refine((list) => new Set(list.map((s) => s.kind)).size === list.length, {
      error: 'invalid',
    }),
})
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>

/** What the API answers: every optional kind, on or off for the signed-in person. */
export const notificationPreferencesSchema = z.object({
  notifications: z.array(
    z.object({ kind: z.enum(OPTIONAL_NOTIFICATION_KINDS), enabled: z.boolean() }),
  ),
})
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>
