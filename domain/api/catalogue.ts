import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { OFFERING_FORMS, OFFERING_LANGUAGES, OFFERING_LEVELS } from '../catalogue/model.ts'
import {
  csvUploadInput,
  manageQuery,
  offeringInput,
  offeringParam,
  offeringSearchQuery,
  providerInput,
  providerMemberInput,
  providerParam,
} from '../schemas/catalogue.ts'
import { authErrors, jsonBody, jsonResponse, problemResponse, validationErrors } from './common.ts'

export const providerRefSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() })

export const offeringSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The start of the description, for lists. */
  summary: z.string(),
  provider: providerRefSchema,
  form: z.enum(OFFERING_FORMS),
  level: z.enum(OFFERING_LEVELS),
  studyHours: z.number(),
  costCents: z.number().int(),
  language: z.enum(OFFERING_LANGUAGES),
  online: z.boolean(),
  location: z.string().nullable(),
  startMoments: z.array(z.string()),
  lastReviewedAt: z.string(),
  /** Not reviewed for 12 months: possibly outdated. */
  stale: z.boolean(),
  archived: z.boolean(),
  /** How many objectives it serves. */
  objectiveCount: z.number().int(),
})
export type OfferingSummary = z.infer<typeof offeringSummarySchema>

export const servedObjectiveSchema = z.object({
  id: z.string(),
  /** As worded in the newest numbered version that has it; null when no map has it any more. */
  title: z.string().nullable(),
  theme: z.object({ id: z.string(), title: z.string() }).nullable(),
  map: z.object({ slug: z.string(), title: z.string() }).nullable(),
})

export const offeringDetailSchema = offeringSummarySchema.extend({
  description: z.string(),
  certificate: z.string().nullable(),
  url: z.string().nullable(),
  objectives: z.array(servedObjectiveSchema),
  /** True when the signed-in person may change it. */
  canEdit: z.boolean(),
  /** For those who may change it: who keeps it current, and the last reminder. */
  owner: z.object({ name: z.string() }).nullable(),
  remindedAt: z.string().nullable(),
})
export type OfferingDetail = z.infer<typeof offeringDetailSchema>

export const searchResultSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  offerings: z.array(offeringSummarySchema),
})

export const staleOfferingSchema = offeringSummarySchema.extend({
  owner: z.object({ name: z.string(), email: z.string() }).nullable(),
  remindedAt: z.string().nullable(),
})

export const providerSchema = providerRefSchema.extend({
  website: z.string().nullable(),
  offeringCount: z.number().int(),
  /** Only for who manages providers: the accounts that keep its offerings. */
  members: z.array(z.object({ name: z.string(), email: z.string() })).nullable(),
})

export const csvProblemSchema = z.object({
  line: z.number().int(),
  /** The column's header name, or '' for the whole line. */
  column: z.string(),
  code: z.string(),
})
export type CsvProblem = z.infer<typeof csvProblemSchema>

export const csvPreviewSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int(),
      action: z.enum(['create', 'update']),
      title: z.string(),
      problems: z.array(csvProblemSchema),
    }),
  ),
  /** Every problem of the file, line by line; empty when it can be applied as is. */
  problems: z.array(csvProblemSchema),
})

const tags = ['catalogue']
const errors = { ...authErrors, 404: problemResponse('No such offering'), ...validationErrors }

export const searchOfferings = createRoute({
  method: 'get',
  path: '/api/catalogue/offerings',
  tags,
  summary: 'Search the catalogue: Dutch full text and filters; archived offerings hidden',
  request: { query: offeringSearchQuery },
  responses: { 200: jsonResponse(searchResultSchema, 'One page of offerings'), ...errors },
})

export const getOffering = createRoute({
  method: 'get',
  path: '/api/catalogue/offerings/{offeringId}',
  tags,
  summary: 'One offering with the objectives it serves',
  request: { params: offeringParam },
  responses: { 200: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const createOffering = createRoute({
  method: 'post',
  path: '/api/catalogue/offerings',
  tags,
  summary: 'Add an offering (a provider for its own provider; the programme team for any)',
  request: { body: jsonBody(offeringInput) },
  responses: { 201: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const updateOffering = createRoute({
  method: 'put',
  path: '/api/catalogue/offerings/{offeringId}',
  tags,
  summary: 'Change an offering; saving counts as reviewing it',
  request: { params: offeringParam, body: jsonBody(offeringInput) },
  responses: { 200: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const markOfferingReviewed = createRoute({
  method: 'post',
  path: '/api/catalogue/offerings/{offeringId}/reviewed',
  tags,
  summary: 'Say that an offering is still current',
  request: { params: offeringParam },
  responses: { 200: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const archiveOffering = createRoute({
  method: 'post',
  path: '/api/catalogue/offerings/{offeringId}/archive',
  tags,
  summary: 'Archive an offering: hidden from search, kept for routes that used it',
  request: { params: offeringParam },
  responses: { 200: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const restoreOffering = createRoute({
  method: 'post',
  path: '/api/catalogue/offerings/{offeringId}/restore',
  tags,
  summary: 'Bring an archived offering back (counts as reviewing it)',
  request: { params: offeringParam },
  responses: { 200: jsonResponse(offeringDetailSchema, 'The offering'), ...errors },
})

export const listManagedOfferings = createRoute({
  method: 'get',
  path: '/api/catalogue/manage',
  tags,
  summary: "The offerings one may keep: a provider's own, or all (programme team)",
  request: { query: manageQuery },
  responses: {
    200: jsonResponse(
      z.object({
        providers: z.array(providerRefSchema),
        offerings: z.array(offeringSummarySchema),
      }),
      'Offerings, archived ones included',
    ),
    ...errors,
  },
})

export const listStaleOfferings = createRoute({
  method: 'get',
  path: '/api/catalogue/stale',
  tags,
  summary: 'Offerings not reviewed for 12 months, with their owners (programme team)',
  responses: {
    200: jsonResponse(z.object({ offerings: z.array(staleOfferingSchema) }), 'Stale offerings'),
    ...errors,
  },
})

export const listProviders = createRoute({
  method: 'get',
  path: '/api/catalogue/providers',
  tags,
  summary: 'Every provider',
  responses: {
    200: jsonResponse(z.object({ providers: z.array(providerSchema) }), 'Providers'),
    ...errors,
  },
})

export const createProvider = createRoute({
  method: 'post',
  path: '/api/catalogue/providers',
  tags,
  summary: 'Add a provider (programme team, administrators)',
  request: { body: jsonBody(providerInput) },
  responses: {
    201: jsonResponse(providerSchema, 'The provider'),
    409: problemResponse('The short name is taken'),
    ...errors,
  },
})

export const addProviderMember = createRoute({
  method: 'post',
  path: '/api/catalogue/providers/{providerId}/members',
  tags,
  summary: 'Link an account to a provider; it gets the provider role (programme team, admins)',
  request: { params: providerParam, body: jsonBody(providerMemberInput) },
  responses: { 200: jsonResponse(providerSchema, 'The provider'), ...errors },
})

export const downloadOfferingsCsv = createRoute({
  method: 'get',
  path: '/api/catalogue/csv',
  tags,
  summary: 'The offerings one may keep, as CSV to edit and upload again',
  request: { query: manageQuery },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errors,
  },
})

export const previewOfferingsCsv = createRoute({
  method: 'post',
  path: '/api/catalogue/csv/preview',
  tags,
  summary: "Check a CSV of offerings: every row's problems by line and column; saves nothing",
  request: { body: jsonBody(csvUploadInput) },
  responses: { 200: jsonResponse(csvPreviewSchema, 'What applying would do'), ...errors },
})

export const applyOfferingsCsv = createRoute({
  method: 'post',
  path: '/api/catalogue/csv/apply',
  tags,
  summary: 'Save a CSV of offerings: all rows, or nothing when any row has a problem',
  request: { body: jsonBody(csvUploadInput) },
  responses: {
    200: jsonResponse(z.object({ created: z.number().int(), updated: z.number().int() }), 'Saved'),
    ...errors,
  },
})
