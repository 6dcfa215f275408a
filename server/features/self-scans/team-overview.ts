import { sql } from 'kysely'
import type { MapAudience, MapLevel } from '../../../domain/knowledge-maps/model.ts'
import { scaleFor } from '../../../domain/self-scans/scale.ts'
import type { Db } from '../../db/connection.ts'
import { toNumber } from '../../util.ts'
import { readableTree } from '../knowledge-maps/tree-cache.ts'
import { scalesContent } from './content.ts'

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * The anonymous team overview of one organisation on one map: per theme, the mean and gap
 * over the latest scan each person shared with a manager of that organisation. Nothing is
 * shown over fewer than `minGroupSize` people — not the group, not a single theme. Themes are
 * matched by identity, so scans on older versions of the map count too.
 */
export async function teamOverview(
  db: Db,
  options: { organisationId: string; slug: string | undefined; minGroupSize: number },
) {
  const maps = await db.kysely
    .selectFrom('knowledge_maps')
    .innerJoin('map_versions', 'map_versions.map_id', 'knowledge_maps.id')
    .select([
      'knowledge_maps.id',
      'knowledge_maps.slug',
      'knowledge_maps.title',
      'knowledge_maps.level',
      'knowledge_maps.audience',
    ])
    .where('map_versions.state', '=', 'published')
    .where('knowledge_maps.archived_at', 'is', null)
    .orderBy('knowledge_maps.position')
    .execute()
  const map = maps.find((m) => m.slug === options.slug) ?? maps[0]
  const base = {
    maps: maps.map((m) => ({ slug: m.slug, title: m.title })),
    minGroupSize: options.minGroupSize,
  }
  if (!map) return { ...base, map: null, people: null, target: null, themes: [] }

  // Managers of the organisation now; scans shared with one of them; each person's latest
  // (no later shared scan: an anti-join, which both planners estimate better than a window).
  const org = options.organisationId
  const { rows } = await sql<{
    theme_node_id: string
    people: number | string
    mean: number | string | null
    gap: number | string | null
    developing: number | string
    total: number | string
  }>`
    with managers as materialized (
      select g.id from users g
      join user_roles r on r.user_id = g.id and r.role = 'manager'
      where g.organisation_id = ${org} and g.organisation_confirmed_at is not null
    ),
    shared as materialized (
      select s.id, s.user_id, s.submitted_at from self_scans s
      join self_scan_shares sh on sh.scan_id = s.id
        and sh.revoked_at is null and sh.grantee_role = 'manager'
      join managers m on m.id = sh.grantee_user_id
      join users u on u.id = s.user_id
      where s.map_id = ${map.id} and s.status = 'submitted'
        and u.organisation_id = ${org} and u.organisation_confirmed_at is not null
    ),
    latest as materialized (
      select s.id from shared s where not exists (
        select 1 from shared later
        where later.user_id = s.user_id and later.submitted_at > s.submitted_at
      )
    ),
    everyone as (select count(distinct user_id) as total from shared)
    select ts.theme_node_id,
      count(ts.mean) as people,
      avg(ts.mean) as mean,
      avg(ts.gap) as gap,
      sum(case when ts.develop_count > 0 then 1 else 0 end) as developing,
      everyone.total
    from latest
      join self_scan_theme_scores ts on ts.scan_id = latest.id
      cross join everyone
    group by ts.theme_node_id, everyone.total`.execute(db.kysely)

  const total = rows.length > 0 ? toNumber(rows[0]!.total) : 0
  const tree = await readableTree(db, map.slug)
  // The line drawn is the aim of the stage the map is written for; each person's gap was
  // taken against their own scan's aim (their stage), so the mean gap stays honest.
  const { target } = scaleFor(
    scalesContent(),
    { slug: map.slug, level: map.level as MapLevel, audience: map.audience as MapAudience },
    null,
  )
  const enough = total >= options.minGroupSize
  const byTheme = new Map(rows.map((r) => [r.theme_node_id, r]))
  return {
    ...base,
    map: { slug: map.slug, title: map.title },
    people: enough ? total : null,
    target,
    themes: enough
      ? tree.domains.flatMap((domain) =>
          domain.themes.map((theme) => {
            const row = byTheme.get(theme.id)
            const people = row ? toNumber(row.people) : 0
            const shown = people >= options.minGroupSize
            return {
              id: theme.id,
              title: theme.title,
              domainTitle: domain.title,
              people: shown ? people : null,
              mean: shown && row?.mean != null ? round2(Number(row.mean)) : null,
              gap: shown && row?.gap != null ? round2(Number(row.gap)) : null,
              developing: shown && row ? toNumber(row.developing) : null,
            }
          }),
        )
      : [],
  }
}
