import net from 'node:net'
import path from 'node:path'
import { createApp } from '../../server/app.ts'
import { loadConfig } from '../../server/config.ts'
import { listen } from '../../server/http.ts'
import { createServices } from '../../server/services.ts'
import { createTestDatabase } from '../databases.ts'
import { startSmtpCapture } from '../smtp.ts'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The real Routekaart on a loopback port, serving the built web app, with a fresh SQLite
 * database and a real SMTP server catching the mail — what a person meets after `npm start`.
 */
export async function startAppServer(options: { demo?: boolean } = {}) {
  const database = await createTestDatabase('sqlite')
  const smtp = await startSmtpCapture()
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const config = loadConfig({
    PORT: String(port),
    BASE_URL: baseUrl,
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    DEMO: options.demo ? 'true' : 'false',
    WEB_ROOT: path.resolve('dist/web'),
  })
  const services = await createServices(config)
  const app = createApp(services)
  // The listener `npm start` uses (server/http.ts).
  const server = await listen(app.fetch, services, port, '127.0.0.1')
  return {
    baseUrl,
    smtp,
    services,
    db: services.db,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await services.db.close()
      await smtp.close()
      await database.drop()
    },
  }
}

export type AppServer = Awaited<ReturnType<typeof startAppServer>>
