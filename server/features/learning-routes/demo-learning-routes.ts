import { addDays } from '../../../domain/learning-routes/suggest.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'
import { readableTree } from '../knowledge-maps/tree-cache.ts'
import { DEMO_GOALS, DEMO_PLANS, type DemoActivity, type DemoGoalPlan } from './demo-plans.ts'

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

/**
 * Demo leerdoelen and leerroutes, labelled like all demo data (only demo accounts): the demo
 * professional and the five demo colleagues each have their own goals on Toezicht en Advies
 * (DEMO_PLANS: one to three goals, reached and dropped ones, activities planned, under way,
 * done or cancelled — from the demo catalogue where an offering serves the goal, else their
 * own) and share their route with the demo manager, whose training-needs overview then has
 * the people it needs. Dates are relative to the day of seeding. Runs once per database.
 */
export async function seedDemoLearningRoutes(db: Db): Promise<void> {
  const people = await db.kysely
    .selectFrom('users')
    .select(['id', 'email'])
    .where('is_demo', '=', 1)
    .where('email', 'in', Object.keys(DEMO_PLANS))
    .orderBy('email')
    .execute()
  const manager = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'leidinggevende@demo.routekaart.nl')
    .executeTakeFirst()
  if (people.length === 0 || !manager) return
  const existing = await db.kysely
    .selectFrom('learning_goals')
    .select('id')
    .where(
      'user_id',
      'in',
      people.map((p) => p.id),
    )
    .executeTakeFirst()
  if (existing) return

  const themes = (await readableTree(db, 'toezicht-en-advies')).domains.flatMap((d) => d.themes)
  for (const [n, person] of people.entries()) {
    for (const plan of DEMO_PLANS[person.email] ?? []) {
      const pool = (themes.find((t) => DEMO_GOALS[plan.goal].theme.test(t.title)) ?? themes[0]!)
        .objectives
      // Each person picks other objectives of the theme, as people do.
      const objectives = [...new Set([pool[n % pool.length]!, pool[(n + 1) % pool.length]!])]
      await seedGoal(
        db,
        person.id,
        plan,
        objectives.map((o) => o.id),
      )
    }
    await db.kysely
      .insertInto('route_shares')
      .values({
        id: newId(),
        owner_user_id: person.id,
        grantee_user_id: manager.id,
        grantee_role: 'manager',
        created_at: now(),
        revoked_at: null,
      })
      .execute()
  }
}

async function seedGoal(db: Db, userId: string, plan: DemoGoalPlan, objectiveIds: string[]) {
  const { theme: _, ...text } = DEMO_GOALS[plan.goal]
  const goalId = newId()
  const created = daysAgo(plan.createdDaysAgo)
  const closed = plan.closedDaysAgo === undefined ? null : daysAgo(plan.closedDaysAgo)
  const today = now().slice(0, 10)
  await db.kysely
    .insertInto('learning_goals')
    .values({
      id: goalId,
      user_id: userId,
      ...text,
      deadline: addDays(today, plan.deadline),
      objective_ids: JSON.stringify(objectiveIds),
      source_scan_id: null,
      status: plan.status,
      created_at: created,
      updated_at: closed ?? created,
      closed_at: closed,
    })
    .execute()
  const events: { kind: 'created' | 'completed' | 'dropped'; at: string }[] = [
    { kind: 'created', at: created },
  ]
  if (closed && plan.status !== 'active') events.push({ kind: plan.status, at: closed })
  for (const event of events)
    await db.kysely
      .insertInto('learning_goal_events')
      .values({ id: newId(), goal_id: goalId, user_id: userId, before: null, ...event })
      .execute()

  const offering = await db.kysely
    .selectFrom('offerings')
    .innerJoin('offering_objectives', 'offering_objectives.offering_id', 'offerings.id')
    .select(['offerings.id', 'offerings.title', 'offerings.form'])
    .where('offering_objectives.node_id', 'in', objectiveIds)
    .where('offerings.archived_at', 'is', null)
    .orderBy('offerings.title')
    .executeTakeFirst()
  for (const activity of plan.activities)
    await seedActivity(db, { userId, goalId, created, activity, offering })
}

async function seedActivity(
  db: Db,
  options: {
    userId: string
    goalId: string
    created: string
    activity: DemoActivity
    offering: { id: string; title: string; form: string } | undefined
  },
) {
  const { userId, goalId, created, activity, offering } = options
  const start = addDays(now().slice(0, 10), activity.start)
  const fromCatalogue = activity.catalogue && offering
  await db.kysely
    .insertInto('route_activities')
    .values({
      id: newId(),
      goal_id: goalId,
      user_id: userId,
      offering_id: fromCatalogue ? offering.id : null,
      title: fromCatalogue ? offering.title : activity.title,
      form: fromCatalogue ? offering.form : activity.form,
      note: '',
      planned_start: start,
      planned_end: null,
      status: activity.status,
      reminded_at: null,
      created_at: created,
      updated_at: created,
      completed_at: activity.status === 'done' ? `${start}T16:00:00.000Z` : null,
    })
    .execute()
}
