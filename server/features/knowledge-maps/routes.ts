import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import * as api from '../../../domain/api/knowledge-maps.ts'
import { toCasePackage } from '../../../domain/knowledge-maps/case-export.ts'
import { compareTrees } from '../../../domain/knowledge-maps/compare.ts'
import { formatMapContent } from '../../../domain/knowledge-maps/content-export.ts'
import { toCsv } from '../../../domain/knowledge-maps/csv.ts'
import type { MapContent } from '../../../domain/knowledge-maps/model.ts'
import type { MapTree } from '../../../domain/knowledge-maps/tree.ts'
import { can } from '../../../domain/permissions.ts'
import { authorise } from '../../auth/middleware.ts'
import type { AppEnv } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { tellRoundsClosed } from '../reviews/mails.ts'
import { archiveMap, restoreMap } from './archive.ts'
import {
  addCrosswalk,
  addNode,
  createDraft,
  findDraft,
  removeCrosswalk,
  removeNode,
  updateNode,
} from './draft.ts'
import { mapContentOf } from './export-content.ts'
import { importMap, replaceDraftFromCsv } from './import-map.ts'
import { publishDraft, publishPreview } from './publish.ts'
import { findMap, hasDraft, listMaps, loadTree, versionsOf } from './queries.ts'
import { searchObjectives } from './search.ts'
import { readableTree, treeJson } from './tree-cache.ts'

async function draftTree(db: Db, slug: string) {
  const { map, draft, versions } = await findDraft(db, slug, 'read')
  return loadTree(db, map, draft, versions)
}

/**
 * A cached tree, already serialised from the same object `c.json` would send. The cast tells
 * the typed router what the text holds (the contract's mapTreeSchema).
 */
function jsonText(c: Context, json: string) {
  return c.body(json, 200, { 'content-type': 'application/json' }) as never
}

/** `concept`, or `v2`: how a download's file name says which version it holds. */
const versionLabel = (tree: MapTree) =>
  tree.version.number === null ? 'concept' : `v${tree.version.number}`

/** Saved as a file, named after the map and the version (`kenniskaart-<slug>-v2.csv`). */
const attachment = (slug: string, label: string, extension: 'csv' | 'json') => ({
  'content-disposition': `attachment; filename="kenniskaart-${slug}-${label}.${extension}"`,
})

/** A content file, saved under the name it has in `content/kenniskaarten/`. */
function contentResponse(content: MapContent) {
  return new Response(formatMapContent(content), {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${content.slug}.json"`,
      'cache-control': 'no-store',
    },
  }) as never
}

function csvResponse(slug: string, label: string, csv: string) {
  return new Response(`\uFEFF${csv}`, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment(slug, label, 'csv'),
      'cache-control': 'no-store',
    },
  })
}

export function registerKnowledgeMapRoutes(app: OpenAPIHono<AppEnv>) {
  // Registered before `/{slug}` routes so "import" is never read as a slug.
  app.openapi(api.importKnowledgeMap, async (c) => {
    const user = authorise(c, 'maps.edit')
    const input = c.req.valid('json')
    const { db } = c.var.services
    await importMap({ db, userId: user.id, input })
    return c.json(await draftTree(db, input.slug), 201)
  })

  app.openapi(api.listKnowledgeMaps, async (c) => {
    const { audience, state } = c.req.valid('query')
    // Archived maps leave the overview; they are listed only when asked for by state.
    const maps = (await listMaps(c.var.services.db)).filter(
      (map) =>
        (!audience || map.audience === audience) &&
        (state ? map.state === state : map.state !== 'archived'),
    )
    return c.json({ maps }, 200)
  })

  app.openapi(api.searchObjectives, async (c) => {
    const { q } = c.req.valid('query')
    return c.json(await searchObjectives(c.var.services.db, q), 200)
  })

  app.openapi(api.getKnowledgeMap, async (c) => {
    const { slug } = c.req.valid('param')
    const { db } = c.var.services
    const tree = await readableTree(db, slug)
    const user = c.var.user
    if (user === null || !can(user, 'maps.edit')) return jsonText(c, treeJson(tree))
    const draft = await hasDraft(db, (await findMap(db, slug)).id)
    return c.json({ ...tree, map: { ...tree.map, hasDraft: draft } }, 200)
  })

  app.openapi(api.archiveKnowledgeMap, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    await archiveMap({ db: c.var.services.db, slug, userId: user.id })
    return c.json(await readableTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.restoreKnowledgeMap, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    await restoreMap({ db: c.var.services.db, slug, userId: user.id })
    return c.json(await readableTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.listMapVersions, async (c) => {
    const { slug } = c.req.valid('param')
    const { db } = c.var.services
    const user = c.var.user
    const editor = user !== null && can(user, 'maps.edit')
    const versions = (await versionsOf(db, (await findMap(db, slug)).id))
      .filter(
        (v) => editor || v.state === 'published' || v.state === 'superseded' || v.number === null,
      )
      .map((v) => ({
        id: v.id,
        number: v.number,
        state: v.state,
        publishedAt: v.published_at,
        changeNote: v.change_note,
        createdAt: v.created_at,
      }))
    return c.json({ versions }, 200)
  })

  app.openapi(api.getMapVersion, async (c) => {
    const { slug, number } = c.req.valid('param')
    const json = treeJson(await readableTree(c.var.services.db, slug, number))
    return jsonText(c, json)
  })

  app.openapi(api.getMapCase, async (c) => {
    const { slug } = c.req.valid('param')
    const tree = await readableTree(c.var.services.db, slug)
    const pkg = await toCasePackage(tree, c.var.services.config.baseUrl)
    return c.json(pkg, 200, attachment(slug, versionLabel(tree), 'json'))
  })

  app.openapi(api.getMapVersionCase, async (c) => {
    const { slug, number } = c.req.valid('param')
    const tree = await readableTree(c.var.services.db, slug, number)
    const pkg = await toCasePackage(tree, c.var.services.config.baseUrl)
    return c.json(pkg, 200, attachment(slug, versionLabel(tree), 'json'))
  })

  app.openapi(api.compareMapVersions, async (c) => {
    const { slug } = c.req.valid('param')
    const { from, to } = c.req.valid('query')
    const { db } = c.var.services
    if (from === 'draft' || to === 'draft') authorise(c, 'maps.edit')
    const load = (ref: number | 'draft') =>
      ref === 'draft' ? draftTree(db, slug) : readableTree(db, slug, ref)
    const [before, after] = await Promise.all([load(from), load(to)])
    return c.json({ changes: compareTrees(before.domains, after.domains) }, 200)
  })

  app.openapi(api.createDraft, async (c) => {
    const user = authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    await createDraft({ db: c.var.services.db, slug, userId: user.id })
    return c.json(await draftTree(c.var.services.db, slug), 201)
  })

  app.openapi(api.getDraft, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    return c.json(await draftTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.addDraftNode, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    await addNode({ db: c.var.services.db, slug, input: c.req.valid('json') })
    return c.json(await draftTree(c.var.services.db, slug), 201)
  })

  app.openapi(api.updateDraftNode, async (c) => {
    authorise(c, 'maps.edit')
    const { slug, nodeId } = c.req.valid('param')
    await updateNode({ db: c.var.services.db, slug, nodeId, input: c.req.valid('json') })
    return c.json(await draftTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.removeDraftNode, async (c) => {
    authorise(c, 'maps.edit')
    const { slug, nodeId } = c.req.valid('param')
    await removeNode({ db: c.var.services.db, slug, nodeId })
    return c.json(await draftTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.publishDraft, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    const { changeNote } = c.req.valid('json')
    const { number, closedRounds } = await publishDraft({ db: c.var.services.db, slug, changeNote })
    await tellRoundsClosed(c.var.services, closedRounds)
    return c.json(await readableTree(c.var.services.db, slug, number), 200)
  })

  app.openapi(api.getPublishPreview, async (c) => {
    authorise(c, 'maps.edit')
    return c.json(await publishPreview(c.var.services.db, c.req.valid('param').slug), 200)
  })

  app.openapi(api.getMapCsv, async (c) => {
    const { slug } = c.req.valid('param')
    const tree = await readableTree(c.var.services.db, slug)
    return csvResponse(slug, versionLabel(tree), toCsv(tree.domains))
  })

  app.openapi(api.getMapVersionCsv, async (c) => {
    const { slug, number } = c.req.valid('param')
    const tree = await readableTree(c.var.services.db, slug, number)
    return csvResponse(slug, versionLabel(tree), toCsv(tree.domains))
  })

  app.openapi(api.getDraftCsv, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    return csvResponse(slug, 'concept', toCsv((await draftTree(c.var.services.db, slug)).domains))
  })

  app.openapi(api.replaceDraftCsv, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    await replaceDraftFromCsv({ db: c.var.services.db, slug, csv: c.req.valid('json').csv })
    return c.json(await draftTree(c.var.services.db, slug), 200)
  })

  app.openapi(api.getMapVersionContent, async (c) => {
    const { slug, number } = c.req.valid('param')
    return contentResponse(await mapContentOf(c.var.services.db, slug, { number }))
  })

  app.openapi(api.getDraftContent, async (c) => {
    authorise(c, 'maps.edit')
    const { slug } = c.req.valid('param')
    return contentResponse(await mapContentOf(c.var.services.db, slug, 'draft'))
  })

  app.openapi(api.addCrosswalk, async (c) => {
    authorise(c, 'maps.edit')
    const { slug, nodeId } = c.req.valid('param')
    await addCrosswalk({ db: c.var.services.db, slug, nodeId, input: c.req.valid('json') })
    return c.json(await draftTree(c.var.services.db, slug), 201)
  })

  app.openapi(api.removeCrosswalk, async (c) => {
    authorise(c, 'maps.edit')
    const { slug, crosswalkId } = c.req.valid('param')
    await removeCrosswalk({ db: c.var.services.db, slug, crosswalkId })
    return c.json(await draftTree(c.var.services.db, slug), 200)
  })
}
