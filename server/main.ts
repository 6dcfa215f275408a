import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import { sendStaleOfferingReminders } from './features/catalogue/reminders.ts'
import { sendActivityReminders } from './features/learning-routes/reminders.ts'
import { listen } from './http.ts'
import { startDailyJob } from './jobs.ts'
import { createServices } from './services.ts'

const config = loadConfig()
const services = await createServices(config)
const app = createApp(services)
// Owners of offerings not reviewed for a year get a reminder, once a day at most.
const stopReminders = startDailyJob('verouderd aanbod', () => sendStaleOfferingReminders(services))
// People get a mail a few days before a planned learning activity starts.
const stopActivityReminders = startDailyJob('leeractiviteiten', () =>
  sendActivityReminders(services),
)

const server = await listen(app.fetch, services, config.port)
const where = config.databaseKind === 'sqlite' ? config.databaseUrl : 'PostgreSQL'
console.log(`Routekaart draait op ${config.baseUrl} (poort ${config.port}, database: ${where})`)
if (config.demo) console.log('Demogegevens staan aan: zie README.md voor de demo-accounts.')
if (!config.smtpUrl)
  console.log('Geen SMTP_URL: e-mail komt in de uitgaande-mailmap van de beheerder.')

async function shutdown() {
  stopReminders()
  stopActivityReminders()
  server.close()
  await services.db.close()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
