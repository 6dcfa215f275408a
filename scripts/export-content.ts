/**
 * `npm run export-content -- <slug> [--draft]`: writes a kenniskaart of the database named by
 * DATABASE_URL (as `npm start` would open it) back to `content/kenniskaarten/<slug>.json`, in
 * the format of the reviewed files. Without `--draft` the public version is written (the
 * published one, or a never-published map's concept); with it, the draft being worked on.
 * A version the seed would refuse (a theme without objectives, say) is not written.
 */
import { loadConfig } from '../server/config.ts'
import { migrateToLatest, openDatabase } from '../server/db/connection.ts'
import { AppError } from '../server/errors.ts'
import { CONTENT_DIR } from '../server/features/knowledge-maps/content.ts'
import { exportContentFile } from '../server/features/knowledge-maps/export-content.ts'

const args = process.argv.slice(2)
const draft = args.includes('--draft')
const [slug, ...rest] = args.filter((a) => a !== '--draft')
if (!slug || rest.length > 0 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('Gebruik: npm run export-content -- <slug> [--draft]')
  process.exit(2)
}
const db = openDatabase(loadConfig().databaseUrl)
await migrateToLatest(db)
try {
  const file = await exportContentFile({
    db,
    slug,
    which: draft ? 'draft' : 'current',
    dir: CONTENT_DIR,
  })
  console.log(`${slug} geschreven naar ${file}`)
} catch (error) {
  if (!(error instanceof AppError)) throw error
  const why =
    error.code === 'not_found'
      ? `geen kenniskaart "${slug}" in deze database`
      : error.code === 'no_draft'
        ? `"${slug}" heeft geen concept in bewerking`
        : `niet geldig als inhoudsbestand: ${(error.errors ?? []).map((e) => `${e.field}: ${e.code}`).join('; ')}`
  console.error(`Niets geschreven: ${why}`)
  process.exitCode = 1
} finally {
  await db.close()
}
