import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { MAP_AUDIENCES, MAP_LEVELS } from '../knowledge-maps/model.ts'
import { AUDIENCES } from '../roles.ts'
import {
  checkParam,
  employabilityAnswersInput,
  organisationParam,
  overviewQuery,
  reportQuery,
  SHARE_SCOPES,
  saveAnswersInput,
  scanParam,
  shareInput,
  shareParam,
  startScanInput,
} from '../schemas/self-scans.ts'
import { BAND_IDS, employabilityContentSchema } from '../self-scans/employability.ts'
import { scaleSchema } from '../self-scans/scale.ts'
import {
  authErrors,
  jsonBody,
  jsonResponse,
  messageSchema,
  problemResponse,
  validationErrors,
} from './common.ts'
import { mapTreeSchema } from './knowledge-maps.ts'

const tags = ['self-scans']
const errors = {
  ...authErrors,
  404: problemResponse('No such scan'),
  409: problemResponse('Not possible in the scan’s state'),
  ...validationErrors,
}

const importance = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable()
export const answerSchema = z.object({
  level: z.number().int().nullable(),
  notApplicable: z.boolean(),
  develop: z.boolean(),
  importance,
})
const progressSchema = z.object({ answered: z.number().int(), total: z.number().int() })
const mapRef = z.object({ slug: z.string(), title: z.string() })
const versionRef = z.object({ id: z.string(), number: z.number().int().nullable() })
const stageSchema = z.enum(AUDIENCES)

export const scanMapSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.enum(MAP_AUDIENCES),
  level: z.enum(MAP_LEVELS),
  versionNumber: z.number().int().nullable(),
  objectives: z.number().int(),
  /** Written for the person's stage (zij-instromer, beginner, gevorderde). */
  fits: z.boolean(),
  /** The level a new scan would aim for: this map's aim at `stage`. */
  aim: z.object({
    level: z.number().int(),
    label: z.object({ nl: z.string(), en: z.string() }),
    stage: stageSchema,
  }),
  draftScanId: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
})

export const scanSummarySchema = z.object({
  id: z.string(),
  map: mapRef,
  version: versionRef,
  status: z.enum(['draft', 'submitted']),
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  progress: progressSchema,
  overallMean: z.number().nullable(),
  activeShares: z.number().int(),
})
export type ScanSummary = z.infer<typeof scanSummarySchema>

export const scanDetailSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  tree: mapTreeSchema,
  scale: scaleSchema,
  target: z.number().int(),
  /** The stage whose aim the scan copied; null for scans from before stages had their aim. */
  targetStage: stageSchema.nullable(),
  answers: z.record(z.string(), answerSchema),
  themeNotes: z.record(z.string(), z.string()),
  progress: progressSchema,
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
})
export type ScanDetail = z.infer<typeof scanDetailSchema>

const groupScore = z.object({
  id: z.string(),
  title: z.string(),
  mean: z.number().nullable(),
  gap: z.number().nullable(),
  rated: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
  developCount: z.number().int(),
})
const objectiveResult = z.object({
  id: z.string(),
  title: z.string(),
  level: z.number().int().nullable(),
  notApplicable: z.boolean(),
  develop: z.boolean(),
  importance,
  gap: z.number().nullable(),
})
const point = z.object({
  objectiveId: z.string(),
  title: z.string(),
  themeId: z.string(),
  themeTitle: z.string(),
  level: z.number().int().nullable(),
  gap: z.number().nullable(),
  develop: z.boolean(),
  importance,
})
const change = z.object({
  id: z.string(),
  title: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number().nullable(),
})

/**
 * A submitted scan's report. `scope` says what the reader may see: the owner always gets
 * `full`; someone it is shared with gets what was shared. A summary leaves out the ratings of
 * single objectives (`objectives`), the notes and the per-objective changes.
 */
export const reportSchema = z.object({
  scan: z.object({
    id: z.string(),
    map: mapRef,
    version: versionRef,
    submittedAt: z.string(),
  }),
  owner: z.object({ name: z.string(), mine: z.boolean() }),
  scope: z.enum(SHARE_SCOPES),
  scale: scaleSchema,
  target: z.number().int(),
  targetStage: stageSchema.nullable(),
  overall: groupScore,
  domains: z.array(
    groupScore.extend({
      themes: z.array(
        groupScore.extend({
          objectives: z.array(objectiveResult).nullable(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
  strengths: z.array(point),
  developmentPoints: z.array(point),
  change: z
    .object({
      previous: z.object({
        id: z.string(),
        submittedAt: z.string(),
        versionNumber: z.number().int().nullable(),
      }),
      overall: change,
      themes: z.array(change),
      objectives: z.array(change).nullable(),
    })
    .nullable(),
})
export type ScanReport = z.infer<typeof reportSchema>

const personRef = z.object({ id: z.string(), name: z.string() })
export const shareSchema = z.object({
  id: z.string(),
  grantee: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  granteeRole: z.enum(['manager', 'coach']),
  scope: z.enum(SHARE_SCOPES),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
})
export const viewSchema = z.object({
  /** Null once the viewer's account is erased. */
  viewer: z.string().nullable(),
  scope: z.enum(SHARE_SCOPES),
  format: z.enum(['web', 'pdf']),
  viewedAt: z.string(),
})

export const listScanMaps = createRoute({
  method: 'get',
  path: '/api/self-scans/maps',
  tags,
  summary: 'Kenniskaarten a scan can be taken on (published), those for the person’s stage first',
  responses: {
    200: jsonResponse(
      z.object({
        /** The person's stage from their profile; null when they did not say. */
        stage: stageSchema.nullable(),
        maps: z.array(scanMapSchema),
        /** Maps still in concept: said plainly, not offered. */
        upcoming: z.array(
          z.object({
            slug: z.string(),
            title: z.string(),
            audience: z.enum(MAP_AUDIENCES),
            fits: z.boolean(),
          }),
        ),
        /** How firm the aims are (a first version until the programme validated them). */
        aims: z.object({
          status: z.enum(['first-version', 'validated']),
          note: z.object({ nl: z.string(), en: z.string() }),
        }),
      }),
      'Maps',
    ),
    ...errors,
  },
})

export const listMyScans = createRoute({
  method: 'get',
  path: '/api/self-scans',
  tags,
  summary: 'My scans, newest first: in progress and submitted',
  responses: {
    200: jsonResponse(z.object({ scans: z.array(scanSummarySchema) }), 'Scans'),
    ...errors,
  },
})

export const startScan = createRoute({
  method: 'post',
  path: '/api/self-scans',
  tags,
  summary: 'Start a scan on a map’s current published version (or resume the one in progress)',
  request: { body: jsonBody(startScanInput) },
  responses: {
    200: jsonResponse(scanDetailSchema, 'The scan already in progress'),
    201: jsonResponse(scanDetailSchema, 'A new scan'),
    ...errors,
  },
})

export const getScan = createRoute({
  method: 'get',
  path: '/api/self-scans/{scanId}',
  tags,
  summary: 'One of my scans with its map version, scale and answers',
  request: { params: scanParam },
  responses: { 200: jsonResponse(scanDetailSchema, 'The scan'), ...errors },
})

export const saveAnswers = createRoute({
  method: 'patch',
  path: '/api/self-scans/{scanId}',
  tags,
  summary: 'Save changed answers and theme notes (autosave); only while in progress',
  request: { params: scanParam, body: jsonBody(saveAnswersInput) },
  responses: {
    200: jsonResponse(z.object({ progress: progressSchema, updatedAt: z.string() }), 'Saved'),
    ...errors,
  },
})

export const submitScan = createRoute({
  method: 'post',
  path: '/api/self-scans/{scanId}/submit',
  tags,
  summary: 'Submit a complete scan; it is kept as it is from then on',
  request: { params: scanParam },
  responses: { 200: jsonResponse(scanSummarySchema, 'Submitted'), ...errors },
})

export const deleteScan = createRoute({
  method: 'delete',
  path: '/api/self-scans/{scanId}',
  tags,
  summary: 'Delete one of my scans, with its shares and view log',
  request: { params: scanParam },
  responses: { 200: jsonResponse(messageSchema, 'Deleted'), ...errors },
})

export const getReport = createRoute({
  method: 'get',
  path: '/api/self-scans/{scanId}/report',
  tags,
  summary: 'The report of a submitted scan: mine, or shared with me (the view is logged)',
  request: { params: scanParam },
  responses: { 200: jsonResponse(reportSchema, 'The report'), ...errors },
})

export const getReportPdf = createRoute({
  method: 'get',
  path: '/api/self-scans/{scanId}/report.pdf',
  tags,
  summary: 'The report as PDF (the view is logged when it is not mine)',
  request: { params: scanParam, query: reportQuery },
  responses: {
    200: {
      description: 'PDF with an embedded font',
      content: { 'application/pdf': { schema: z.string() } },
    },
    ...errors,
  },
})

export const listShares = createRoute({
  method: 'get',
  path: '/api/self-scans/{scanId}/shares',
  tags,
  summary: 'With whom I share this scan (also revoked), and every view by someone else',
  request: { params: scanParam },
  responses: {
    200: jsonResponse(
      z.object({ shares: z.array(shareSchema), views: z.array(viewSchema) }),
      'Shares and views',
    ),
    ...errors,
  },
})

export const shareScan = createRoute({
  method: 'post',
  path: '/api/self-scans/{scanId}/shares',
  tags,
  summary: 'Share a submitted scan’s summary or full report with my manager or a coach',
  request: { params: scanParam, body: jsonBody(shareInput) },
  responses: {
    201: jsonResponse(shareSchema, 'Shared'),
    ...errors,
  },
})

export const revokeShare = createRoute({
  method: 'delete',
  path: '/api/self-scans/{scanId}/shares/{shareId}',
  tags,
  summary: 'Stop sharing: the other person no longer sees the scan',
  request: { params: shareParam },
  responses: { 200: jsonResponse(shareSchema, 'Revoked'), ...errors },
})

export const listShareTargets = createRoute({
  method: 'get',
  path: '/api/self-scans/share-targets',
  tags,
  summary: 'Managers and coaches of my own organisation I can share with',
  responses: {
    200: jsonResponse(
      z.object({ managers: z.array(personRef), coaches: z.array(personRef) }),
      'People',
    ),
    ...errors,
  },
})

export const listSharedWithMe = createRoute({
  method: 'get',
  path: '/api/self-scans/shared-with-me',
  tags,
  summary: 'Scans shared with me as manager or coach (not revoked)',
  responses: {
    200: jsonResponse(
      z.object({
        scans: z.array(
          z.object({
            scanId: z.string(),
            owner: z.string(),
            map: mapRef,
            versionNumber: z.number().int().nullable(),
            submittedAt: z.string(),
            scope: z.enum(SHARE_SCOPES),
            sharedAt: z.string(),
            overallMean: z.number().nullable(),
          }),
        ),
      }),
      'Shared scans',
    ),
    ...errors,
  },
})

export const getTeamOverview = createRoute({
  method: 'get',
  path: '/api/organisations/{organisationId}/self-scan-overview',
  tags,
  summary:
    'Anonymous overview per theme over the scans staff shared with a manager of the organisation (only over enough people)',
  request: { params: organisationParam, query: overviewQuery },
  responses: {
    200: jsonResponse(
      z.object({
        maps: z.array(mapRef),
        map: mapRef.nullable(),
        minGroupSize: z.number().int(),
        /** People with a shared scan on this map; null when fewer than `minGroupSize`. */
        people: z.number().int().nullable(),
        target: z.number().int().nullable(),
        themes: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            domainTitle: z.string(),
            /** Null (hidden) when fewer than `minGroupSize` people rated this theme. */
            people: z.number().int().nullable(),
            mean: z.number().nullable(),
            gap: z.number().nullable(),
            /** How many want to develop something in this theme. */
            developing: z.number().int().nullable(),
          }),
        ),
      }),
      'Overview',
    ),
    ...errors,
  },
})

const dimensionResult = z.object({
  id: z.string(),
  score: z.number().nullable(),
  answered: z.number().int(),
  statements: z.number().int(),
  band: z.enum(BAND_IDS).nullable(),
})
export const checkSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  answers: z.record(z.string(), z.number().int()),
  results: z.array(dimensionResult),
  progress: progressSchema,
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
})
export type EmployabilityCheck = z.infer<typeof checkSchema>

export const listChecks = createRoute({
  method: 'get',
  path: '/api/employability-checks',
  tags,
  summary: 'The duurzame-inzetbaarheidscheck: its statements and tips, and my checks',
  responses: {
    200: jsonResponse(
      z.object({ content: employabilityContentSchema, checks: z.array(checkSchema) }),
      'Content and checks',
    ),
    ...errors,
  },
})

export const startCheck = createRoute({
  method: 'post',
  path: '/api/employability-checks',
  tags,
  summary: 'Start a check (or resume the one in progress)',
  responses: {
    200: jsonResponse(checkSchema, 'The check in progress'),
    201: jsonResponse(checkSchema, 'A new check'),
    ...errors,
  },
})

export const getCheck = createRoute({
  method: 'get',
  path: '/api/employability-checks/{checkId}',
  tags,
  summary: 'One of my checks with its results',
  request: { params: checkParam },
  responses: { 200: jsonResponse(checkSchema, 'The check'), ...errors },
})

export const saveCheckAnswers = createRoute({
  method: 'patch',
  path: '/api/employability-checks/{checkId}',
  tags,
  summary: 'Save changed answers (autosave); only while in progress',
  request: { params: checkParam, body: jsonBody(employabilityAnswersInput) },
  responses: { 200: jsonResponse(checkSchema, 'Saved'), ...errors },
})

export const submitCheck = createRoute({
  method: 'post',
  path: '/api/employability-checks/{checkId}/submit',
  tags,
  summary: 'Submit a complete check',
  request: { params: checkParam },
  responses: { 200: jsonResponse(checkSchema, 'Submitted'), ...errors },
})

export const deleteCheck = createRoute({
  method: 'delete',
  path: '/api/employability-checks/{checkId}',
  tags,
  summary: 'Delete one of my checks',
  request: { params: checkParam },
  responses: { 200: jsonResponse(messageSchema, 'Deleted'), ...errors },
})
