import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ACTIONS, can, PERMISSIONS } from './permissions.ts'
import { ROLES } from './roles.ts'

describe('permissions', () => {
  it('lets a manager act on their own organisation only', () => {
    const manager = { roles: ['manager'] as const, organisationId: 'eigen' }
    expect(can(manager, 'organisation.invite', 'eigen')).toBe(true)
    expect(can(manager, 'organisation.invite', 'ander')).toBe(false)
    expect(can(manager, 'organisation.invite')).toBe(false)
  })

  it('lets an administrator act on every organisation', () => {
    expect(
      can({ roles: ['admin'], organisationId: null }, 'organisation.members.read', 'elke'),
    ).toBe(true)
  })

  it('denies by default: nobody may do what none of their roles lists', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...ACTIONS),
        fc.option(fc.string(), { nil: null }),
        (roles, action, organisationId) => {
          const listed = roles.some((role) => PERMISSIONS[role].includes(action))
          if (!listed)
            expect(can({ roles, organisationId }, action, organisationId ?? undefined)).toBe(false)
        },
      ),
    )
  })

  it('gives no one without a role anything', () => {
    for (const action of ACTIONS)
      expect(can({ roles: [], organisationId: 'x' }, action, 'x')).toBe(false)
  })
})
