/**
 * `npm run create-admin -- <e-mail> [name]`: makes someone beheerder of the database named by
 * DATABASE_URL (as `npm start` would open it) and prints a one-hour link to set a password.
 */
import { loadConfig } from '../server/config.ts'
import { migrateToLatest, openDatabase } from '../server/db/connection.ts'
import { bootstrapAdmin } from '../server/features/admin/bootstrap-admin.ts'

const [email, ...nameParts] = process.argv.slice(2)
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('Gebruik: npm run create-admin -- <e-mailadres> [naam]')
  process.exit(2)
}
const config = loadConfig()
const db = openDatabase(config.databaseUrl)
await migrateToLatest(db)
const { link } = await bootstrapAdmin({
  db,
  config,
  email,
  name: nameParts.join(' ') || 'Beheerder',
})
await db.close()
console.log(`${email} is beheerder. Kies binnen een uur een wachtwoord via:\n${link}`)
