import type { OfferingForm } from '../../../domain/catalogue/model.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'
import { describeObjectives } from '../knowledge-maps/queries.ts'

/**
 * The anonymous training needs of one organisation for budget planning: over the people who
 * shared their leerroute with a manager of that organisation, which themes their active goals
 * are about and which forms of learning they planned (with catalogue prices). Nothing is
 * shown over fewer than `minGroupSize` people; a theme or form chosen by fewer is left out
 * (and counted as hidden), so no figure points at a few people.
 */
export async function trainingNeeds(db: Db, organisationId: string, minGroupSize: number) {
  const managers = db.kysely
    .selectFrom('users as g')
    .innerJoin('user_roles as r', (join) =>
      join.onRef('r.user_id', '=', 'g.id').on('r.role', '=', 'manager'),
    )
    .select('g.id')
    .where('g.organisation_id', '=', organisationId)
    .where('g.organisation_confirmed_at', 'is not', null)
  const people = await db.kysely
    .selectFrom('users as u')
    .select('u.id')
    .distinct()
    .innerJoin('route_shares as sh', 'sh.owner_user_id', 'u.id')
    .where('u.organisation_id', '=', organisationId)
    .where('u.organisation_confirmed_at', 'is not', null)
    .where('sh.revoked_at', 'is', null)
    .where('sh.grantee_role', '=', 'manager')
    .where('sh.grantee_user_id', 'in', managers)
    .execute()
  const empty = {
    minGroupSize,
    people: null,
    activeGoals: null,
    themes: [],
    forms: [],
    hiddenThemes: 0,
    hiddenForms: 0,
  }
  if (people.length < minGroupSize) return empty
  const ids = people.map((p) => p.id)

  const goals = await db.kysely
    .selectFrom('learning_goals')
    .select(['id', 'user_id', 'objective_ids'])
    .where('user_id', 'in', ids)
    .where('status', '=', 'active')
    .execute()
  const objectives = await describeObjectives(
    db,
    goals.flatMap((g) => JSON.parse(g.objective_ids) as string[]),
  )
  const themes = new Map<
    string,
    {
      id: string
      title: string
      map: { slug: string; title: string }
      goals: Set<string>
      people: Set<string>
    }
  >()
  for (const goal of goals) {
    for (const id of JSON.parse(goal.objective_ids) as string[]) {
      const ref = objectives.get(id)
      if (!ref?.themeId || !ref.map) continue
      const theme = themes.get(ref.themeId) ?? {
        id: ref.themeId,
        title: ref.themeTitle ?? '',
        map: ref.map,
        goals: new Set<string>(),
        people: new Set<string>(),
      }
      theme.goals.add(goal.id)
      theme.people.add(goal.user_id)
      themes.set(ref.themeId, theme)
    }
  }

  const activities = await db.kysely
    .selectFrom('route_activities as a')
    .innerJoin('learning_goals as g', 'g.id', 'a.goal_id')
    .leftJoin('offerings as o', 'o.id', 'a.offering_id')
    .select(['a.form', 'a.user_id', 'o.cost_cents'])
    .where('a.user_id', 'in', ids)
    .where('g.status', '=', 'active')
    .where('a.status', 'in', ['planned', 'in_progress'])
    .execute()
  const forms = new Map<string, { activities: number; people: Set<string>; costCents: number }>()
  for (const activity of activities) {
    const form = forms.get(activity.form) ?? {
      activities: 0,
      people: new Set<string>(),
      costCents: 0,
    }
    form.activities += 1
    form.people.add(activity.user_id)
    form.costCents += toNumber(activity.cost_cents)
    forms.set(activity.form, form)
  }

  const shownThemes = [...themes.values()].filter((t) => t.people.size >= minGroupSize)
  const shownForms = [...forms.entries()].filter(([, f]) => f.people.size >= minGroupSize)
  return {
    minGroupSize,
    people: people.length,
    activeGoals: goals.length,
    themes: shownThemes
      .map((t) => ({
        id: t.id,
        title: t.title,
        map: t.map,
        goals: t.goals.size,
        people: t.people.size,
      }))
      .sort((a, b) => b.goals - a.goals || a.title.localeCompare(b.title)),
    forms: shownForms
      .map(([form, f]) => ({
        form: form as OfferingForm,
        activities: f.activities,
        people: f.people.size,
        costCents: f.costCents,
      }))
      .sort((a, b) => b.activities - a.activities),
    hiddenThemes: themes.size - shownThemes.length,
    hiddenForms: forms.size - shownForms.length,
  }
}
