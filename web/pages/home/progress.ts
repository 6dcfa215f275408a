import type { Roadmap } from '../../../domain/api/system.ts'

/** Where a person stands on one route, in the terms the home page speaks. */
export type Progress =
  | { kind: 'current'; step: number; done: number; total: number }
  | { kind: 'finished'; total: number }
  | { kind: 'not-open'; total: number }
  | { kind: 'partial'; done: number; total: number }

/**
 * Summarises a route: the step the person is on, or that everything is done, or that the
 * parts are not open yet (so the page does not pretend there is progress to make).
 *
 * @example routeProgress(steps) // { kind: 'current', step: 2, done: 1, total: 7 }
 */
export function routeProgress(steps: Roadmap['steps']): Progress {
  const total = steps.length
  const done = steps.filter((step) => step.status === 'done').length
  const current = steps.find((step) => step.status === 'current')
  if (current) return { kind: 'current', step: current.number, done, total }
  if (total > 0 && done === total) return { kind: 'finished', total }
  if (steps.every((step) => step.status === 'not_available' || step.status === 'done')) {
    if (done === 0) return { kind: 'not-open', total }
  }
  return { kind: 'partial', done, total }
}
