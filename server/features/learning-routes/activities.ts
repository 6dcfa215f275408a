import type { ActivityInput, ActivityStatus } from '../../../domain/learning-routes/goals.ts'
import type { FieldError } from '../../../domain/validation.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { AppError } from '../../errors.ts'
import { newId, now } from '../../util.ts'
import { activityQuery, findOwnGoal, presentActivity, today } from './goals.ts'

/**
 * Activities of the leerroute: a catalogue offering (its title and form copied, so the route
 * still reads if the offering is archived) or one's own informal activity, planned from today.
 */
export async function addRouteActivity(
  db: Db,
  user: CurrentUser,
  goalId: string,
  input: ActivityInput,
) {
  const goal = await findOwnGoal(db, user, goalId)
  if (goal.status !== 'active') throw new AppError('goal_closed')
  const errors: FieldError[] = []
  if (input.plannedStart < today()) errors.push({ field: 'plannedStart', code: 'in_past' })
  let title = input.title
  let form = input.form
  if (input.offeringId) {
    const offering = await db.kysely
      .selectFrom('offerings')
      .select(['title', 'form'])
      .where('id', '=', input.offeringId)
      .where('archived_at', 'is', null)
      .executeTakeFirst()
    if (!offering) errors.push({ field: 'offeringId', code: 'invalid' })
    else {
      title = title || offering.title
      form = (form ?? offering.form) as typeof form
    }
  }
  if (errors.length > 0) throw new AppError('validation_failed', errors)
  const at = now()
  const id = newId()
  await db.kysely
    .insertInto('route_activities')
    .values({
      id,
      goal_id: goal.id,
      user_id: user.id,
      offering_id: input.offeringId,
      title,
      form: form!,
      note: input.note,
      planned_start: input.plannedStart,
      planned_end: input.plannedEnd,
      status: 'planned',
      reminded_at: null,
      created_at: at,
      updated_at: at,
      completed_at: null,
    })
    .execute()
  return findActivity(db, user, id)
}

export async function findActivity(db: Db, user: Pick<CurrentUser, 'id'>, activityId: string) {
  const row = await activityQuery(db)
    .where('route_activities.id', '=', activityId)
    .where('route_activities.user_id', '=', user.id)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found')
  return presentActivity(row)
}

export async function updateRouteActivity(
  db: Db,
  user: CurrentUser,
  activityId: string,
  input: { status: ActivityStatus; note: string; plannedStart: string; plannedEnd: string | null },
) {
  const activity = await findActivity(db, user, activityId)
  // A date already passed may stay as it is; moving it, it must be today or later.
  if (input.plannedStart !== activity.plannedStart && input.plannedStart < today())
    throw new AppError('validation_failed', [{ field: 'plannedStart', code: 'in_past' }])
  const at = now()
  await db.kysely
    .updateTable('route_activities')
    .set({
      status: input.status,
      note: input.note,
      planned_start: input.plannedStart,
      planned_end: input.plannedEnd,
      updated_at: at,
      completed_at: input.status === 'done' ? (activity.completedAt ?? at) : null,
      // A new start date deserves a new reminder.
      ...(input.plannedStart !== activity.plannedStart ? { reminded_at: null } : {}),
    })
    .where('id', '=', activityId)
    .execute()
  return findActivity(db, user, activityId)
}

/** Deletes one's own activity from the route; another's is a 404. */
export async function deleteRouteActivity(
  db: Db,
  user: Pick<CurrentUser, 'id'>,
  activityId: string,
) {
  const result = await db.kysely
    .deleteFrom('route_activities')
    .where('id', '=', activityId)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found')
}
