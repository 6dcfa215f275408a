import { addDays } from '../../../domain/learning-routes/suggest.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'
import { readableTree } from '../knowledge-maps/tree-cache.ts'

/**
 * Demo leerdoelen and leerroutes, labelled like all demo data (only demo accounts): the demo
 * professional and the five demo colleagues each have goals on Toezicht en Advies with
 * planned activities — from the demo catalogue where an offering serves the goal, else their
 * own — and share their route with the demo manager, whose training-needs overview then has
 * the people it needs. Dates are relative to the day of seeding. Runs once per database.
 */
export async function seedDemoLearningRoutes(db: Db): Promise<void> {
  const people = await db.kysely
    .selectFrom('users')
    .select(['id', 'email'])
    .where('is_demo', '=', 1)
    .where((eb) =>
      eb.or([
        eb('email', '=', 'professional@demo.routekaart.nl'),
        eb('email', 'like', 'collega%@demo.routekaart.nl'),
      ]),
    )
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

  const tree = await readableTree(db, 'toezicht-en-advies')
  const themes = tree.domains.flatMap((d) => d.themes)
  const today = now().slice(0, 10)
  const goals = [
    {
      title: 'Ik kan een inspectie bij een gemeente zelfstandig voorbereiden en uitvoeren',
      why: 'Mijn functie verschuift naar toezicht op de informatiehuishouding van gemeenten.',
      measure:
        'Ik heb twee inspecties voorbereid en uitgevoerd, en mijn collega-inspecteur keurt mijn verslag goed.',
    },
    {
      title: 'Ik kan bestuurders helder adviseren over de Archiefwet',
      why: 'Bestuurders vragen vaker om advies over wat de nieuwe wet van hen vraagt.',
      measure: 'Ik geef een adviesgesprek met een gemeentesecretaris en krijg positieve feedback.',
    },
  ]
  for (const [n, person] of people.entries()) {
    // Each goal on the theme it speaks of: inspections under toezicht, advice under advisering.
    const theme = themes.find((t) => /toezicht/i.test(t.title)) ?? themes[0]!
    const second = themes.find((t) => /advis/i.test(t.title)) ?? themes[themes.length - 1]!
    for (const [g, text] of goals.entries()) {
      const pool = (g === 0 ? theme : second).objectives
      const objectives = [pool[n % pool.length]!, pool[(n + 1) % pool.length]!].map((o) => o.id)
      const goalId = newId()
      const at = now()
      await db.kysely
        .insertInto('learning_goals')
        .values({
          id: goalId,
          user_id: person.id,
          ...text,
          deadline: addDays(today, 180 + 30 * g),
          objective_ids: JSON.stringify(objectives),
          source_scan_id: null,
          status: 'active',
          created_at: at,
          updated_at: at,
          closed_at: null,
        })
        .execute()
      await db.kysely
        .insertInto('learning_goal_events')
        .values({
          id: newId(),
          goal_id: goalId,
          user_id: person.id,
          kind: 'created',
          before: null,
          at,
        })
        .execute()
      const offering = await db.kysely
        .selectFrom('offerings')
        .innerJoin('offering_objectives', 'offering_objectives.offering_id', 'offerings.id')
        .select(['offerings.id', 'offerings.title', 'offerings.form'])
        .where('offering_objectives.node_id', 'in', objectives)
        .where('offerings.archived_at', 'is', null)
        .orderBy('offerings.title')
        .executeTakeFirst()
      const activities = [
        offering
          ? { offering_id: offering.id, title: offering.title, form: offering.form }
          : {
              offering_id: null,
              title: 'Meelopen met een ervaren inspecteur',
              form: 'job_shadowing',
            },
        { offering_id: null, title: 'Intervisie met collega’s uit de regio', form: 'intervision' },
      ]
      for (const [a, activity] of activities.entries()) {
        await db.kysely
          .insertInto('route_activities')
          .values({
            id: newId(),
            goal_id: goalId,
            user_id: person.id,
            ...activity,
            note: '',
            planned_start: addDays(today, 14 + 30 * a + 7 * g),
            planned_end: null,
            status: 'planned',
            reminded_at: null,
            created_at: at,
            updated_at: at,
            completed_at: null,
          })
          .execute()
      }
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
