import { LoginLimiter } from './auth/rate-limit.ts'
import type { Config } from './config.ts'
import type { Services } from './context.ts'
import { migrateToLatest, openDatabase } from './db/connection.ts'
import { seedDemoData } from './db/seed-demo.ts'
import { seedKnowledgeMaps } from './features/knowledge-maps/content.ts'
import { createMailer } from './mail/mailer.ts'

/** Opens the database, brings it up to date, seeds demo data when asked, and wires services. */
export async function createServices(config: Config): Promise<Services> {
  const db = openDatabase(config.databaseUrl)
  await migrateToLatest(db)
  // Content is the product, not demo data: every database gets the reviewed kenniskaarten.
  await seedKnowledgeMaps(db)
  if (config.demo) await seedDemoData(db)
  return {
    config,
    db,
    mailer: createMailer(config, db),
    loginLimiter: new LoginLimiter(
      config.loginLimitPerAccount,
      config.loginLimitPerAddress,
      config.loginWindowMs,
    ),
  }
}
