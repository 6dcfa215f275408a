/**
 * The database as Kysely sees it. Portable across SQLite and PostgreSQL:
 * ids are UUID text, times are ISO-8601 UTC text (sortable), flags are 0/1 integers.
 * See docs/decisions/003-one-schema-two-databases.md.
 */
export interface Database {
  organisations: OrganisationTable
  users: UserTable
  user_roles: UserRoleTable
  sessions: SessionTable
  tokens: TokenTable
  invitations: InvitationTable
  audit_log: AuditLogTable
  mail_outbox: MailOutboxTable
  knowledge_maps: KnowledgeMapTable
  map_versions: MapVersionTable
  map_nodes: MapNodeTable
  review_rounds: ReviewRoundTable
  review_participants: ReviewParticipantTable
  review_comments: ReviewCommentTable
  work_sessions: WorkSessionTable
  crosswalks: CrosswalkTable
  providers: ProviderTable
  provider_members: ProviderMemberTable
  offerings: OfferingTable
  offering_objectives: OfferingObjectiveTable
  self_scans: SelfScanTable
  self_scan_theme_scores: SelfScanThemeScoreTable
  self_scan_shares: SelfScanShareTable
  self_scan_views: SelfScanViewTable
  employability_checks: EmployabilityCheckTable
  learning_goals: LearningGoalTable
  learning_goal_events: LearningGoalEventTable
  route_activities: RouteActivityTable
  route_shares: RouteShareTable
  route_views: RouteViewTable
  notification_optouts: NotificationOptoutTable
}

export interface OrganisationTable {
  id: string
  name: string
  kind: string
  city: string | null
  is_demo: number
  created_at: string
}

export interface UserTable {
  id: string
  email: string
  name: string
  password_hash: string
  email_confirmed_at: string | null
  organisation_id: string | null
  /** Null while membership asked for at sign-up awaits a manager's confirmation. */
  organisation_confirmed_at: string | null
  locale: string
  audience: string | null
  disabled_at: string | null
  is_demo: number
  created_at: string
}

export interface UserRoleTable {
  user_id: string
  role: string
}

export interface SessionTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  id: string
  user_id: string
  csrf_token: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

export interface TokenTable {
  id: string
  token_hash: string
  purpose: 'confirm_email' | 'reset_password'
  user_id: string
  expires_at: string
  used_at: string | null
  created_at: string
}

export interface InvitationTable {
  id: string
  organisation_id: string
  email: string
  role: string
  locale: string
  invited_by_user_id: string | null
  token_hash: string
  expires_at: string
  accepted_at: string | null
  accepted_user_id: string | null
  revoked_at: string | null
  created_at: string
}

export interface AuditLogTable {
  id: string
  at: string
  action: string
  actor_user_id: string | null
  subject_user_id: string | null
  ip: string | null
  detail: string
}

export interface MailOutboxTable {
  id: string
  created_at: string
  to_address: string
  subject: string
  text_body: string
}

export interface KnowledgeMapTable {
  id: string
  slug: string
  title: string
  description: string
  audience: string
  level: string
  position: number
  archived_at: string | null
  created_at: string
}

export interface MapVersionTable {
  id: string
  map_id: string
  number: number | null
  state: 'draft' | 'in_review' | 'published' | 'superseded'
  document_id: string
  based_on_version_id: string | null
  change_note: string | null
  published_at: string | null
  created_by_user_id: string | null
  created_at: string
  updated_at: string
}

export interface MapNodeTable {
  id: string
  version_id: string
  node_id: string
  kind: 'domain' | 'theme' | 'objective'
  parent_node_id: string | null
  position: number
  title: string
}

export interface ReviewRoundTable {
  id: string
  map_id: string
  version_id: string
  title: string
  /** Last day (YYYY-MM-DD) on which reviewers can comment. */
  deadline: string
  closed_at: string | null
  /** Who closed it: by hand, or publishing its version; null (and closed_at set) is by hand. */
  closed_by: 'hand' | 'publish' | null
  created_by_user_id: string | null
  created_at: string
}

export interface ReviewParticipantTable {
  id: string
  round_id: string
  email: string
  /** Set when the address has (or gets) an account. */
  user_id: string | null
  invited_at: string
}

export interface ReviewCommentTable {
  id: string
  round_id: string
  author_user_id: string | null
  /** The theme or objective commented on; null for the map as a whole. */
  node_id: string | null
  kind: 'comment' | 'proposal'
  body: string
  proposed_title: string | null
  /** A proposal's change as JSON (`Proposal` in domain/schemas/reviews.ts); null for comments. */
  proposal: string | null
  /** The node's title and parent when the proposal was made: a difference is a conflict. */
  node_title: string | null
  node_parent_id: string | null
  status: 'open' | 'answered' | 'accepted' | 'declined'
  /** How an accepted proposal was adopted: applied to the concept, or by hand. */
  adoption: 'applied' | 'by_hand' | null
  response: string | null
  responded_by_user_id: string | null
  responded_at: string | null
  created_at: string
}

export interface WorkSessionTable {
  id: string
  map_id: string
  version_id: string
  held_on: string
  title: string
  participants: string
  outcomes: string
  created_by_user_id: string | null
  created_at: string
}

export interface CrosswalkTable {
  id: string
  version_id: string
  node_id: string
  framework: 'rddi' | 'esco' | 'kenniskaart' | 'other'
  target_uri: string
  target_label: string
  relation: 'exactMatchOf' | 'isRelatedTo'
  created_at: string
}

export interface SelfScanTable {
  id: string
  user_id: string
  map_id: string
  version_id: string
  /** The scale as it was when the scan started (JSON of `Scale`). */
  scale: string
  /** The level aimed for, on that scale: the map's aim for the person's stage. */
  target_level: number
  /** The stage whose aim was copied at the start; null for scans from before migration 010. */
  target_stage: 'zij-instromer' | 'beginner' | 'gevorderde' | null
  /** JSON object: objective node id → `Answer`. */
  answers: string
  /** JSON object: theme node id → note. */
  theme_notes: string
  status: 'draft' | 'submitted'
  started_at: string
  updated_at: string
  submitted_at: string | null
}

/** Per-theme scores of a submitted scan, for the anonymous team overview. */
export interface SelfScanThemeScoreTable {
  scan_id: string
  theme_node_id: string
  mean: number | null
  gap: number | null
  develop_count: number
}

export interface SelfScanShareTable {
  id: string
  scan_id: string
  owner_user_id: string
  grantee_user_id: string
  grantee_role: 'manager' | 'coach'
  scope: 'summary' | 'full'
  created_at: string
  revoked_at: string | null
}

/** Every view of a scan by someone other than its owner, listed for the owner. */
export interface SelfScanViewTable {
  id: string
  scan_id: string
  viewer_user_id: string | null
  scope: 'summary' | 'full'
  format: 'web' | 'pdf'
  viewed_at: string
}

export interface EmployabilityCheckTable {
  id: string
  user_id: string
  content_version: number
  /** JSON object: statement id → 1..5. */
  answers: string
  status: 'draft' | 'submitted'
  started_at: string
  updated_at: string
  submitted_at: string | null
}

export interface ProviderTable {
  id: string
  /** Stable short name, used in CSV files: `archiefacademie`. */
  slug: string
  name: string
  website: string | null
  is_demo: number
  created_at: string
}

/** Accounts (role provider) that keep a provider's offerings current. */
export interface ProviderMemberTable {
  provider_id: string
  user_id: string
  created_at: string
}

export interface OfferingTable {
  id: string
  provider_id: string
  title: string
  description: string
  form: string
  level: string
  study_hours: number
  cost_cents: number
  language: string
  online: number
  location: string | null
  /** JSON array of dates (YYYY-MM-DD); empty: start any time. */
  start_moments: string
  certificate: string | null
  url: string | null
  /** What full-text search reads (title, description, provider, certificate). */
  search_text: string
  /** Who keeps it current and gets the reminder; null when that account was erased. */
  owner_user_id: string | null
  last_reviewed_at: string
  /** When the owner was last reminded that it is possibly outdated. */
  reminded_at: string | null
  archived_at: string | null
  is_demo: number
  created_at: string
  updated_at: string
}

/** An objective an offering serves, by objective identity (`map_nodes.node_id`). */
export interface OfferingObjectiveTable {
  offering_id: string
  node_id: string
}

export interface LearningGoalTable {
  id: string
  user_id: string
  /** What the person will learn (the goal itself). */
  title: string
  why: string
  /** How they will know they reached it. */
  measure: string
  /** By when (YYYY-MM-DD). */
  deadline: string
  /** JSON array of objective identities (`map_nodes.node_id`). */
  objective_ids: string
  source_scan_id: string | null
  status: 'active' | 'completed' | 'dropped'
  created_at: string
  updated_at: string
  closed_at: string | null
}

/** The goal's history: what it was before each change. */
export interface LearningGoalEventTable {
  id: string
  goal_id: string
  user_id: string
  kind: 'created' | 'edited' | 'completed' | 'dropped' | 'reopened'
  /** JSON of the goal's fields before an edit; null otherwise. */
  before: string | null
  at: string
}

export interface RouteActivityTable {
  id: string
  goal_id: string
  user_id: string
  /** The catalogue offering, or null for one's own (informal) activity. */
  offering_id: string | null
  title: string
  form: string
  note: string
  planned_start: string
  planned_end: string | null
  status: 'planned' | 'in_progress' | 'done' | 'cancelled'
  reminded_at: string | null
  created_at: string
  updated_at: string
  completed_at: string | null
}

export interface RouteShareTable {
  id: string
  owner_user_id: string
  grantee_user_id: string
  grantee_role: 'manager' | 'coach'
  created_at: string
  revoked_at: string | null
}

export interface RouteViewTable {
  id: string
  owner_user_id: string
  viewer_user_id: string | null
  viewed_at: string
}

/** An optional mail notification the person turned off (domain/notifications.ts). */
export interface NotificationOptoutTable {
  user_id: string
  kind: string
  created_at: string
}
