import type { Db } from '../../db/connection.ts'
import { createUser } from '../../db/factories.ts'
import { DEMO_PASSWORD } from '../../db/seed-demo.ts'
import { newId } from '../../util.ts'
import { createScan } from './factories.ts'

/**
 * Demo zelfscans, labelled like all demo data: the demo professional has two submitted scans
 * of Toezicht en Advies half a year apart (so the report shows growth) and shares the newest
 * summary with the demo manager; five demo colleagues share theirs too, so the manager's
 * anonymous team overview has the five people it needs. Runs once per database.
 */
export async function seedDemoSelfScans(db: Db): Promise<void> {
  const people = await db.kysely
    .selectFrom('users')
    .select(['id', 'email', 'organisation_id'])
    .where('email', 'in', ['professional@demo.routekaart.nl', 'leidinggevende@demo.routekaart.nl'])
    .execute()
  const professional = people.find((p) => p.email.startsWith('professional@'))
  const manager = people.find((p) => p.email.startsWith('leidinggevende@'))
  if (!professional || !manager || !professional.organisation_id) return
  const existing = await db.kysely
    .selectFrom('self_scans')
    .select('id')
    .where('user_id', '=', professional.id)
    .executeTakeFirst()
  if (existing) return

  const share = (ownerId: string, scanId: string) =>
    db.kysely
      .insertInto('self_scan_shares')
      .values({
        id: newId(),
        scan_id: scanId,
        owner_user_id: ownerId,
        grantee_user_id: manager.id,
        grantee_role: 'manager',
        scope: 'summary',
        created_at: new Date().toISOString(),
        revoked_at: null,
      })
      .execute()

  await createScan(db, {
    userId: professional.id,
    level: (i) => 1 + (i % 4),
    submittedAt: '2026-04-14T09:30:00.000Z',
  })
  const newest = await createScan(db, {
    userId: professional.id,
    level: (i) => 2 + (i % 4),
    submittedAt: '2026-10-20T13:15:00.000Z',
  })
  await share(professional.id, newest)

  for (const [n, name] of ['Joris', 'Emine', 'Kees', 'Noor', 'Daan'].entries()) {
    const colleague = await createUser(db, {
      email: `collega${n + 1}@demo.routekaart.nl`,
      name: `${name} (demo)`,
      roles: ['professional'],
      password: DEMO_PASSWORD,
      organisationId: professional.organisation_id,
      audience: 'gevorderde',
      isDemo: true,
    })
    const scan = await createScan(db, {
      userId: colleague.id,
      level: (i) => 1 + ((i + n) % 5),
      submittedAt: `2026-0${n + 5}-0${n + 1}T10:00:00.000Z`,
    })
    await share(colleague.id, scan)
  }
}
