import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { addProviderMember, createOffering, createProvider } from './factories.ts'
import { findOfferingsForObjectives } from './queries.ts'

// Objectives of the published Toezicht en Advies (content/kenniskaarten/toezicht-en-advies.json).
const INSPECTIES = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb' // theme Toezicht en toezichtmethodieken
const AUDITING = '0301701c-0973-40b0-a38d-67ffad87abef' // same theme
const WETGEVING = '9dc63856-b69e-401e-9f8f-1ae2ce918140' // theme Wet- en regelgeving
const TOEZICHT_THEME = '0ba4683a-7f22-4852-b604-c82f985abf14'

let ctx: TestContext
let academy: Awaited<ReturnType<typeof createProvider>>
let other: Awaited<ReturnType<typeof createProvider>>

beforeAll(async () => {
  ctx = await createTestContext()
  academy = await createProvider(ctx.db, { name: 'Archiefacademie', slug: 'archiefacademie' })
  other = await createProvider(ctx.db, { name: 'Hogeschool Zuid', slug: 'hogeschool-zuid' })
  await createOffering(ctx.db, {
    provider: academy,
    title: 'Archiefinspecties uitvoeren',
    description: 'Hoe je een inspectie bij een gemeente voorbereidt en rapporteert.',
    form: 'formal_course',
    level: 'gevorderd',
    cost: '€ 1.250,00',
    objectiveIds: [INSPECTIES],
  })
  await createOffering(ctx.db, {
    provider: other,
    title: 'Webinar Wet open overheid',
    description: 'De Woo en het archief: wat verandert er voor de informatiehuishouding?',
    form: 'webinar',
    level: 'basis',
    cost: '0',
    online: true,
    objectiveIds: [WETGEVING],
  })
  await createOffering(ctx.db, {
    provider: other,
    title: 'Intervisie voor inspecteurs',
    description: "Met collega's inspecties als casus bespreken; beoordélen zonder haast.",
    form: 'intervision',
    level: 'gevorderd',
    cost: '150',
    objectiveIds: [INSPECTIES, AUDITING],
  })
})
afterAll(() => ctx.close())

const titles = (body: { offerings: { title: string }[] }) =>
  body.offerings.map((o) => o.title).sort()

async function providerClient(providerId: string) {
  const signedIn = await ctx.signedIn(['provider'])
  await addProviderMember(ctx.db, providerId, signedIn.user.id)
  return signedIn
}

const BODY = {
  title: 'Selectielijsten toepassen',
  description: 'Werken met de selectielijst: archiefvorming, selectie en vernietiging.',
  form: 'e_learning',
  level: 'basis',
  studyHours: '4,5',
  cost: '€ 95,50',
  language: 'nl',
  online: true,
  startMoments: ['2027-03-01'],
  certificate: 'Certificaat van deelname',
  url: 'https://voorbeeld.nl/selectie',
  objectiveIds: ['764b4bd4-940f-44f8-9ac8-9fd7ae5aa92e'],
}

describe('searching the catalogue in Dutch', () => {
  it('finds "archief" words when searching "archieven" and "inspecties", accents or not', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const archieven = await client.get('/api/catalogue/offerings?q=archieven')
    expect(archieven.status).toBe(200)
    expect(titles(archieven.body)).toContain('Archiefinspecties uitvoeren')
    expect(titles(archieven.body)).toContain('Webinar Wet open overheid')
    const inspecties = await client.get('/api/catalogue/offerings?q=inspecties')
    expect(titles(inspecties.body)).toEqual([
      'Archiefinspecties uitvoeren',
      'Intervisie voor inspecteurs',
    ])
    // Every word must occur.
    const both = await client.get('/api/catalogue/offerings?q=inspectie%20gemeente')
    expect(titles(both.body)).toEqual(['Archiefinspecties uitvoeren'])
    // The provider's name is searched too.
    const byProvider = await client.get('/api/catalogue/offerings?q=hogeschool')
    expect(byProvider.body.total).toBe(2)
    if (ctx.db.kind === 'sqlite') {
      // FTS5 with remove_diacritics: "beoordelen" finds "beoordélen" (PostgreSQL's dutch
      // configuration keeps accents; see decision 012).
      const accents = await client.get('/api/catalogue/offerings?q=beoordelen')
      expect(titles(accents.body)).toEqual(['Intervisie voor inspecteurs'])
    }
  })

  it('filters on form, level, kenniskaart, theme, objective, cost and online', async () => {
    const { client } = await ctx.signedIn(['professional'])
    const get = async (query: string) =>
      titles((await client.get(`/api/catalogue/offerings?${query}`)).body)
    expect(await get('form=webinar')).toEqual(['Webinar Wet open overheid'])
    expect(await get('level=gevorderd')).toEqual([
      'Archiefinspecties uitvoeren',
      'Intervisie voor inspecteurs',
    ])
    expect(await get('online=true')).toEqual(['Webinar Wet open overheid'])
    expect(await get('maxCost=200')).toEqual([
      'Intervisie voor inspecteurs',
      'Webinar Wet open overheid',
    ])
    expect(await get(`objective=${AUDITING}`)).toEqual(['Intervisie voor inspecteurs'])
    expect(await get(`theme=${TOEZICHT_THEME}`)).toEqual([
      'Archiefinspecties uitvoeren',
      'Intervisie voor inspecteurs',
    ])
    expect((await get('map=toezicht-en-advies')).length).toBeGreaterThanOrEqual(3)
    expect(await get('map=beginners')).not.toContain('Webinar Wet open overheid')
    expect(await get(`q=inspecties&form=intervision&maxCost=150`)).toEqual([
      'Intervisie voor inspecteurs',
    ])
    const bad = await client.get('/api/catalogue/offerings?form=cursus&maxCost=veel')
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'form',
      'maxCost',
    ])
  })

  it('gives the route suggester the offerings that serve given objectives, within filters', async () => {
    const found = await findOfferingsForObjectives(ctx.db, [INSPECTIES, AUDITING], {})
    const both = found.find((o) => o.title === 'Intervisie voor inspecteurs')
    expect([...both!.servedObjectiveIds].sort()).toEqual([AUDITING, INSPECTIES].sort())
    expect(found.map((o) => o.title)).toContain('Archiefinspecties uitvoeren')
    const cheap = await findOfferingsForObjectives(ctx.db, [INSPECTIES], {
      maxCostCents: 20_000,
      forms: ['intervision', 'coaching'],
    })
    expect(cheap.map((o) => o.title)).toEqual(['Intervisie voor inspecteurs'])
    expect(await findOfferingsForObjectives(ctx.db, [], {})).toEqual([])
  })
})

describe('keeping offerings', () => {
  it('lets a provider add and change its own offerings only', async () => {
    const { client } = await providerClient(academy.id)
    const created = await client.post('/api/catalogue/offerings', {
      ...BODY,
      providerId: academy.id,
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      costCents: 9550,
      studyHours: 4.5,
      canEdit: true,
      stale: false,
      provider: { name: 'Archiefacademie' },
    })
    expect(created.body.objectives[0]).toMatchObject({
      title: 'Archiefvorming; selectie en vernietiging, selectielijsten',
      map: { slug: 'toezicht-en-advies' },
    })
    // Found by search at once: the index is written in the same transaction.
    const search = await client.get('/api/catalogue/offerings?q=selectielijst')
    expect(titles(search.body)).toContain('Selectielijsten toepassen')

    const changed = await client.put(`/api/catalogue/offerings/${created.body.id}`, {
      ...BODY,
      title: 'Selectielijsten toepassen in de praktijk',
      providerId: academy.id,
    })
    expect(changed.status).toBe(200)
    const renamed = await client.get('/api/catalogue/offerings?q=praktijk')
    expect(titles(renamed.body)).toEqual(['Selectielijsten toepassen in de praktijk'])

    // Not for another provider, nor moving one there, nor changing its offerings.
    const forOther = await client.post('/api/catalogue/offerings', {
      ...BODY,
      providerId: other.id,
    })
    expect(forOther.status).toBe(403)
    const moved = await client.put(`/api/catalogue/offerings/${created.body.id}`, {
      ...BODY,
      providerId: other.id,
    })
    expect(moved.status).toBe(403)
    const othersOffering = (await client.get('/api/catalogue/offerings?form=webinar')).body
      .offerings[0]
    const detail = await client.get(`/api/catalogue/offerings/${othersOffering.id}`)
    expect(detail.body.canEdit).toBe(false)
    expect(detail.body.owner).toBeNull()
    for (const path of ['reviewed', 'archive']) {
      const refused = await client.post(`/api/catalogue/offerings/${othersOffering.id}/${path}`)
      expect(refused.status).toBe(403)
    }
    const mine = await client.get('/api/catalogue/manage')
    expect(mine.body.providers.map((p: { name: string }) => p.name)).toEqual(['Archiefacademie'])
    expect(
      mine.body.offerings.every((o: { provider: { id: string } }) => o.provider.id === academy.id),
    ).toBe(true)
    const notMine = await client.get(`/api/catalogue/manage?provider=${other.id}`)
    expect(notMine.status).toBe(403)
  })

  it('lets the programme team keep every offering', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const created = await client.post('/api/catalogue/offerings', {
      ...BODY,
      title: 'Coaching voor adviseurs',
      form: 'coaching',
      providerId: other.id,
    })
    expect(created.status).toBe(201)
    const all = await client.get('/api/catalogue/manage')
    expect(all.body.providers.length).toBeGreaterThanOrEqual(2)
  })

  it('refuses bad input with a named error and saves nothing', async () => {
    const { client } = await providerClient(academy.id)
    const before = (await client.get('/api/catalogue/manage')).body.offerings.length
    const bad = await client.post('/api/catalogue/offerings', {
      ...BODY,
      providerId: academy.id,
      cost: 'gratis',
      studyHours: 'veel',
      form: 'cursus',
      online: false,
      location: '',
      url: 'ftp://voorbeeld.nl',
    })
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'cost', code: 'not_an_amount' },
        { field: 'studyHours', code: 'invalid' },
        { field: 'form', code: 'invalid_choice' },
        { field: 'url', code: 'invalid' },
      ]),
    )
    const noObjectives = await client.post('/api/catalogue/offerings', {
      ...BODY,
      providerId: academy.id,
      objectiveIds: [],
    })
    expect(noObjectives.body.errors).toEqual([{ field: 'objectiveIds', code: 'required' }])
    const unknown = await client.post('/api/catalogue/offerings', {
      ...BODY,
      providerId: academy.id,
      objectiveIds: [INSPECTIES, '0bd1c7d2-6b2e-4f55-8a3c-1b2c3d4e5f60'],
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors).toEqual([{ field: 'objectiveIds.1', code: 'invalid_choice' }])
    expect((await client.get('/api/catalogue/manage')).body.offerings.length).toBe(before)
  })

  it('archives instead of deleting: hidden from search, back on restore', async () => {
    const { client } = await providerClient(academy.id)
    const created = await client.post('/api/catalogue/offerings', {
      ...BODY,
      title: 'Meeloopdag bij een inspecteur',
      form: 'job_shadowing',
      providerId: academy.id,
    })
    const archived = await client.post(`/api/catalogue/offerings/${created.body.id}/archive`)
    expect(archived.body.archived).toBe(true)
    const hidden = await client.get('/api/catalogue/offerings?q=meeloopdag')
    expect(hidden.body.total).toBe(0)
    const asked = await client.get('/api/catalogue/offerings?q=meeloopdag&archived=true')
    expect(asked.body.total).toBe(1)
    expect((await client.get(`/api/catalogue/offerings/${created.body.id}`)).status).toBe(200)
    const restored = await client.post(`/api/catalogue/offerings/${created.body.id}/restore`)
    expect(restored.body.archived).toBe(false)
    expect((await client.get('/api/catalogue/offerings?q=meeloopdag')).body.total).toBe(1)
  })
})

describe('providers', () => {
  it('are added and given accounts by the programme team; a taken short name is refused', async () => {
    const { client } = await ctx.signedIn(['programme'])
    const created = await client.post('/api/catalogue/providers', {
      name: 'Leeskring Archief',
      slug: 'leeskring',
    })
    expect(created.status).toBe(201)
    const again = await client.post('/api/catalogue/providers', { name: 'X', slug: 'leeskring' })
    expect(again.status).toBe(409)
    expect(again.body.errors).toEqual([{ field: 'slug', code: 'taken' }])
    const person = await ctx.user({ roles: ['professional'] })
    const linked = await client.post(`/api/catalogue/providers/${created.body.id}/members`, {
      email: person.email,
    })
    expect(linked.body.members).toEqual([{ name: person.name, email: person.email }])
    const roles = await ctx.db.kysely
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', person.id)
      .execute()
    expect(roles.map((r) => r.role).sort()).toEqual(['professional', 'provider'])
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('subject_user_id', '=', person.id)
      .execute()
    expect(audit).toEqual([{ action: 'roles_changed', actor_user_id: expect.any(String) }])
    const nobody = await client.post(`/api/catalogue/providers/${created.body.id}/members`, {
      email: 'niemand@voorbeeld.nl',
    })
    expect(nobody.body.errors).toEqual([{ field: 'email', code: 'no_account' }])
  })
})
