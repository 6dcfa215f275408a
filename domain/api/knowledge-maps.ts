import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { cfPackageSchema } from '../knowledge-maps/case.ts'
import {
  MAP_AUDIENCES,
  MAP_LEVELS,
  MAP_STATES,
  mapContentSchema,
  VERSION_STATES,
} from '../knowledge-maps/model.ts'
import {
  addNodeInput,
  compareQuery,
  importMapInput,
  mapListQuery,
  nodeParam,
  publishInput,
  replaceDraftCsvInput,
  searchQuery,
  slugParam,
  updateNodeInput,
  versionParam,
} from '../schemas/knowledge-maps.ts'
import { CROSSWALK_FRAMEWORKS, crosswalkInput } from '../schemas/reviews.ts'
import { authErrors, jsonBody, jsonResponse, problemResponse, validationErrors } from './common.ts'

const crosswalk = z.object({
  id: z.string(),
  framework: z.enum(CROSSWALK_FRAMEWORKS),
  uri: z.string(),
  label: z.string(),
  relation: z.enum(['exactMatchOf', 'isRelatedTo']),
})
const objective = z.object({
  id: z.string(),
  title: z.string(),
  crosswalks: z.array(crosswalk).optional(),
})
const theme = z.object({ id: z.string(), title: z.string(), objectives: z.array(objective) })
const domain = z.object({ id: z.string(), title: z.string(), themes: z.array(theme) })

export const mapTreeSchema = z.object({
  map: z.object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    audience: z.enum(MAP_AUDIENCES),
    level: z.enum(MAP_LEVELS),
    state: z.enum(MAP_STATES),
    archivedAt: z.string().nullable(),
    /** Only for the programme team: whether the map has a draft (in review or not). */
    hasDraft: z.boolean().optional(),
  }),
  version: z.object({
    id: z.string(),
    number: z.number().int().nullable(),
    state: z.enum(VERSION_STATES),
    publishedAt: z.string().nullable(),
    documentId: z.string(),
    updatedAt: z.string(),
  }),
  domains: z.array(domain),
})

export const mapSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.enum(MAP_AUDIENCES),
  level: z.enum(MAP_LEVELS),
  state: z.enum(MAP_STATES),
  archivedAt: z.string().nullable(),
  currentVersion: z
    .object({
      number: z.number().int().nullable(),
      state: z.enum(VERSION_STATES),
      publishedAt: z.string().nullable(),
    })
    .nullable(),
  objectiveCount: z.number().int(),
})
export type MapSummary = z.infer<typeof mapSummarySchema>

const tags = ['knowledge-maps']
const notFound = { 404: problemResponse('No such kenniskaart or version') }

export const listKnowledgeMaps = createRoute({
  method: 'get',
  path: '/api/knowledge-maps',
  tags,
  summary: 'All kenniskaarten with audience, level and state',
  request: { query: mapListQuery },
  responses: {
    200: jsonResponse(z.object({ maps: z.array(mapSummarySchema) }), 'Maps'),
    ...validationErrors,
  },
})

export const searchObjectives = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/search',
  tags,
  summary: 'Search the objectives of every published kenniskaart',
  request: { query: searchQuery },
  responses: {
    200: jsonResponse(
      z.object({
        results: z.array(
          z.object({
            map: z.object({ slug: z.string(), title: z.string() }),
            domain: z.string(),
            theme: z.string(),
            objective: objective,
          }),
        ),
        /** How many objectives match; more than `results` holds when `truncated`. */
        total: z.number().int(),
        truncated: z.boolean(),
      }),
      'Matching objectives (at most 100, in reading order)',
    ),
    ...validationErrors,
  },
})

export const getKnowledgeMap = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}',
  tags,
  summary: 'The published version of a map as a tree (a never-published map: its concept)',
  request: { params: slugParam },
  responses: { 200: jsonResponse(mapTreeSchema, 'The tree'), ...notFound, ...validationErrors },
})

export const versionSummarySchema = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  state: z.enum(VERSION_STATES),
  publishedAt: z.string().nullable(),
  changeNote: z.string().nullable(),
  createdAt: z.string(),
})

export const listMapVersions = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/versions',
  tags,
  summary: 'Versions of a map (drafts only for the programme team)',
  request: { params: slugParam },
  responses: {
    200: jsonResponse(z.object({ versions: z.array(versionSummarySchema) }), 'Versions'),
    ...notFound,
  },
})

export const getMapVersion = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/versions/{number}',
  tags,
  summary: 'An earlier (or the current) published version by number',
  request: { params: versionParam },
  responses: { 200: jsonResponse(mapTreeSchema, 'The tree'), ...notFound, ...validationErrors },
})

export const getMapCase = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/case',
  tags,
  summary: 'The published version as a 1EdTech CASE 1.1 package',
  request: { params: slugParam },
  responses: { 200: jsonResponse(cfPackageSchema, 'CFPackage'), ...notFound },
})

export const getMapVersionCase = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/versions/{number}/case',
  tags,
  summary: 'A numbered version as a 1EdTech CASE 1.1 package',
  request: { params: versionParam },
  responses: { 200: jsonResponse(cfPackageSchema, 'CFPackage'), ...notFound, ...validationErrors },
})

/** Where a node stood or stands: its parent (null: the map) and its place, counted from 0. */
const nodePlace = z.object({
  parentId: z.string().nullable(),
  parentTitle: z.string().nullable(),
  position: z.number().int(),
})

export const compareMapVersions = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/compare',
  tags,
  summary: 'What changed between two versions (numbers, or "draft")',
  request: { params: slugParam, query: compareQuery },
  responses: {
    200: jsonResponse(
      z.object({
        changes: z.array(
          z.object({
            kind: z.enum(['added', 'removed', 'renamed', 'moved']),
            nodeKind: z.enum(['domain', 'theme', 'objective']),
            id: z.string(),
            title: z.string(),
            before: z.string().nullable(),
            after: z.string().nullable(),
            from: nodePlace.nullable(),
            to: nodePlace.nullable(),
          }),
        ),
      }),
      'Changes from `from` to `to`',
    ),
    ...notFound,
    ...validationErrors,
    ...authErrors,
  },
})

const editErrors = { ...authErrors, ...notFound, ...validationErrors }

export const createDraft = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/draft',
  tags,
  summary: 'Start a new draft version from the current one (programme team)',
  request: { params: slugParam },
  responses: {
    201: jsonResponse(mapTreeSchema, 'The new draft'),
    409: problemResponse('A draft already exists'),
    ...editErrors,
  },
})

export const getDraft = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/draft',
  tags,
  summary: 'The draft being edited (programme team)',
  request: { params: slugParam },
  responses: { 200: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const addDraftNode = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/draft/nodes',
  tags,
  summary: 'Add a domain, theme or objective to the draft',
  request: { params: slugParam, body: jsonBody(addNodeInput) },
  responses: { 201: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const updateDraftNode = createRoute({
  method: 'patch',
  path: '/api/knowledge-maps/{slug}/draft/nodes/{nodeId}',
  tags,
  summary: 'Rename, move or reorder a node of the draft',
  request: { params: nodeParam, body: jsonBody(updateNodeInput) },
  responses: { 200: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const removeDraftNode = createRoute({
  method: 'delete',
  path: '/api/knowledge-maps/{slug}/draft/nodes/{nodeId}',
  tags,
  summary: 'Remove a node (and what lies under it) from the draft',
  request: { params: nodeParam },
  responses: { 200: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const publishDraft = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/draft/publish',
  tags,
  summary: 'Publish the draft as the next version; the previous one stays readable',
  request: { params: slugParam, body: jsonBody(publishInput) },
  responses: { 200: jsonResponse(mapTreeSchema, 'The published version'), ...editErrors },
})

/** What publishing the draft would do: asked before publishing. */
export const publishPreviewSchema = z.object({
  /** The version published now; null when the map was never published. */
  publishedNumber: z.number().int().nullable(),
  /** The number the draft gets. */
  number: z.number().int(),
  /** Parts added, reworded, removed and moved compared with the published version. */
  changes: z.object({
    added: z.number().int(),
    renamed: z.number().int(),
    removed: z.number().int(),
    moved: z.number().int(),
  }),
  /** Review rounds on the draft still open: publishing closes them and tells their people. */
  openRounds: z.number().int(),
  /** Comments in the draft's rounds the programme team has not answered yet. */
  openComments: z.number().int(),
})

export const getPublishPreview = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/draft/publish-preview',
  tags,
  summary:
    'What publishing the draft would change, and the open rounds and comments (programme team)',
  request: { params: slugParam },
  responses: { 200: jsonResponse(publishPreviewSchema, 'The summary'), ...editErrors },
})

const csvResponse = {
  description: 'CSV (UTF-8, comma-separated, header row)',
  content: { 'text/csv': { schema: z.string() } },
}

export const getMapCsv = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/csv',
  tags,
  summary: 'The published version as CSV, one row per objective',
  request: { params: slugParam },
  responses: { 200: csvResponse, ...notFound },
})

export const getMapVersionCsv = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/versions/{number}/csv',
  tags,
  summary: 'A numbered version as CSV, one row per objective',
  request: { params: versionParam },
  responses: { 200: csvResponse, ...notFound, ...validationErrors },
})

export const getDraftCsv = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/draft/csv',
  tags,
  summary: 'The draft as CSV, to edit in a spreadsheet (programme team)',
  request: { params: slugParam },
  responses: { 200: csvResponse, ...editErrors },
})

export const replaceDraftCsv = createRoute({
  method: 'put',
  path: '/api/knowledge-maps/{slug}/draft/csv',
  tags,
  summary: 'Replace the draft tree with an edited CSV; all or nothing',
  request: { params: slugParam, body: jsonBody(replaceDraftCsvInput) },
  responses: { 200: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

const contentResponse = jsonResponse(
  mapContentSchema,
  'The version as a content file (`content/kenniskaarten/<slug>.json`)',
)

export const getMapVersionContent = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/versions/{number}/content',
  tags,
  summary: 'A numbered version in the repository content format, to put back under content/',
  request: { params: versionParam },
  responses: { 200: contentResponse, ...notFound, ...validationErrors },
})

export const getDraftContent = createRoute({
  method: 'get',
  path: '/api/knowledge-maps/{slug}/draft/content',
  tags,
  summary:
    'The draft in the repository content format (programme team); refused while it has a theme without objectives or a domain without themes',
  request: { params: slugParam },
  responses: { 200: contentResponse, ...editErrors },
})

export const importKnowledgeMap = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/import',
  tags,
  summary: 'Import a CASE 1.1 package or a CSV as a new concept map; all or nothing',
  request: { body: jsonBody(importMapInput) },
  responses: {
    201: jsonResponse(mapTreeSchema, 'The new map (a draft)'),
    409: problemResponse('A map with this slug exists'),
    ...authErrors,
    ...validationErrors,
  },
})

export const addCrosswalk = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/draft/nodes/{nodeId}/crosswalks',
  tags,
  summary:
    'Link an objective of the draft to an item of another framework (RDDI, ESCO, a kenniskaart)',
  request: { params: nodeParam, body: jsonBody(crosswalkInput) },
  responses: { 201: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const removeCrosswalk = createRoute({
  method: 'delete',
  path: '/api/knowledge-maps/{slug}/draft/crosswalks/{crosswalkId}',
  tags,
  summary: 'Remove a crosswalk from the draft',
  request: { params: slugParam.extend({ crosswalkId: z.uuid({ error: 'invalid' }) }) },
  responses: { 200: jsonResponse(mapTreeSchema, 'The draft'), ...editErrors },
})

export const archiveKnowledgeMap = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/archive',
  tags,
  summary:
    'Archive a map (programme team): out of the overview, search and new scans; still readable',
  request: { params: slugParam },
  responses: {
    200: jsonResponse(mapTreeSchema, 'The map as the public now reads it'),
    409: problemResponse('Already archived'),
    ...authErrors,
    ...notFound,
    ...validationErrors,
  },
})

export const restoreKnowledgeMap = createRoute({
  method: 'post',
  path: '/api/knowledge-maps/{slug}/restore',
  tags,
  summary: 'Bring an archived map back (programme team)',
  request: { params: slugParam },
  responses: {
    200: jsonResponse(mapTreeSchema, 'The map as the public now reads it'),
    409: problemResponse('Not archived'),
    ...authErrors,
    ...notFound,
    ...validationErrors,
  },
})
