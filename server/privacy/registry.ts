import type { Database } from '../db/schema.ts'

/**
 * Every table that holds personal data, and what export and erasure do with it. A test
 * (privacy/registry.test.ts) reads the live schema and fails when a table with a column that
 * points at a person is missing here — so each new feature must say how its data is handled.
 *
 * - `delete`: the person's rows go (their own data).
 * - `anonymise`: the rows stay for others (a colleague's invitation, the security log),
 *   but the columns that point at the person become null.
 */
export interface PersonalDataTable {
  table: keyof Database
  /** Columns holding a user id. */
  userColumns: readonly string[]
  /** Column holding the person's e-mail address, for rows without a user id. */
  emailColumn?: string
  onErase: 'delete' | 'anonymise'
  /** Columns left out of the export (secrets such as hashes). */
  exportOmit?: readonly string[]
  /** False for tables whose rows are not the person's own data to download. */
  export: boolean
}

export const PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'map_versions',
    userColumns: ['created_by_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  {
    table: 'review_rounds',
    userColumns: ['created_by_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  {
    table: 'review_participants',
    userColumns: ['user_id'],
    emailColumn: 'email',
    onErase: 'delete',
    export: true,
  },
  // Comments are part of the sector's co-creation record: they stay, without their author.
  {
    table: 'review_comments',
    userColumns: ['author_user_id', 'responded_by_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  {
    table: 'work_sessions',
    userColumns: ['created_by_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  // The person's own scans and checks (answers, notes, the scale they were taken on).
  // Theme scores and views belong to a scan and go with it (foreign keys cascade).
  { table: 'self_scans', userColumns: ['user_id'], onErase: 'delete', export: true },
  {
    table: 'self_scan_shares',
    userColumns: ['owner_user_id', 'grantee_user_id'],
    onErase: 'delete',
    export: true,
  },
  // A view stays in the owner's log when the viewer's account is erased, without who it was.
  {
    table: 'self_scan_views',
    userColumns: ['viewer_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  { table: 'employability_checks', userColumns: ['user_id'], onErase: 'delete', export: true },
  // Leerdoelen and leerroute: the person's own; history and activities carry the owner too.
  { table: 'learning_goals', userColumns: ['user_id'], onErase: 'delete', export: true },
  { table: 'learning_goal_events', userColumns: ['user_id'], onErase: 'delete', export: true },
  { table: 'route_activities', userColumns: ['user_id'], onErase: 'delete', export: true },
  {
    table: 'route_shares',
    userColumns: ['owner_user_id', 'grantee_user_id'],
    onErase: 'delete',
    export: true,
  },
  // The log of views of one's route is the owner's; a viewer's erasure keeps the entry
  // without saying who it was.
  { table: 'route_views', userColumns: ['owner_user_id'], onErase: 'delete', export: true },
  {
    table: 'route_views',
    userColumns: ['viewer_user_id'],
    onErase: 'anonymise',
    export: false,
  },
  // Offerings belong to their provider: they stay, without the person who kept them.
  {
    table: 'offerings',
    userColumns: ['owner_user_id'],
    onErase: 'anonymise',
    export: true,
    // Search copies of the text (PostgreSQL's vector is a generated column).
    exportOmit: ['search_text', 'search_vector'],
  },
  // Which optional mails the person turned off.
  { table: 'notification_optouts', userColumns: ['user_id'], onErase: 'delete', export: true },
  { table: 'provider_members', userColumns: ['user_id'], onErase: 'delete', export: true },
  { table: 'user_roles', userColumns: ['user_id'], onErase: 'delete', export: true },
  {
    table: 'sessions',
    userColumns: ['user_id'],
    onErase: 'delete',
    export: true,
    exportOmit: ['id', 'csrf_token'],
  },
  {
    table: 'tokens',
    userColumns: ['user_id'],
    onErase: 'delete',
    export: false,
  },
  {
    table: 'invitations',
    userColumns: ['invited_by_user_id', 'accepted_user_id'],
    emailColumn: 'email',
    onErase: 'anonymise',
    export: true,
    exportOmit: ['token_hash'],
  },
  {
    table: 'audit_log',
    userColumns: ['actor_user_id', 'subject_user_id'],
    onErase: 'anonymise',
    export: true,
  },
  {
    table: 'mail_outbox',
    userColumns: [],
    emailColumn: 'to_address',
    onErase: 'delete',
    export: true,
  },
]

/** The `users` row itself is exported (without password hash) and deleted last. */
export const USER_EXPORT_OMIT = ['password_hash'] as const
