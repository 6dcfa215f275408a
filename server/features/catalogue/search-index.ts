import { type Kysely, sql } from 'kysely'
import type { DatabaseKind } from '../../config.ts'
import type { Database } from '../../db/schema.ts'

/**
 * Dutch full text in each database's own engine (docs/decisions/012-catalogue-search.md):
 * PostgreSQL's `dutch` configuration (Snowball stemming, stop words) over an expression GIN
 * index on `offerings.search_text`; SQLite's FTS5 table `offerings_fts` (unicode61, accents
 * removed), written in the same transaction as the offering, queried with prefixes of
 * lightly stemmed words.
 */

/** The text search reads: title, description, provider and certificate. */
export function searchTextOf(offering: {
  title: string
  description: string
  certificate: string | null
  providerName: string
}): string {
  return [offering.title, offering.description, offering.providerName, offering.certificate ?? '']
    .filter(Boolean)
    .join('\n')
}

/** Puts an offering's current text in SQLite's FTS table; PostgreSQL's index follows by itself. */
export async function syncSearchIndex(
  db: Kysely<Database>,
  kind: DatabaseKind,
  offeringId: string,
  searchText: string,
): Promise<void> {
  if (kind !== 'sqlite') return
  await sql`delete from offerings_fts where offering_id = ${offeringId}`.execute(db)
  await sql`insert into offerings_fts (offering_id, search_text) values (${offeringId}, ${searchText})`.execute(
    db,
  )
}

/** Words of a query: letters and digits only, lower case, accents kept for PostgreSQL. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12)
}

/**
 * A word and its light Dutch stems, for prefix search: plural and verb endings off, and the
 * f/s that Dutch spelling turns into v/z before an ending put back. SQLite has no stemmer and
 * PostgreSQL's Snowball `dutch` stems "archieven" to "archiev", not "archief"; searching all
 * variants as prefixes finds both. Short words stay whole.
 *
 * @example searchVariants('archieven') // ['archieven', 'archiev', 'archief']
 */
export function searchVariants(word: string): string[] {
  const plain = word.normalize('NFD').replace(/\p{Diacritic}/gu, '')
  const variants = [plain]
  if (plain.length <= 5) return variants
  let stem = plain
  for (const ending of ['heden', 'ingen', 'eren', 'en', 's', 'e']) {
    if (stem.endsWith(ending) && stem.length - ending.length >= 4) {
      stem = stem.slice(0, -ending.length)
      break
    }
  }
  // A doubled consonant before a stripped ending ("kennissen" → "kenniss") → single.
  if (stem !== plain && /([bcdfgklmnprst])\1$/.test(stem)) stem = stem.slice(0, -1)
  variants.push(stem, stem.replace(/v$/, 'f').replace(/z$/, 's'))
  return [...new Set(variants)]
}

/** The FTS5 MATCH expression: every word must occur, as a prefix of one of its variants. */
export function sqliteMatch(words: string[]): string {
  return words
    .map(
      (word) =>
        `(${searchVariants(word)
          .map((v) => `"${v}"*`)
          .join(' OR ')})`,
    )
    .join(' AND ')
}

/** The to_tsquery text: every word, as a prefix of one of its variants, stemmed by `dutch`. */
export function postgresTsQuery(words: string[]): string {
  return words
    .map(
      (word) =>
        `(${searchVariants(word)
          .map((v) => `${v}:*`)
          .join(' | ')})`,
    )
    .join(' & ')
}
