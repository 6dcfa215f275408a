import type { LearningGoal, RouteActivity } from '../../../domain/api/learning-routes.ts'
import type { OfferingForm } from '../../../domain/catalogue/model.ts'
import type { GoalInput, GoalStatus } from '../../../domain/learning-routes/goals.ts'
import type { FieldError } from '../../../domain/validation.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import type { LearningGoalTable, RouteActivityTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { knownObjectiveIds } from '../catalogue/queries.ts'
import { describeObjectives } from '../knowledge-maps/queries.ts'

export const today = () => new Date().toISOString().slice(0, 10)

/** Objectives must exist in a published kenniskaart; a new or moved deadline not in the past. */
async function checkGoal(
  db: Db,
  input: Omit<GoalInput, 'sourceScanId'>,
  previousDeadline: string | null,
): Promise<void> {
  const errors: FieldError[] = []
  const known = await knownObjectiveIds(db, input.objectiveIds)
  input.objectiveIds.forEach((id, i) => {
    if (!known.has(id)) errors.push({ field: `objectiveIds.${i}`, code: 'invalid' })
  })
  if (input.deadline !== previousDeadline && input.deadline < today())
    errors.push({ field: 'deadline', code: 'in_past' })
  if (errors.length > 0) throw new AppError('validation_failed', errors)
}

const snapshot = (goal: LearningGoalTable) =>
  JSON.stringify({
    title: goal.title,
    why: goal.why,
    measure: goal.measure,
    deadline: goal.deadline,
    objectiveIds: JSON.parse(goal.objective_ids),
  })

async function addEvent(
  db: Db,
  goal: Pick<LearningGoalTable, 'id' | 'user_id'>,
  kind: 'created' | 'edited' | 'completed' | 'dropped' | 'reopened',
  before: string | null = null,
) {
  await db.kysely
    .insertInto('learning_goal_events')
    .values({ id: newId(), goal_id: goal.id, user_id: goal.user_id, kind, before, at: now() })
    .execute()
}

export async function findOwnGoal(db: Db, user: Pick<CurrentUser, 'id'>, goalId: string) {
  const goal = await db.kysely
    .selectFrom('learning_goals')
    .selectAll()
    .where('id', '=', goalId)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  if (!goal) throw new AppError('not_found')
  return goal
}

/** Deletes one's own goal (its events and activities go with it); another's is a 404. */
export async function deleteLearningGoal(db: Db, user: Pick<CurrentUser, 'id'>, goalId: string) {
  const result = await db.kysely
    .deleteFrom('learning_goals')
    .where('id', '=', goalId)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found')
}

export async function createLearningGoal(db: Db, user: CurrentUser, input: GoalInput) {
  await checkGoal(db, input, null)
  if (input.sourceScanId) {
    const scan = await db.kysely
      .selectFrom('self_scans')
      .select('id')
      .where('id', '=', input.sourceScanId)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!scan) throw new AppError('validation_failed', [{ field: 'sourceScanId', code: 'invalid' }])
  }
  const at = now()
  const goal: LearningGoalTable = {
    id: newId(),
    user_id: user.id,
    title: input.title,
    why: input.why,
    measure: input.measure,
    deadline: input.deadline,
    objective_ids: JSON.stringify([...new Set(input.objectiveIds)]),
    source_scan_id: input.sourceScanId,
    status: 'active',
    created_at: at,
    updated_at: at,
    closed_at: null,
  }
  await db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('learning_goals').values(goal).execute()
    await addEvent({ ...db, kysely: trx }, goal, 'created')
  })
  return goal.id
}

export async function updateLearningGoal(
  db: Db,
  user: CurrentUser,
  goalId: string,
  input: Omit<GoalInput, 'sourceScanId'>,
) {
  const goal = await findOwnGoal(db, user, goalId)
  if (goal.status !== 'active') throw new AppError('goal_closed')
  await checkGoal(db, input, goal.deadline)
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('learning_goals')
      .set({
        title: input.title,
        why: input.why,
        measure: input.measure,
        deadline: input.deadline,
        objective_ids: JSON.stringify([...new Set(input.objectiveIds)]),
        updated_at: now(),
      })
      .where('id', '=', goalId)
      .execute()
    await addEvent({ ...db, kysely: trx }, goal, 'edited', snapshot(goal))
  })
}

export async function setLearningGoalStatus(
  db: Db,
  user: CurrentUser,
  goalId: string,
  status: GoalStatus,
) {
  const goal = await findOwnGoal(db, user, goalId)
  if (goal.status === status) return
  const kind = status === 'active' ? 'reopened' : status
  const at = now()
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('learning_goals')
      .set({ status, updated_at: at, closed_at: status === 'active' ? null : at })
      .where('id', '=', goalId)
      .execute()
    await addEvent({ ...db, kysely: trx }, goal, kind)
  })
}

export function presentActivity(
  row: RouteActivityTable & {
    offering_title: string | null
    provider_name: string | null
    offering_url: string | null
  },
): RouteActivity {
  return {
    id: row.id,
    goalId: row.goal_id,
    offering:
      row.offering_id && row.offering_title
        ? {
            id: row.offering_id,
            title: row.offering_title,
            provider: row.provider_name ?? '',
            url: row.offering_url,
          }
        : null,
    title: row.title,
    form: row.form as OfferingForm,
    note: row.note,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    status: row.status,
    completedAt: row.completed_at,
  }
}

export function activityQuery(db: Db) {
  return db.kysely
    .selectFrom('route_activities')
    .leftJoin('offerings', 'offerings.id', 'route_activities.offering_id')
    .leftJoin('providers', 'providers.id', 'offerings.provider_id')
    .selectAll('route_activities')
    .select([
      'offerings.title as offering_title',
      'offerings.url as offering_url',
      'providers.name as provider_name',
    ])
}

/** A person's goals (all, or one), with objectives described, activities and history. */
export async function presentGoals(
  db: Db,
  userId: string,
  filter: { goalId?: string; activeOnly?: boolean } = {},
): Promise<LearningGoal[]> {
  let query = db.kysely.selectFrom('learning_goals').selectAll().where('user_id', '=', userId)
  if (filter.goalId) query = query.where('id', '=', filter.goalId)
  if (filter.activeOnly) query = query.where('status', '=', 'active')
  const goals = await query.orderBy('deadline').orderBy('created_at').execute()
  if (goals.length === 0) return []
  const ids = goals.map((g) => g.id)
  const activities = await activityQuery(db)
    .where('route_activities.goal_id', 'in', ids)
    .orderBy('route_activities.planned_start')
    .orderBy('route_activities.created_at')
    .execute()
  const events = await db.kysely
    .selectFrom('learning_goal_events')
    .selectAll()
    .where('goal_id', 'in', ids)
    .orderBy('at', 'desc')
    .execute()
  const objectiveIds = goals.flatMap((g) => JSON.parse(g.objective_ids) as string[])
  const objectives = await describeObjectives(db, objectiveIds)
  const order = { active: 0, completed: 1, dropped: 2 }
  return goals
    .sort((a, b) => order[a.status] - order[b.status])
    .map((goal) => ({
      id: goal.id,
      title: goal.title,
      why: goal.why,
      measure: goal.measure,
      deadline: goal.deadline,
      status: goal.status,
      objectives: (JSON.parse(goal.objective_ids) as string[]).map((id) => {
        const ref = objectives.get(id)!
        return { id, title: ref.title, themeTitle: ref.themeTitle, map: ref.map }
      }),
      sourceScanId: goal.source_scan_id,
      createdAt: goal.created_at,
      updatedAt: goal.updated_at,
      closedAt: goal.closed_at,
      activities: activities.filter((a) => a.goal_id === goal.id).map(presentActivity),
      history: events
        .filter((e) => e.goal_id === goal.id)
        .map((e) => ({ kind: e.kind, at: e.at, before: e.before ? JSON.parse(e.before) : null })),
    }))
}
