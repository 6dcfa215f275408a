import type { Role } from '../../domain/roles.ts'
import { seedDemoCatalogue } from '../features/catalogue/demo-catalogue.ts'
import { seedDemoLearningRoutes } from '../features/learning-routes/demo-learning-routes.ts'
import { seedDemoReviews } from '../features/reviews/demo-reviews.ts'
import { seedDemoSelfScans } from '../features/self-scans/demo-self-scans.ts'
import type { Db } from './connection.ts'
import { createOrganisation, createUser } from './factories.ts'

/** The one password of every demo account; printed in the README. Never used outside demos. */
export const DEMO_PASSWORD = 'Demo-Routekaart-2026'

export const DEMO_ORGANISATIONS = [
  {
    name: 'Regionaal Historisch Centrum Vechtstreek (demo)',
    kind: 'regionaal-historisch-centrum',
    city: 'Vechtstede',
  },
  { name: 'Gemeentearchief Zuiderhaven (demo)', kind: 'gemeentearchief', city: 'Zuiderhaven' },
  {
    name: 'Provinciaal Archief Noorderkwartier (demo)',
    kind: 'provinciaal-archief',
    city: 'Noorderburg',
  },
] as const

/** One demo account per role; `organisation` indexes DEMO_ORGANISATIONS. */
export const DEMO_ACCOUNTS: readonly {
  email: string
  name: string
  roles: Role[]
  organisation: number | null
  audience?: 'zij-instromer' | 'beginner' | 'gevorderde'
}[] = [
  {
    email: 'professional@demo.routekaart.nl',
    name: 'Sanne de Vries (demo)',
    roles: ['professional'],
    organisation: 0,
    audience: 'gevorderde',
  },
  {
    email: 'leidinggevende@demo.routekaart.nl',
    name: 'Marco Jansen (demo)',
    roles: ['manager', 'professional'],
    organisation: 0,
  },
  {
    email: 'coach@demo.routekaart.nl',
    name: 'Fatima El Amrani (demo)',
    roles: ['coach'],
    organisation: null,
  },
  {
    email: 'programma@demo.routekaart.nl',
    name: 'Pieter Bakker (demo)',
    roles: ['programme'],
    organisation: null,
  },
  {
    email: 'meedenker@demo.routekaart.nl',
    name: 'Lotte Visser (demo)',
    roles: ['reviewer', 'professional'],
    organisation: 1,
    audience: 'gevorderde',
  },
  {
    email: 'aanbieder@demo.routekaart.nl',
    name: 'Opleidingen Archiefacademie (demo)',
    roles: ['provider'],
    organisation: null,
  },
  {
    email: 'beheerder@demo.routekaart.nl',
    name: 'Anouk Smit (demo)',
    roles: ['admin'],
    organisation: null,
  },
]

/**
 * Adds the labelled demo organisations and accounts, once: a database that already has
 * them is left alone. Every row is marked `is_demo`, and every name says "(demo)".
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  const existing = await db.kysely
    .selectFrom('organisations')
    .select('id')
    .where('is_demo', '=', 1)
    .executeTakeFirst()
  if (existing) {
    // A demo database from before the catalogue gets its demo offerings now (once).
    await seedDemoCatalogue(db)
    await seedDemoSelfScans(db)
    await seedDemoLearningRoutes(db)
    await seedDemoReviews(db)
    return false
  }
  const organisations = []
  for (const organisation of DEMO_ORGANISATIONS) {
    organisations.push(await createOrganisation(db, { ...organisation, isDemo: true }))
  }
  for (const account of DEMO_ACCOUNTS) {
    await createUser(db, {
      email: account.email,
      name: account.name,
      roles: account.roles,
      password: DEMO_PASSWORD,
      organisationId:
        account.organisation === null ? null : organisations[account.organisation]!.id,
      audience: account.audience ?? null,
      isDemo: true,
    })
  }
  await seedDemoCatalogue(db)
  await seedDemoSelfScans(db)
  await seedDemoLearningRoutes(db)
  await seedDemoReviews(db)
  return true
}
