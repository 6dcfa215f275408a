import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from '../../tests/harness.ts'
import { recordAudit } from '../audit.ts'
import { erasePersonalData, likeContaining } from './erase-personal-data.ts'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestContext()
})
afterAll(() => ctx.close())

describe('erasure and the security log', () => {
  it('escapes LIKE wildcards and its own escape character', () => {
    expect(likeContaining('a_b%c\\d')).toBe('%a\\_b\\%c\\\\d%')
  })

  it.each([
    ['wis_mij@voorbeeld.nl', ['wisXmij@voorbeeld.nl', 'nog.wis_mij@voorbeeld.nl']],
    ['wis%mij@voorbeeld.nl', ['wisXYmij@voorbeeld.nl', 'wis%mij@voorbeeld.nl.evil']],
  ])('blanks details naming %s, and none naming a similar address', async (email, lookalikes) => {
    const user = await ctx.user({ email })
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`
    for (const address of [email, ...lookalikes]) {
      await recordAudit(ctx.db, { action: 'sign_in_failed', ip, detail: { email: address } })
    }
    await erasePersonalData(ctx.db, user.id)

    const details = (
      await ctx.db.kysely.selectFrom('audit_log').select('detail').where('ip', '=', ip).execute()
    ).map((row) => row.detail)
    expect(details.filter((detail) => detail.includes(JSON.stringify(email)))).toEqual([])
    expect(details.filter((detail) => detail === '{}')).toHaveLength(1)
    for (const address of lookalikes) {
      expect(details, address).toContain(JSON.stringify({ email: address }))
    }
  })
})
