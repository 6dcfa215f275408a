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

  for (const [n, colleague] of DEMO_COLLEAGUES.entries()) {
    const user = await createUser(db, {
      email: `collega${n + 1}@demo.routekaart.nl`,
      name: `${colleague.name} (demo)`,
      roles: ['professional'],
      password: DEMO_PASSWORD,
      organisationId: professional.organisation_id,
      audience: colleague.audience,
      isDemo: true,
    })
    const scan = await createScan(db, {
      userId: user.id,
      level: colleague.level,
      develop: colleague.develop,
      submittedAt: colleague.submittedAt,
    })
    await share(user.id, scan)
  }
}

/**
 * The five demo colleagues, each scanning like a different person: one experienced, one
 * starting out, one strong in skills but less in knowledge (the first 23 objectives of
 * Toezicht en Advies are knowledge), one uneven, one who finds some parts not applicable;
 * each wanting to develop different things, on different days.
 */
const DEMO_COLLEAGUES: readonly {
  name: string
  audience: 'beginner' | 'gevorderde'
  level: (i: number) => number | null
  develop: (i: number) => boolean
  submittedAt: string
}[] = [
  {
    name: 'Joris',
    audience: 'gevorderde',
    level: (i) => 3 + (i % 3),
    develop: (i) => i % 9 === 4,
    submittedAt: '2026-05-12T10:00:00.000Z',
  },
  {
    name: 'Emine',
    audience: 'beginner',
    level: (i) => 1 + (i % 3),
    develop: (i) => i % 4 === 0,
    submittedAt: '2026-06-03T14:20:00.000Z',
  },
  {
    name: 'Kees',
    audience: 'gevorderde',
    level: (i) => [2, 4, 3, 5, 1][i % 5]!,
    develop: (i) => i % 6 === 1,
    submittedAt: '2026-07-21T09:05:00.000Z',
  },
  {
    name: 'Noor',
    audience: 'gevorderde',
    level: (i) => (i < 23 ? 2 + (i % 2) : 4 + (i % 2)),
    develop: (i) => i < 23 && i % 5 === 0,
    submittedAt: '2026-09-09T11:45:00.000Z',
  },
  {
    name: 'Daan',
    audience: 'gevorderde',
    level: (i) => (i % 11 === 3 ? null : 2 + ((i * 7) % 3)),
    develop: (i) => i % 8 === 2,
    submittedAt: '2026-10-30T15:30:00.000Z',
  },
]
