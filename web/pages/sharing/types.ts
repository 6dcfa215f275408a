import type { ShareScope } from '../../../domain/schemas/self-scans.ts'

/**
 * Where a feature keeps its sharing texts: `<texts>.share.*` (the form), `<texts>.shares.*`
 * (with whom) and `<texts>.views.*` (who looked). Both features use the same keys.
 */
export type SharingTexts = 'selfScans' | 'learningRoute'

/**
 * A feature whose shares carry a scope (summary or full): the form asks for it and the lists
 * show it, with `<texts>.share.summary|full`, `<texts>.scope.*`, `<texts>.shares.scope` and
 * `<texts>.views.what|how|formats.*`. Only the zelfscan has scopes.
 */
export type ScopeTexts = 'selfScans'

/** One share as both features' APIs present it; `scope` only where the feature has scopes. */
export interface Share {
  id: string
  grantee: { name: string; email: string }
  granteeRole: 'manager' | 'coach'
  scope?: ShareScope
  createdAt: string
  revokedAt: string | null
}

/** One view by someone else; `scope` and `format` only where the feature has scopes. */
export interface ShareView {
  /** Null once the viewer's account is erased. */
  viewer: string | null
  scope?: ShareScope
  format?: 'web' | 'pdf'
  viewedAt: string
}

/** What the form sends: a person from the list or a coach's address, and maybe a scope. */
export interface ShareRequest {
  granteeId?: string | undefined
  email?: string | undefined
  scope?: ShareScope | undefined
}
