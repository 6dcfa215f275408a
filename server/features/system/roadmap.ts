import type { Roadmap } from '../../../domain/api/system.ts'
import {
  BUILT_PARTS,
  ORGANISATION_ROUTE,
  PROFESSIONAL_ROUTE,
  type RoadmapStepDefinition,
} from '../../../domain/roadmap.ts'
import type { Role } from '../../../domain/roles.ts'
import type { Db } from '../../db/connection.ts'

function present(
  route: Roadmap['route'],
  steps: readonly RoadmapStepDefinition[],
  doneParts: ReadonlySet<string>,
): Roadmap {
  // A built part the person has done is `done`; the first built part not done yet is where
  // they stand; a part not built yet is plainly not available.
  let currentGiven = false
  return {
    route,
    steps: steps.map((step) => {
      const href = BUILT_PARTS[step.part] ?? null
      let status: Roadmap['steps'][number]['status'] = 'not_available'
      if (href) {
        if (doneParts.has(step.part)) status = 'done'
        else {
          status = currentGiven ? 'todo' : 'current'
          currentGiven = true
        }
      }
      return { number: step.number, key: step.key, part: step.part, href, status }
    }),
  }
}

/**
 * The parts of the professional route a person has done: a submitted zelfscan, a learning
 * goal, an activity on the leerroute. Each part that is built adds its own check here.
 */
async function doneParts(db: Db, userId: string): Promise<Set<string>> {
  const [scan, goal, activity] = await Promise.all([
    db.kysely
      .selectFrom('self_scans')
      .select('id')
      .where('user_id', '=', userId)
      .where('status', '=', 'submitted')
      .executeTakeFirst(),
    db.kysely
      .selectFrom('learning_goals')
      .select('id')
      .where('user_id', '=', userId)
      .where('status', '!=', 'dropped')
      .executeTakeFirst(),
    db.kysely
      .selectFrom('route_activities')
      .select('id')
      .where('user_id', '=', userId)
      .where('status', '!=', 'cancelled')
      .executeTakeFirst(),
  ])
  const done = new Set<string>()
  if (scan) done.add('SelfScan')
  if (goal) done.add('LearningGoal')
  if (activity) done.add('LearningRoute')
  return done
}

/**
 * The routes a person walks, with where they stand: the professional route for everyone who
 * learns (every role but a pure admin or provider), and the organisation's route for managers.
 */
export async function roadmapsFor(
  db: Db,
  user: { id: string; roles: readonly Role[] },
): Promise<Roadmap[]> {
  const routes: Roadmap[] = []
  const learns = user.roles.some(
    (role) => role === 'professional' || role === 'reviewer' || role === 'coach',
  )
  if (learns || user.roles.length === 0)
    routes.push(present('professional', PROFESSIONAL_ROUTE, await doneParts(db, user.id)))
  if (user.roles.includes('manager'))
    routes.push(present('organisation', ORGANISATION_ROUTE, new Set()))
  return routes
}
