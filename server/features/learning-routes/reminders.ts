import { addDays } from '../../../domain/learning-routes/suggest.ts'
import type { Services } from '../../context.ts'
import { activityRemindersMail } from '../../mail/templates.ts'

/** A reminder goes out this many days before an activity's planned start (and on the day). */
export const REMIND_DAYS_BEFORE = 3

/**
 * Mails each person whose planned activities start within the next few days, once per
 * activity and start date (moving the date earns a new reminder). Returns the mails sent.
 */
export async function sendActivityReminders(services: Services, now = new Date()) {
  const { db } = services
  const today = now.toISOString().slice(0, 10)
  const due = await db.kysely
    .selectFrom('route_activities as a')
    .innerJoin('learning_goals as g', 'g.id', 'a.goal_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select([
      'a.id',
      'a.title',
      'a.planned_start',
      'g.title as goal',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.locale',
    ])
    .where('a.status', '=', 'planned')
    .where('a.reminded_at', 'is', null)
    .where('a.planned_start', '>=', today)
    .where('a.planned_start', '<=', addDays(today, REMIND_DAYS_BEFORE))
    .where('g.status', '=', 'active')
    .where('u.disabled_at', 'is', null)
    .orderBy('a.planned_start')
    .execute()
  const byPerson = new Map<string, typeof due>()
  for (const row of due) byPerson.set(row.user_id, [...(byPerson.get(row.user_id) ?? []), row])
  let sent = 0
  for (const rows of byPerson.values()) {
    const person = rows[0]!
    await services.mailer.send(
      activityRemindersMail({
        to: person.email,
        locale: person.locale === 'en' ? 'en' : 'nl',
        name: person.name,
        activities: rows.map((r) => ({ title: r.title, goal: r.goal, start: r.planned_start })),
        link: `${services.config.baseUrl}/leerroute`,
      }),
    )
    await db.kysely
      .updateTable('route_activities')
      .set({ reminded_at: now.toISOString() })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    sent += 1
  }
  return sent
}
