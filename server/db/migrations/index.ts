import type { Migration } from 'kysely'
import * as m001 from './001-foundation.ts'
import * as m002 from './002-knowledge-maps.ts'
import * as m003 from './003-map-co-creation.ts'
import * as m004 from './004-self-scans.ts'
import * as m005 from './005-catalogue.ts'
import * as m006 from './006-learning-routes.ts'
import * as m007 from './007-notifications.ts'
import * as m008 from './008-review-proposals.ts'
import * as m009 from './009-integrity.ts'
import * as m010 from './010-self-scan-stage.ts'

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '001-foundation': m001,
  '002-knowledge-maps': m002,
  '003-map-co-creation': m003,
  '004-self-scans': m004,
  '005-catalogue': m005,
  '006-learning-routes': m006,
  '007-notifications': m007,
  '008-review-proposals': m008,
  '009-integrity': m009,
  '010-self-scan-stage': m010,
}
