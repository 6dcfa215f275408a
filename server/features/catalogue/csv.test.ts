import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFERING_CSV_COLUMNS } from '../../../domain/catalogue/csv.ts'
import { createTestContext, type TestContext } from '../../../tests/harness.ts'
import { addProviderMember, createOffering, createProvider } from './factories.ts'

const INSPECTIES = 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb'
const RAPPORTEREN = '78e55e64-f644-446d-b397-98d48256bddf'
const UNKNOWN_OBJECTIVE = '0bd1c7d2-6b2e-4f55-8a3c-1b2c3d4e5f60'
const HEADER = OFFERING_CSV_COLUMNS.join(',')

let ctx: TestContext
let academy: Awaited<ReturnType<typeof createProvider>>
let other: Awaited<ReturnType<typeof createProvider>>
let client: Awaited<ReturnType<TestContext['signedIn']>>['client']
let existingId: string
let othersId: string

beforeAll(async () => {
  ctx = await createTestContext()
  academy = await createProvider(ctx.db, { name: 'Archiefacademie', slug: 'archiefacademie' })
  other = await createProvider(ctx.db, { name: 'Hogeschool Zuid', slug: 'hogeschool-zuid' })
  const signedIn = await ctx.signedIn(['provider'])
  client = signedIn.client
  await addProviderMember(ctx.db, academy.id, signedIn.user.id)
  existingId = await createOffering(ctx.db, {
    provider: academy,
    title: 'Rapporteren na een inspectie',
    objectiveIds: [RAPPORTEREN],
    ownerUserId: signedIn.user.id,
  })
  othersId = await createOffering(ctx.db, { provider: other, objectiveIds: [INSPECTIES] })
})
afterAll(() => ctx.close())

const row = (
  cells: Partial<Record<(typeof OFFERING_CSV_COLUMNS)[number], string>>,
  separator = ',',
) =>
  OFFERING_CSV_COLUMNS.map((column) => {
    const defaults: Record<string, string> = {
      aanbieder: 'archiefacademie',
      titel: 'Nieuwe cursus',
      beschrijving: 'Omschrijving',
      vorm: 'formal_course',
      niveau: 'basis',
      studielast_uren: '8',
      kosten: '€ 1.250,00',
      taal: 'nl',
      online: 'nee',
      locatie: 'Utrecht',
      leerdoelen: INSPECTIES,
    }
    const value = cells[column] ?? defaults[column] ?? ''
    return value.includes(separator) || /["\n]/.test(value)
      ? `"${value.replace(/"/g, '""')}"`
      : value
  }).join(separator)

const count = async () =>
  (await ctx.db.kysely.selectFrom('offerings').select('id').execute()).length

describe('bulk update of offerings by CSV', () => {
  it("previews every row's problems by line and column, and saves nothing", async () => {
    const before = await count()
    const csv = [
      HEADER,
      row({ titel: 'Goede regel' }),
      row({ vorm: 'cursus', kosten: 'gratis' }),
      row({ aanbieder: 'onbekend', leerdoelen: `${INSPECTIES};${UNKNOWN_OBJECTIVE}` }),
      row({ aanbieder: 'hogeschool-zuid', online: 'misschien', startmomenten: '31-02-2027' }),
      row({ id: othersId }),
      row({ titel: '', leerdoelen: '' }),
    ].join('\n')
    const preview = await client.post('/api/catalogue/csv/preview', { csv })
    expect(preview.status).toBe(200)
    expect(preview.body.rows.map((r: { problems: unknown[] }) => r.problems.length > 0)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
    ])
    expect(preview.body.problems).toEqual([
      { line: 3, column: 'vorm', code: 'unknown_form' },
      { line: 3, column: 'kosten', code: 'not_an_amount' },
      { line: 4, column: 'aanbieder', code: 'unknown_provider' },
      { line: 4, column: 'leerdoelen', code: 'unknown_objective' },
      { line: 5, column: 'aanbieder', code: 'provider_not_yours' },
      { line: 5, column: 'online', code: 'not_yes_or_no' },
      { line: 5, column: 'startmomenten', code: 'invalid_date' },
      { line: 6, column: 'id', code: 'offering_not_yours' },
      { line: 7, column: 'titel', code: 'required' },
      { line: 7, column: 'leerdoelen', code: 'required' },
    ])
    expect(await count()).toBe(before)

    // Applying the same file: refused as a whole, every problem named, nothing saved.
    const applied = await client.post('/api/catalogue/csv/apply', { csv })
    expect(applied.status).toBe(422)
    expect(applied.body.code).toBe('import_failed')
    expect(applied.body.problems).toContainEqual({ at: 'line 3, kosten', code: 'not_an_amount' })
    expect(applied.body.problems).toHaveLength(10)
    expect(await count()).toBe(before)
  })

  it('names a wrong header and an empty file', async () => {
    const wrong = await client.post('/api/catalogue/csv/preview', { csv: 'titel,prijs\nA,1\n' })
    expect(wrong.body.problems).toEqual([{ line: 1, column: '', code: `header_must_be:${HEADER}` }])
    const empty = await client.post('/api/catalogue/csv/preview', { csv: `${HEADER}\n` })
    expect(empty.body.problems).toEqual([{ line: 2, column: '', code: 'no_rows' }])
  })

  it('adds and changes offerings in one go when every row is right (semicolons too)', async () => {
    const before = await count()
    const own = await client.get('/api/catalogue/csv')
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toContain('text/csv')
    const lines = String(own.body).trim().split(/\r?\n/)
    expect(lines[0]).toBe(HEADER)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(existingId)

    const csv = [
      HEADER.replaceAll(',', ';'),
      row(
        {
          id: existingId,
          titel: 'Rapporteren na een inspectie (vernieuwd)',
          leerdoelen: RAPPORTEREN,
          kosten: '1250,50',
        },
        ';',
      ),
      row(
        {
          titel: 'Leesclub Archiefwet',
          vorm: 'reading',
          kosten: '0',
          online: 'ja',
          locatie: '',
        },
        ';',
      ),
    ].join('\r\n')
    const preview = await client.post('/api/catalogue/csv/preview', { csv })
    expect(preview.body.problems).toEqual([])
    expect(preview.body.rows.map((r: { action: string }) => r.action)).toEqual(['update', 'create'])
    const applied = await client.post('/api/catalogue/csv/apply', { csv })
    expect(applied.status).toBe(200)
    expect(applied.body).toEqual({ created: 1, updated: 1 })
    expect(await count()).toBe(before + 1)
    const changed = await client.get(`/api/catalogue/offerings/${existingId}`)
    expect(changed.body).toMatchObject({
      title: 'Rapporteren na een inspectie (vernieuwd)',
      costCents: 125050,
    })
    const found = await client.get('/api/catalogue/offerings?q=leesclub')
    expect(found.body.offerings[0]).toMatchObject({ form: 'reading', online: true, costCents: 0 })
  })

  it('is refused to people who keep no offerings', async () => {
    const { client: professional } = await ctx.signedIn(['professional'])
    const refused = await professional.post('/api/catalogue/csv/preview', { csv: HEADER })
    expect(refused.status).toBe(403)
  })
})
