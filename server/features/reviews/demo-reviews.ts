import { addDays } from '../../../domain/learning-routes/suggest.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now } from '../../util.ts'
import { forgetTrees } from '../knowledge-maps/tree-cache.ts'

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

/**
 * Demo review rounds, labelled "(demo)": an open round on the concept Digitaal
 * Informatiebeheer with the demo meedenker and a demo colleague invited — their comments partly
 * answered by the demo programme team — and an earlier round on Beginners, closed, so the
 * meedenker's and the programme team's home pages show real work. Dates are relative to the
 * day of seeding; no invitation mail is sent. Runs once per database.
 */
export async function seedDemoReviews(db: Db): Promise<void> {
  const people = await db.kysely
    .selectFrom('users')
    .select(['id', 'email'])
    .where('is_demo', '=', 1)
    .where('email', 'in', [
      'programma@demo.routekaart.nl',
      'meedenker@demo.routekaart.nl',
      'collega1@demo.routekaart.nl',
    ])
    .execute()
  const byEmail = (prefix: string) => people.find((p) => p.email.startsWith(prefix))
  const programme = byEmail('programma@')
  const meedenker = byEmail('meedenker@')
  const colleague = byEmail('collega1@')
  if (!programme || !meedenker || !colleague) return
  const existing = await db.kysely
    .selectFrom('review_rounds')
    .select('id')
    .where('title', 'like', '%(demo)')
    .executeTakeFirst()
  if (existing) return

  const today = now().slice(0, 10)
  const open = await seedRound(db, {
    slug: 'digitaal-informatiebeheer',
    title: 'Tussentijdse review (demo)',
    deadline: addDays(today, 21),
    closedAt: null,
    createdAt: daysAgo(9),
    by: programme.id,
    invited: [meedenker, colleague],
    comments: [
      {
        by: meedenker.id,
        body: 'Noem bij dit leerdoel ook de samenhang met informatiearchitectuur.',
        answer: 'Goed punt, we nemen het mee in de volgende versie.',
      },
      {
        by: meedenker.id,
        body: 'Is dit leerdoel niet te breed voor beginners? Misschien in tweeën splitsen.',
      },
      { by: colleague.id, body: 'Ik mis iets over het beheer van e-mail als archiefbescheiden.' },
    ],
  })
  await seedRound(db, {
    slug: 'beginners',
    title: 'Eerste leesronde (demo)',
    deadline: addDays(today, -30),
    closedAt: daysAgo(29),
    createdAt: daysAgo(60),
    by: programme.id,
    invited: [meedenker],
    comments: [
      {
        by: meedenker.id,
        body: 'Fijn dat de basis zo helder is beschreven. Voeg een voorbeeld toe bij dit leerdoel.',
        answer: 'Dank je, het voorbeeld staat erin.',
      },
    ],
  })
  // The colleague invited to a round is a meedenker too, as an invitation makes one.
  await db.kysely
    .insertInto('user_roles')
    .values({ user_id: colleague.id, role: 'reviewer' })
    .execute()
  if (open) forgetTrees(db)
}

async function seedRound(
  db: Db,
  round: {
    slug: string
    title: string
    deadline: string
    closedAt: string | null
    createdAt: string
    by: string
    invited: { id: string; email: string }[]
    comments: { by: string; body: string; answer?: string }[]
  },
): Promise<string | null> {
  const draft = await db.kysely
    .selectFrom('map_versions as mv')
    .innerJoin('knowledge_maps as km', 'km.id', 'mv.map_id')
    .select(['mv.id', 'mv.map_id'])
    .where('km.slug', '=', round.slug)
    .where('mv.state', 'in', ['draft', 'in_review'])
    .executeTakeFirst()
  if (!draft) return null
  const objectives = await db.kysely
    .selectFrom('map_nodes')
    .select('node_id')
    .where('version_id', '=', draft.id)
    .where('kind', '=', 'objective')
    .orderBy('position')
    .limit(round.comments.length)
    .execute()
  const id = newId()
  await db.kysely
    .insertInto('review_rounds')
    .values({
      id,
      map_id: draft.map_id,
      version_id: draft.id,
      title: round.title,
      deadline: round.deadline,
      closed_at: round.closedAt,
      created_by_user_id: round.by,
      created_at: round.createdAt,
    })
    .execute()
  if (!round.closedAt)
    await db.kysely
      .updateTable('map_versions')
      .set({ state: 'in_review' })
      .where('id', '=', draft.id)
      .execute()
  for (const person of round.invited)
    await db.kysely
      .insertInto('review_participants')
      .values({
        id: newId(),
        round_id: id,
        email: person.email,
        user_id: person.id,
        invited_at: round.createdAt,
      })
      .execute()
  for (const [i, comment] of round.comments.entries())
    await db.kysely
      .insertInto('review_comments')
      .values({
        id: newId(),
        round_id: id,
        author_user_id: comment.by,
        node_id: objectives[i]?.node_id ?? null,
        kind: 'comment',
        body: comment.body,
        proposed_title: null,
        status: comment.answer ? 'accepted' : 'open',
        response: comment.answer ?? null,
        responded_by_user_id: comment.answer ? round.by : null,
        responded_at: comment.answer ? round.createdAt : null,
        created_at: round.createdAt,
      })
      .execute()
  return id
}
