import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../../../domain/api/system.ts'
import { routeProgress } from './progress.ts'

type Status = Roadmap['steps'][number]['status']

function steps(...statuses: Status[]): Roadmap['steps'] {
  return statuses.map((status, index) => ({
    number: index + 1,
    key: `step-${index + 1}`,
    part: 'Module',
    href: null,
    status,
  }))
}

describe('routeProgress', () => {
  it('names the current step', () => {
    expect(routeProgress(steps('done', 'current', 'todo'))).toEqual({
      kind: 'current',
      step: 2,
      done: 1,
      total: 3,
    })
  })

  it('says so when every step is done', () => {
    expect(routeProgress(steps('done', 'done'))).toEqual({ kind: 'finished', total: 2 })
  })

  it('does not invent progress while no part is open yet', () => {
    expect(routeProgress(steps('not_available', 'not_available'))).toEqual({
      kind: 'not-open',
      total: 2,
    })
  })

  it('counts finished steps when there is no current one', () => {
    expect(routeProgress(steps('done', 'todo', 'not_available'))).toEqual({
      kind: 'partial',
      done: 1,
      total: 3,
    })
  })
})
