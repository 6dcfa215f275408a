import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../domain/roles.ts'
import { createTestContext, type TestClient, type TestContext } from '../tests/harness.ts'

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

const MATRIX: Record<string, Row> = {
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
  'GET /api/roadmap': { request: () => ({ path: '/api/roadmap' }), expect: signedInOnly(200) },
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
  'GET /api/knowledge-maps/{slug}/draft/csv': {
    request: () => ({ path: '/api/knowledge-maps/beginners/draft/csv' }),
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
  'POST /api/knowledge-maps/{slug}/draft/publish': {
    request: () => ({
      path: '/api/knowledge-maps/digitaal-erfgoed/draft/publish',
      body: { changeNote: 'Eerste versie' },
    }),
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
