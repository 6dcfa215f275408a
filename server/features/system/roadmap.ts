import type { Roadmap } from '../../../domain/api/system.ts'
import {
  BUILT_PARTS,
  ORGANISATION_ROUTE,
  PROFESSIONAL_ROUTE,
  type RoadmapStepDefinition,
} from '../../../domain/roadmap.ts'
import type { Role } from '../../../domain/roles.ts'

function present(route: Roadmap['route'], steps: readonly RoadmapStepDefinition[]): Roadmap {
  // Progress per step arrives with the parts themselves; until a part is built its step
  // is plainly not available, and the first available step is where the person stands.
  let currentGiven = false
  return {
    route,
    steps: steps.map((step) => {
      const href = BUILT_PARTS[step.part] ?? null
      let status: Roadmap['steps'][number]['status'] = 'not_available'
      if (href) {
        status = currentGiven ? 'todo' : 'current'
        currentGiven = true
      }
      return { number: step.number, key: step.key, part: step.part, href, status }
    }),
  }
}

/**
 * The routes a person walks: the professional route for everyone who learns (every role but
 * a pure admin or provider), and the organisation's route for managers.
 */
export function roadmapsFor(user: { roles: readonly Role[] }): Roadmap[] {
  const routes: Roadmap[] = []
  const learns = user.roles.some(
    (role) => role === 'professional' || role === 'reviewer' || role === 'coach',
  )
  if (learns || user.roles.length === 0) routes.push(present('professional', PROFESSIONAL_ROUTE))
  if (user.roles.includes('manager')) routes.push(present('organisation', ORGANISATION_ROUTE))
  return routes
}
