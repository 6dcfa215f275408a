import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../domain/roles.ts'
import { createTestContext, type TestClient, type TestContext } from '../tests/harness.ts'
import {
  addProviderMember,
  createOffering,
  createProvider,
} from './features/catalogue/factories.ts'
import { createScan } from './features/self-scans/factories.ts'

/**
 * Every API route, and the status each role (and a visitor) gets from it. Adding a route
 * without a row here fails the first test: no route escapes the authorisation review.
 */
type Who = 'anonymous' | Role
type Expect = Partial<Record<Who, number>> & { others: number }
interface Fixture {
  organisationId: string
  me: { email: string; password: string; id: string }
  client: TestClient
  unique: string
}
interface Row {
  request: (
    f: Fixture,
  ) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown }
  expect: Expect
}

const TOKEN = 'x'.repeat(43)
const signedInOnly = (status: number): Expect => ({ anonymous: 401, others: status })
const forAdmin = (status: number): Expect => ({ anonymous: 401, admin: status, others: 403 })
const forProgramme = (status: number): Expect => ({
  anonymous: 401,
  programme: status,
  others: 403,
})
const forManagers = (status: number): Expect => ({
  anonymous: 401,
  manager: status,
  admin: status,
  others: 403,
})

let ctx: TestContext
let orgA: string
const FUTURE = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

/** A fresh open review round on the beginners' draft, made by the programme team. */
async function openRound(): Promise<string> {
  const editor = await ctx.signedIn(['programme'])
  const round = await editor.client.post('/api/knowledge-maps/beginners/review-rounds', {
    title: 'R',
    deadline: FUTURE,
    emails: [],
  })
  return round.body.id
}

/** A new concept map of its own, imported by the programme team; its slug. */
async function importedMap(unique: string): Promise<string> {
  const editor = await ctx.signedIn(['programme'])
  const slug = `kaart-${unique}`.toLowerCase().replace(/[^a-z0-9-]/g, '')
  await editor.client.post('/api/knowledge-maps/import', {
    slug,
    title: 'T',
    description: 'D',
    audience: 'gevorderden',
    level: 'gevorderden',
    format: 'csv',
    csv: 'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,D,,T,,O\n',
  })
  return slug
}

/** Catalogue: an objective of the published Toezicht en Advies, and offerings to act on. */
const CATALOGUE_OBJECTIVE = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'
/** An offering of a new provider; `member` (a user id) is linked to that provider. */
async function offeringOf(member?: string, archived = false) {
  const provider = await createProvider(ctx.db)
  if (member) await addProviderMember(ctx.db, provider.id, member)
  const id = await createOffering(ctx.db, { provider, objectiveIds: [CATALOGUE_OBJECTIVE] })
  if (archived)
    await ctx.db.kysely
      .updateTable('offerings')
      .set({ archived_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
  return { provider, id }
}
const OFFERING_BODY = {
  title: 'Inspecteren in de praktijk',
  description: 'Een dag oefenen met archiefinspecties.',
  form: 'masterclass',
  level: 'gevorderd',
  studyHours: '6',
  cost: '€ 395,00',
  language: 'nl',
  online: false,
  location: 'Zwolle',
  objectiveIds: [CATALOGUE_OBJECTIVE],
}
/** Providers (linked to their own provider) and the programme team keep offerings. */
const forCatalogueEditors = (status: number): Expect => ({
  anonymous: 401,
  provider: status,
  programme: status,
  others: 403,
})
const forProviderManagers = (status: number): Expect => ({
  anonymous: 401,
  programme: status,
  admin: status,
  others: 403,
})

/** Everyone who takes zelfscans (all but providers and admins), acting on their own scan. */
const forScanTakers = (status: number): Expect => ({
  anonymous: 401,
  provider: 403,
  admin: 403,
  others: status,
})
const SCAN = '/api/self-scans'
// A visitor has no account to own a scan: any id does, the answer is 401 before it is read.
const ownScan = async (f: Fixture, options: { draft?: boolean } = {}) =>
  f.me.id ? createScan(ctx.db, { userId: f.me.id, ...options }) : crypto.randomUUID()
async function ownShare(f: Fixture) {
  if (!f.me.id) return { scanId: crypto.randomUUID(), shareId: crypto.randomUUID() }
  const scanId = await ownScan(f)
  const coach = await ctx.user({ roles: ['coach'] })
  const share = await ctx.db.kysely
    .insertInto('self_scan_shares')
    .values({
      id: crypto.randomUUID(),
      scan_id: scanId,
      owner_user_id: f.me.id,
      grantee_user_id: coach.id,
      grantee_role: 'coach',
      scope: 'summary',
      created_at: new Date().toISOString(),
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { scanId, shareId: share.id }
}
async function ownCheck(f: Fixture, complete = false) {
  const started = await f.client.post('/api/employability-checks')
  const id: string = started.body?.id ?? crypto.randomUUID()
  if (complete && started.body?.id) {
    const listed = await f.client.get('/api/employability-checks')
    const answers = Object.fromEntries(
      listed.body.content.dimensions.flatMap((d: { statements: { id: string }[] }) =>
        d.statements.map((s) => [s.id, 3]),
      ),
    )
    await f.client.patch(`/api/employability-checks/${id}`, { answers })
  }
  return id
}

const SELF_SCAN_ROWS: Record<string, Row> = {
  'GET /api/self-scans/maps': {
    request: () => ({ path: `${SCAN}/maps` }),
    expect: forScanTakers(200),
  },
  'GET /api/self-scans': { request: () => ({ path: SCAN }), expect: forScanTakers(200) },
  'POST /api/self-scans': {
    request: () => ({ path: SCAN, body: { map: 'toezicht-en-advies' } }),
    expect: forScanTakers(201),
  },
  'GET /api/self-scans/{scanId}': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f, { draft: true })}` }),
    expect: forScanTakers(200),
  },
  'PATCH /api/self-scans/{scanId}': {
    request: async (f) => ({
      path: `${SCAN}/${await ownScan(f, { draft: true })}`,
      body: { answers: [] },
    }),
    expect: forScanTakers(200),
  },
  'DELETE /api/self-scans/{scanId}': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f)}` }),
    expect: forScanTakers(200),
  },
  'POST /api/self-scans/{scanId}/submit': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f, { draft: true })}/submit` }),
    expect: forScanTakers(200),
  },
  'GET /api/self-scans/{scanId}/report': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f)}/report` }),
    expect: forScanTakers(200),
  },
  'GET /api/self-scans/{scanId}/report.pdf': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f)}/report.pdf` }),
    expect: forScanTakers(200),
  },
  'GET /api/self-scans/{scanId}/shares': {
    request: async (f) => ({ path: `${SCAN}/${await ownScan(f)}/shares` }),
    expect: forScanTakers(200),
  },
  'POST /api/self-scans/{scanId}/shares': {
    request: async (f) => {
      const coach = await ctx.user({ roles: ['coach'] })
      return {
        path: `${SCAN}/${await ownScan(f)}/shares`,
        body: { granteeId: coach.id, scope: 'summary' },
      }
    },
    expect: forScanTakers(201),
  },
  'DELETE /api/self-scans/{scanId}/shares/{shareId}': {
    request: async (f) => {
      const { scanId, shareId } = await ownShare(f)
      return { path: `${SCAN}/${scanId}/shares/${shareId}` }
    },
    expect: forScanTakers(200),
  },
  'GET /api/self-scans/share-targets': {
    request: () => ({ path: `${SCAN}/share-targets` }),
    expect: forScanTakers(200),
  },
  'GET /api/self-scans/shared-with-me': {
    request: () => ({ path: `${SCAN}/shared-with-me` }),
    expect: { anonymous: 401, manager: 200, coach: 200, others: 403 },
  },
  'GET /api/organisations/{organisationId}/self-scan-overview': {
    request: (f) => ({ path: `/api/organisations/${f.organisationId}/self-scan-overview` }),
    // Not even an administrator: the overview is for the organisation's own managers.
    expect: { anonymous: 401, manager: 200, others: 403 },
  },
  'GET /api/employability-checks': {
    request: () => ({ path: '/api/employability-checks' }),
    expect: forScanTakers(200),
  },
  'POST /api/employability-checks': {
    request: () => ({ path: '/api/employability-checks' }),
    expect: forScanTakers(201),
  },
  'GET /api/employability-checks/{checkId}': {
    request: async (f) => ({ path: `/api/employability-checks/${await ownCheck(f)}` }),
    expect: forScanTakers(200),
  },
  'PATCH /api/employability-checks/{checkId}': {
    request: async (f) => ({
      path: `/api/employability-checks/${await ownCheck(f)}`,
      body: { answers: { 'gv-1': 4 } },
    }),
    expect: forScanTakers(200),
  },
  'POST /api/employability-checks/{checkId}/submit': {
    request: async (f) => ({ path: `/api/employability-checks/${await ownCheck(f, true)}/submit` }),
    expect: forScanTakers(200),
  },
  'DELETE /api/employability-checks/{checkId}': {
    request: async (f) => ({ path: `/api/employability-checks/${await ownCheck(f)}` }),
    expect: forScanTakers(200),
  },
}

const ROUTE_START = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
/** A goal of the signed-in person, made through the API (takers only; others get any id). */
async function ownGoal(f: Fixture): Promise<string> {
  if (!f.me.id) return crypto.randomUUID()
  const tree = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body
  const created = await f.client.post('/api/learning-goals', {
    title: 'Inspecties voorbereiden',
    why: 'Nieuwe taak',
    measure: 'Plan goedgekeurd',
    deadline: ROUTE_START,
    objectiveIds: [tree.domains[0].themes[0].objectives[0].id],
  })
  if (created.status === 201) return created.body.id
  // Roles that may not write goals: a goal of someone else, so the id is real.
  const other = await ctx.signedIn(['professional'])
  return ownGoal({ ...f, me: other.user, client: other.client })
}
async function ownActivity(f: Fixture): Promise<string> {
  if (!f.me.id) return crypto.randomUUID()
  const goalId = await ownGoal(f)
  const created = await f.client.post(`/api/learning-goals/${goalId}/activities`, {
    title: 'Lezen',
    form: 'reading',
    plannedStart: ROUTE_START,
  })
  return created.body?.id ?? crypto.randomUUID()
}

const LEARNING_ROUTE_ROWS: Record<string, Row> = {
  'GET /api/learning-goals': {
    request: () => ({ path: '/api/learning-goals' }),
    expect: forScanTakers(200),
  },
  'POST /api/learning-goals': {
    request: async () => {
      const tree = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body
      return {
        path: '/api/learning-goals',
        body: {
          title: 'Doel',
          why: 'Waarom',
          measure: 'Hoe',
          deadline: ROUTE_START,
          objectiveIds: [tree.domains[0].themes[0].objectives[0].id],
        },
      }
    },
    expect: forScanTakers(201),
  },
  // For providers and admins the goal is someone else's: they are refused before it is read.
  'GET /api/learning-goals/{goalId}': {
    request: async (f) => ({ path: `/api/learning-goals/${await ownGoal(f)}` }),
    expect: forScanTakers(200),
  },
  'PUT /api/learning-goals/{goalId}': {
    request: async (f) => {
      const tree = (await ctx.client().get('/api/knowledge-maps/toezicht-en-advies')).body
      return {
        path: `/api/learning-goals/${await ownGoal(f)}`,
        body: {
          title: 'Doel 2',
          why: 'Waarom',
          measure: 'Hoe',
          deadline: ROUTE_START,
          objectiveIds: [tree.domains[0].themes[0].objectives[1].id],
        },
      }
    },
    expect: forScanTakers(200),
  },
  'POST /api/learning-goals/{goalId}/status': {
    request: async (f) => ({
      path: `/api/learning-goals/${await ownGoal(f)}/status`,
      body: { status: 'completed' },
    }),
    expect: forScanTakers(200),
  },
  'DELETE /api/learning-goals/{goalId}': {
    request: async (f) => ({ path: `/api/learning-goals/${await ownGoal(f)}` }),
    expect: forScanTakers(200),
  },
  'GET /api/learning-goals/{goalId}/suggestions': {
    request: async (f) => ({ path: `/api/learning-goals/${await ownGoal(f)}/suggestions` }),
    expect: forScanTakers(200),
  },
  'POST /api/learning-goals/{goalId}/activities': {
    request: async (f) => ({
      path: `/api/learning-goals/${await ownGoal(f)}/activities`,
      body: { title: 'Meelopen', form: 'job_shadowing', plannedStart: ROUTE_START },
    }),
    expect: forScanTakers(201),
  },
  'PUT /api/route-activities/{activityId}': {
    request: async (f) => ({
      path: `/api/route-activities/${await ownActivity(f)}`,
      body: { status: 'in_progress', plannedStart: ROUTE_START },
    }),
    expect: forScanTakers(200),
  },
  'DELETE /api/route-activities/{activityId}': {
    request: async (f) => ({ path: `/api/route-activities/${await ownActivity(f)}` }),
    expect: forScanTakers(200),
  },
  'GET /api/learning-route/shares': {
    request: () => ({ path: '/api/learning-route/shares' }),
    expect: forScanTakers(200),
  },
  'POST /api/learning-route/shares': {
    request: async () => ({
      path: '/api/learning-route/shares',
      body: { granteeId: (await ctx.user({ roles: ['coach'] })).id },
    }),
    expect: forScanTakers(201),
  },
  'DELETE /api/learning-route/shares/{shareId}': {
    request: async (f) => {
      const coach = await ctx.user({ roles: ['coach'] })
      const share = await f.client.post('/api/learning-route/shares', { granteeId: coach.id })
      return { path: `/api/learning-route/shares/${share.body?.id ?? crypto.randomUUID()}` }
    },
    expect: forScanTakers(200),
  },
  'GET /api/learning-routes/shared-with-me': {
    request: () => ({ path: '/api/learning-routes/shared-with-me' }),
    expect: { anonymous: 401, manager: 200, coach: 200, others: 403 },
  },
  // A route shared with the reader: managers of the organisation and coaches read it.
  'GET /api/learning-routes/{ownerId}': {
    request: async (f) => {
      const owner = await ctx.signedIn(['professional'], { organisationId: f.organisationId })
      if (f.me.id) await owner.client.post('/api/learning-route/shares', { granteeId: f.me.id })
      return { path: `/api/learning-routes/${owner.user.id}` }
    },
    expect: { anonymous: 401, manager: 200, coach: 200, others: 403 },
  },
  'GET /api/organisations/{organisationId}/training-needs': {
    request: (f) => ({ path: `/api/organisations/${f.organisationId}/training-needs` }),
    expect: { anonymous: 401, manager: 200, others: 403 },
  },
}

const MATRIX: Record<string, Row> = {
  ...SELF_SCAN_ROWS,
  ...LEARNING_ROUTE_ROWS,
  'GET /api/catalogue/offerings': {
    request: () => ({ path: '/api/catalogue/offerings?q=archieven&online=false' }),
    expect: signedInOnly(200),
  },
  'GET /api/catalogue/offerings/{offeringId}': {
    request: async () => ({ path: `/api/catalogue/offerings/${(await offeringOf()).id}` }),
    expect: signedInOnly(200),
  },
  'POST /api/catalogue/offerings': {
    // Linked to the provider it adds an offering for: a provider account may.
    request: async (f) => {
      const provider = await createProvider(ctx.db)
      if (f.me.id) await addProviderMember(ctx.db, provider.id, f.me.id)
      return {
        path: '/api/catalogue/offerings',
        body: { ...OFFERING_BODY, providerId: provider.id },
      }
    },
    expect: forCatalogueEditors(201),
  },
  'PUT /api/catalogue/offerings/{offeringId}': {
    // Another provider's offering: a provider account may not; the programme team may.
    request: async () => {
      const { provider, id } = await offeringOf()
      return {
        path: `/api/catalogue/offerings/${id}`,
        body: { ...OFFERING_BODY, providerId: provider.id },
      }
    },
    expect: forProgramme(200),
  },
  'POST /api/catalogue/offerings/{offeringId}/reviewed': {
    request: async (f) => ({
      path: `/api/catalogue/offerings/${(await offeringOf(f.me.id || undefined)).id}/reviewed`,
    }),
    expect: forCatalogueEditors(200),
  },
  'POST /api/catalogue/offerings/{offeringId}/archive': {
    request: async () => ({ path: `/api/catalogue/offerings/${(await offeringOf()).id}/archive` }),
    expect: forProgramme(200),
  },
  'POST /api/catalogue/offerings/{offeringId}/restore': {
    request: async (f) => ({
      path: `/api/catalogue/offerings/${(await offeringOf(f.me.id || undefined, true)).id}/restore`,
    }),
    expect: forCatalogueEditors(200),
  },
  'GET /api/catalogue/manage': {
    request: () => ({ path: '/api/catalogue/manage' }),
    expect: forCatalogueEditors(200),
  },
  'GET /api/catalogue/stale': {
    request: () => ({ path: '/api/catalogue/stale' }),
    expect: forProgramme(200),
  },
  'GET /api/catalogue/providers': {
    request: () => ({ path: '/api/catalogue/providers' }),
    expect: signedInOnly(200),
  },
  'POST /api/catalogue/providers': {
    request: (f) => ({
      path: '/api/catalogue/providers',
      body: { name: 'Nieuwe opleider', slug: f.unique.toLowerCase().replace(/[^a-z0-9]/g, '') },
    }),
    expect: forProviderManagers(201),
  },
  'POST /api/catalogue/providers/{providerId}/members': {
    request: async () => {
      const provider = await createProvider(ctx.db)
      const user = await ctx.user({ roles: [] })
      return {
        path: `/api/catalogue/providers/${provider.id}/members`,
        body: { email: user.email },
      }
    },
    expect: forProviderManagers(200),
  },
  'GET /api/catalogue/csv': {
    request: () => ({ path: '/api/catalogue/csv' }),
    expect: forCatalogueEditors(200),
  },
  'POST /api/catalogue/csv/preview': {
    request: () => ({
      path: '/api/catalogue/csv/preview',
      body: { csv: 'id,aanbieder\n' },
    }),
    expect: forCatalogueEditors(200),
  },
  'POST /api/catalogue/csv/apply': {
    request: async (f) => {
      const provider = await createProvider(ctx.db)
      if (f.me.id) await addProviderMember(ctx.db, provider.id, f.me.id)
      const csv = [
        'id,aanbieder,titel,beschrijving,vorm,niveau,studielast_uren,kosten,taal,online,locatie,startmomenten,certificaat,link,leerdoelen',
        `,${provider.slug},Lezen over toezicht,Een leeslijst.,reading,basis,"2,5",0,nl,ja,,,,,${CATALOGUE_OBJECTIVE}`,
      ].join('\n')
      return { path: '/api/catalogue/csv/apply', body: { csv } }
    },
    expect: forCatalogueEditors(200),
  },
  'GET /api/health': { request: () => ({ path: '/api/health' }), expect: { others: 200 } },
  'GET /api/session': { request: () => ({ path: '/api/session' }), expect: { others: 200 } },
  'POST /api/auth/sign-up': {
    request: (f) => ({
      path: '/api/auth/sign-up',
      body: { name: 'N', email: `${f.unique}@nieuw.nl`, password: 'lange-zin-voor-de-matrix' },
    }),
    expect: { others: 201 },
  },
  'POST /api/auth/confirm-email': {
    request: () => ({ path: '/api/auth/confirm-email', body: { token: TOKEN } }),
    expect: { others: 400 },
  },
  'POST /api/auth/resend-confirmation': {
    request: () => ({ path: '/api/auth/resend-confirmation', body: { email: 'a@b.nl' } }),
    expect: { others: 202 },
  },
  'POST /api/auth/sign-in': {
    request: async () => {
      const user = await ctx.user()
      return { path: '/api/auth/sign-in', body: { email: user.email, password: user.password } }
    },
    expect: { others: 200 },
  },
  'POST /api/auth/sign-out': {
    request: () => ({ path: '/api/auth/sign-out' }),
    expect: { others: 200 },
  },
  'POST /api/auth/password-reset/request': {
    request: () => ({ path: '/api/auth/password-reset/request', body: { email: 'a@b.nl' } }),
    expect: { others: 202 },
  },
  'POST /api/auth/password-reset/complete': {
    request: () => ({
      path: '/api/auth/password-reset/complete',
      body: { token: TOKEN, password: 'lange-zin-voor-de-matrix' },
    }),
    expect: { others: 400 },
  },
  'GET /api/organisations': {
    request: () => ({ path: '/api/organisations' }),
    expect: { others: 200 },
  },
  'GET /api/account': { request: () => ({ path: '/api/account' }), expect: signedInOnly(200) },
  'PATCH /api/account': {
    request: () => ({ path: '/api/account', body: { name: 'Nieuw' } }),
    expect: signedInOnly(200),
  },
  'POST /api/account/password': {
    request: (f) => ({
      path: '/api/account/password',
      body: { currentPassword: f.me.password, newPassword: 'nog-een-lange-nieuwe-zin' },
    }),
    expect: signedInOnly(200),
  },
  'GET /api/account/export': {
    request: () => ({ path: '/api/account/export' }),
    expect: signedInOnly(200),
  },
  'POST /api/account/erase': {
    request: (f) => ({ path: '/api/account/erase', body: { password: f.me.password } }),
    expect: signedInOnly(200),
  },
  'GET /api/account/activity': {
    request: () => ({ path: '/api/account/activity' }),
    expect: signedInOnly(200),
  },
  'GET /api/account/notifications': {
    request: () => ({ path: '/api/account/notifications' }),
    expect: signedInOnly(200),
  },
  'PUT /api/account/notifications': {
    request: () => ({
      path: '/api/account/notifications',
      body: { notifications: [{ kind: 'share.received', enabled: false }] },
    }),
    expect: signedInOnly(200),
  },
  'GET /api/roadmap': { request: () => ({ path: '/api/roadmap' }), expect: signedInOnly(200) },
  'GET /api/home/work': { request: () => ({ path: '/api/home/work' }), expect: signedInOnly(200) },
  'GET /api/organisations/{organisationId}/members': {
    request: (f) => ({ path: `/api/organisations/${f.organisationId}/members` }),
    expect: forManagers(200),
  },
  'GET /api/organisations/{organisationId}/invitations': {
    request: (f) => ({ path: `/api/organisations/${f.organisationId}/invitations` }),
    expect: forManagers(200),
  },
  'POST /api/organisations/{organisationId}/invitations': {
    request: (f) => ({
      path: `/api/organisations/${f.organisationId}/invitations`,
      body: { email: `${f.unique}@uitnodiging.nl`, role: 'professional' },
    }),
    expect: forManagers(201),
  },
  'DELETE /api/organisations/{organisationId}/invitations/{invitationId}': {
    request: async (f) => {
      const manager = await ctx.signedIn(['manager'], { organisationId: f.organisationId })
      const sent = await manager.client.post(`/api/organisations/${f.organisationId}/invitations`, {
        email: `${f.unique}@intrekken.nl`,
        role: 'professional',
      })
      return { path: `/api/organisations/${f.organisationId}/invitations/${sent.body.id}` }
    },
    expect: forManagers(200),
  },
  'POST /api/invitations/preview': {
    request: () => ({ path: '/api/invitations/preview', body: { token: TOKEN } }),
    expect: { others: 400 },
  },
  'POST /api/invitations/accept': {
    request: () => ({
      path: '/api/invitations/accept',
      body: { token: TOKEN, name: 'N', password: 'lange-zin-voor-de-matrix' },
    }),
    expect: { others: 400 },
  },
  'POST /api/invitations/join': {
    request: () => ({ path: '/api/invitations/join', body: { token: TOKEN } }),
    expect: signedInOnly(400),
  },
  'GET /api/admin/organisations': {
    request: () => ({ path: '/api/admin/organisations' }),
    expect: forAdmin(200),
  },
  'POST /api/admin/organisations': {
    request: () => ({
      path: '/api/admin/organisations',
      body: { name: 'Nieuw Archief', kind: 'gemeentearchief' },
    }),
    expect: forAdmin(201),
  },
  'PUT /api/admin/organisations/{organisationId}': {
    request: async () => {
      const organisation = await ctx.organisation()
      return {
        path: `/api/admin/organisations/${organisation.id}`,
        body: { name: 'Hernoemd Archief', kind: 'overig', city: null },
      }
    },
    expect: forAdmin(200),
  },
  'GET /api/admin/users': {
    request: () => ({ path: '/api/admin/users?q=a' }),
    expect: forAdmin(200),
  },
  'PATCH /api/admin/users/{userId}': {
    request: async () => {
      const user = await ctx.user()
      return { path: `/api/admin/users/${user.id}`, body: { roles: ['professional', 'coach'] } }
    },
    expect: forAdmin(200),
  },
  'GET /api/admin/outbox': {
    request: () => ({ path: '/api/admin/outbox' }),
    expect: forAdmin(200),
  },
  'GET /api/admin/audit-log': {
    request: () => ({ path: '/api/admin/audit-log' }),
    expect: forAdmin(200),
  },
  'GET /api/openapi.json': {
    request: () => ({ path: '/api/openapi.json' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps': {
    request: () => ({ path: '/api/knowledge-maps?state=published' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/search': {
    request: () => ({ path: '/api/knowledge-maps/search?q=inspectie' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/versions': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/versions' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/versions/{number}': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/versions/1' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/case': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/case' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/versions/{number}/case': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/versions/1/case' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/compare': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/compare?from=1&to=1' }),
    expect: { others: 200 },
  },
  'POST /api/knowledge-maps/{slug}/draft': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/draft' }),
    expect: forProgramme(201),
  },
  'POST /api/knowledge-maps/{slug}/draft/nodes/{nodeId}/crosswalks': {
    request: async () => {
      const tree = await ctx.client().get('/api/knowledge-maps/beginners')
      const objective = tree.body.domains[0].themes[0].objectives[0].id
      return {
        path: `/api/knowledge-maps/beginners/draft/nodes/${objective}/crosswalks`,
        body: {
          framework: 'rddi',
          uri: 'https://example.org/rddi/1',
          label: 'RDDI-item',
          relation: 'exactMatchOf',
        },
      }
    },
    expect: forProgramme(201),
  },
  'DELETE /api/knowledge-maps/{slug}/draft/crosswalks/{crosswalkId}': {
    request: async () => {
      const editor = await ctx.signedIn(['programme'])
      const tree = await ctx.client().get('/api/knowledge-maps/beginners')
      const objective = tree.body.domains[0].themes[0].objectives[1].id
      const added = await editor.client.post(
        `/api/knowledge-maps/beginners/draft/nodes/${objective}/crosswalks`,
        {
          framework: 'other',
          uri: 'https://example.org/x',
          label: 'X',
          relation: 'isRelatedTo',
        },
      )
      const link = added.body.domains[0].themes[0].objectives[1].crosswalks.at(-1)
      return { path: `/api/knowledge-maps/beginners/draft/crosswalks/${link.id}` }
    },
    expect: forProgramme(200),
  },
  'GET /api/knowledge-maps/{slug}/review-rounds': {
    request: () => ({ path: '/api/knowledge-maps/beginners/review-rounds' }),
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/review-rounds': {
    request: () => ({
      path: '/api/knowledge-maps/beginners/review-rounds',
      body: { title: 'R', deadline: FUTURE, emails: [] },
    }),
    expect: forProgramme(201),
  },
  'GET /api/review-rounds': {
    request: () => ({ path: '/api/review-rounds' }),
    expect: signedInOnly(200),
  },
  'GET /api/review-rounds/{roundId}': {
    request: async () => ({ path: `/api/review-rounds/${await openRound()}` }),
    expect: forProgramme(200),
  },
  'POST /api/review-rounds/{roundId}/participants': {
    request: async (f) => ({
      path: `/api/review-rounds/${await openRound()}/participants`,
      body: { emails: [`${f.unique}@meedenken.nl`] },
    }),
    expect: forProgramme(200),
  },
  'GET /api/review-rounds/{roundId}/candidates': {
    request: async () => ({ path: `/api/review-rounds/${await openRound()}/candidates?q=test` }),
    expect: forProgramme(200),
  },
  'POST /api/review-rounds/{roundId}/comments': {
    // Only invited people comment: the matrix invites nobody, so every role is refused.
    request: async () => ({
      path: `/api/review-rounds/${await openRound()}/comments`,
      body: { kind: 'comment', body: 'Reactie' },
    }),
    expect: { anonymous: 401, others: 403 },
  },
  'POST /api/review-rounds/{roundId}/comments/{commentId}/response': {
    request: async () => {
      const roundId = await openRound()
      const reviewer = await ctx.signedIn(['professional'])
      const editor = await ctx.signedIn(['programme'])
      await editor.client.post(`/api/review-rounds/${roundId}/participants`, {
        emails: [reviewer.user.email],
      })
      const comment = await reviewer.client.post(`/api/review-rounds/${roundId}/comments`, {
        kind: 'comment',
        body: 'Reactie',
      })
      return {
        path: `/api/review-rounds/${roundId}/comments/${comment.body.id}/response`,
        body: { status: 'answered', response: 'Dank' },
      }
    },
    expect: forProgramme(200),
  },
  'POST /api/review-rounds/{roundId}/close': {
    request: async () => ({ path: `/api/review-rounds/${await openRound()}/close` }),
    expect: forProgramme(200),
  },
  'GET /api/knowledge-maps/{slug}/work-sessions': {
    request: () => ({ path: '/api/knowledge-maps/beginners/work-sessions' }),
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/work-sessions': {
    request: () => ({
      path: '/api/knowledge-maps/beginners/work-sessions',
      body: {
        heldOn: '2026-11-01',
        title: 'Sessie',
        participants: 'Zes mensen',
        outcomes: 'Uitkomst',
      },
    }),
    expect: forProgramme(201),
  },
  'POST /api/organisations/{organisationId}/requests/{userId}/confirm': {
    request: async (f) => {
      const newcomer = await ctx.user({
        organisationId: f.organisationId,
        organisationPending: true,
      })
      return { path: `/api/organisations/${f.organisationId}/requests/${newcomer.id}/confirm` }
    },
    expect: forManagers(200),
  },
  'POST /api/organisations/{organisationId}/requests/{userId}/decline': {
    request: async (f) => {
      const newcomer = await ctx.user({
        organisationId: f.organisationId,
        organisationPending: true,
      })
      return { path: `/api/organisations/${f.organisationId}/requests/${newcomer.id}/decline` }
    },
    expect: forManagers(200),
  },
  'GET /api/knowledge-maps/{slug}/csv': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/csv' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/versions/{number}/csv': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/versions/1/csv' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/draft/csv': {
    request: () => ({ path: '/api/knowledge-maps/beginners/draft/csv' }),
    expect: forProgramme(200),
  },
  'GET /api/knowledge-maps/{slug}/versions/{number}/content': {
    request: () => ({ path: '/api/knowledge-maps/toezicht-en-advies/versions/1/content' }),
    expect: { others: 200 },
  },
  'GET /api/knowledge-maps/{slug}/draft/content': {
    request: () => ({ path: '/api/knowledge-maps/digitaal-informatiebeheer/draft/content' }),
    expect: forProgramme(200),
  },
  'PUT /api/knowledge-maps/{slug}/draft/csv': {
    request: async () => {
      const editor = await ctx.signedIn(['programme'])
      const csv = await editor.client.get('/api/knowledge-maps/zij-instromers/draft/csv')
      return {
        path: '/api/knowledge-maps/zij-instromers/draft/csv',
        body: { csv: String(csv.body) },
      }
    },
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/import': {
    request: (f) => ({
      path: '/api/knowledge-maps/import',
      body: {
        slug: `import-${f.unique}`.toLowerCase().replace(/[^a-z0-9-]/g, ''),
        title: 'T',
        description: 'D',
        audience: 'gevorderden',
        level: 'gevorderden',
        format: 'csv',
        csv: 'domein_id,domein,thema_id,thema,leerdoel_id,leerdoel\n,D,,T,,O\n',
      },
    }),
    expect: forProgramme(201),
  },
  'GET /api/knowledge-maps/{slug}/draft': {
    request: () => ({ path: '/api/knowledge-maps/beginners/draft' }),
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/draft/nodes': {
    request: () => ({
      path: '/api/knowledge-maps/beginners/draft/nodes',
      body: { kind: 'domain', parentId: null, title: 'Nieuw domein' },
    }),
    expect: forProgramme(201),
  },
  'PATCH /api/knowledge-maps/{slug}/draft/nodes/{nodeId}': {
    request: async () => {
      const tree = await ctx.client().get('/api/knowledge-maps/beginners')
      return {
        path: `/api/knowledge-maps/beginners/draft/nodes/${tree.body.domains[0].id}`,
        body: { title: 'Hernoemd' },
      }
    },
    expect: forProgramme(200),
  },
  'DELETE /api/knowledge-maps/{slug}/draft/nodes/{nodeId}': {
    request: async () => {
      const editor = await ctx.signedIn(['programme'])
      const added = await editor.client.post('/api/knowledge-maps/beginners/draft/nodes', {
        kind: 'domain',
        title: 'Weg ermee',
      })
      const node = added.body.domains.find((d: { title: string }) => d.title === 'Weg ermee')
      return { path: `/api/knowledge-maps/beginners/draft/nodes/${node.id}` }
    },
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/archive': {
    request: async (f) => ({ path: `/api/knowledge-maps/${await importedMap(f.unique)}/archive` }),
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/restore': {
    request: async (f) => {
      const slug = await importedMap(f.unique)
      const editor = await ctx.signedIn(['programme'])
      await editor.client.post(`/api/knowledge-maps/${slug}/archive`)
      return { path: `/api/knowledge-maps/${slug}/restore` }
    },
    expect: forProgramme(200),
  },
  'POST /api/knowledge-maps/{slug}/draft/publish': {
    request: () => ({
      path: '/api/knowledge-maps/digitaal-erfgoed/draft/publish',
      body: { changeNote: 'Eerste versie' },
    }),
    expect: forProgramme(200),
  },
  'GET /api/knowledge-maps/{slug}/draft/publish-preview': {
    request: () => ({ path: '/api/knowledge-maps/beginners/draft/publish-preview' }),
    expect: forProgramme(200),
  },
}

beforeAll(async () => {
  ctx = await createTestContext()
  orgA = (await ctx.organisation({ name: 'Matrixarchief' })).id
})
afterAll(() => ctx.close())

function registeredRoutes(): string[] {
  const routes = ctx.app.openAPIRegistry.definitions
    .filter((d) => d.type === 'route')
    .map((d) => {
      const route = (d as { route: { method: string; path: string } }).route
      return `${route.method.toUpperCase()} ${route.path}`
    })
  return [...routes, 'GET /api/openapi.json'].sort()
}

describe('route authorisation matrix', () => {
  it('has a row for every API route, and no row without a route', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(registeredRoutes())
  })

  it('registers no API handler outside the OpenAPI document', () => {
    const plain = ctx.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    const documented = new Set(registeredRoutes())
    expect(plain.filter((r) => !documented.has(r))).toEqual([])
  })

  const who: Who[] = ['anonymous', ...ROLES]
  for (const [route, row] of Object.entries(MATRIX)) {
    it(`${route} answers each role as expected`, async () => {
      const method = route.split(' ')[0]!
      const seen: Record<string, number> = {}
      const wanted: Record<string, number> = {}
      for (const role of who) {
        let client: TestClient
        let me = { email: '', password: '', id: '' }
        if (role === 'anonymous') client = ctx.client()
        else {
          const signedIn = await ctx.signedIn([role], {
            organisationId: role === 'admin' ? null : orgA,
          })
          client = signedIn.client
          me = signedIn.user
        }
        const unique = `${role}-${Math.random().toString(36).slice(2, 10)}`
        const { path, body } = await row.request({ organisationId: orgA, me, client, unique })
        const response = await client.request(
          method,
          path,
          method === 'GET' || method === 'DELETE' ? undefined : (body ?? {}),
        )
        seen[role] = response.status
        wanted[role] = row.expect[role] ?? row.expect.others
      }
      expect(seen).toEqual(wanted)
    })
  }
})
