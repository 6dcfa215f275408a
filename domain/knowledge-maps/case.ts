import { z } from 'zod'
import { linkUriSchema } from '../schemas/links.ts'

/**
 * The parts of the 1EdTech CASE 1.1 JSON binding (CFPackage) that Routekaart writes and reads,
 * as our own schema. Facts taken from the official binding: closed property sets
 * (`additionalProperties: false` → strict objects), the required fields per class, identifiers
 * as lowercase UUIDs whose variant digit is 8, 9, a or b, and the association types.
 */
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
    error: 'invalid',
  })
// Every URI of a package may become a link or a crosswalk: http(s) and URNs only.
const uri = linkUriSchema
const dateTime = z.iso.datetime({ offset: true, error: 'invalid' })
const date = z.iso.date({ error: 'invalid' })

export const CASE_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
] as const

const linkUri = z.strictObject({ title: z.string(), identifier: uuid, uri })
const linkGenUri = z.strictObject({
  title: z.string(),
  identifier: z.string(),
  uri,
  targetType: z.union([z.literal('CASE'), z.string().regex(/^ext:[a-zA-Z0-9.\-_]+$/)]).optional(),
})
const extensions = z.record(z.string(), z.unknown())

export const cfDocumentSchema = z.strictObject({
  identifier: uuid,
  uri,
  frameworkType: z.string().optional(),
  caseVersion: z.literal('1.1').optional(),
  creator: z.string(),
  title: z.string(),
  lastChangeDateTime: dateTime,
  officialSourceURL: uri.optional(),
  publisher: z.string().optional(),
  description: z.string().optional(),
  subject: z.array(z.string()).optional(),
  subjectURI: z.array(linkUri).optional(),
  language: z.string().optional(),
  version: z.string().optional(),
  adoptionStatus: z.string().optional(),
  statusStartDate: date.optional(),
  statusEndDate: date.optional(),
  licenseURI: linkUri.optional(),
  notes: z.string().optional(),
  extensions: extensions.optional(),
})

export const cfItemSchema = z.strictObject({
  identifier: uuid,
  fullStatement: z.string(),
  alternativeLabel: z.string().optional(),
  CFItemType: z.string().optional(),
  uri,
  humanCodingScheme: z.string().optional(),
  listEnumeration: z.string().optional(),
  abbreviatedStatement: z.string().optional(),
  conceptKeywords: z.array(z.string()).optional(),
  conceptKeywordsURI: linkUri.optional(),
  notes: z.string().optional(),
  subject: z.array(z.string()).optional(),
  subjectURI: z.array(linkUri).optional(),
  language: z.string().optional(),
  educationLevel: z.array(z.string()).optional(),
  CFItemTypeURI: linkUri.optional(),
  licenseURI: linkUri.optional(),
  statusStartDate: date.optional(),
  statusEndDate: date.optional(),
  lastChangeDateTime: dateTime,
  extensions: extensions.optional(),
})

export const cfAssociationSchema = z.strictObject({
  identifier: uuid,
  associationType: z.union([
    z.enum(CASE_ASSOCIATION_TYPES),
    z.string().regex(/^ext:[a-zA-Z0-9.\-_]+$/),
  ]),
  sequenceNumber: z.number().int().optional(),
  uri,
  originNodeURI: linkGenUri,
  destinationNodeURI: linkGenUri,
  CFAssociationGroupingURI: linkUri.optional(),
  lastChangeDateTime: dateTime,
  notes: z.string().optional(),
  extensions: extensions.optional(),
})

export const cfItemTypeSchema = z.strictObject({
  identifier: uuid,
  uri,
  title: z.string(),
  description: z.string(),
  hierarchyCode: z.string(),
  typeCode: z.string().optional(),
  lastChangeDateTime: dateTime,
  extensions: extensions.optional(),
})

export const cfPackageSchema = z.strictObject({
  CFDocument: cfDocumentSchema,
  CFItems: z.array(cfItemSchema).optional(),
  CFAssociations: z.array(cfAssociationSchema).optional(),
  CFDefinitions: z
    .strictObject({
      CFConcepts: z.array(z.unknown()).optional(),
      CFSubjects: z.array(z.unknown()).optional(),
      CFLicenses: z.array(z.unknown()).optional(),
      CFItemTypes: z.array(cfItemTypeSchema).optional(),
      CFAssociationGroupings: z.array(z.unknown()).optional(),
      extensions: extensions.optional(),
    })
    .optional(),
  CFRubrics: z.array(z.unknown()).optional(),
  extensions: extensions.optional(),
})
export type CfPackage = z.infer<typeof cfPackageSchema>

/** The CFItemType labels Routekaart gives the three levels of a kenniskaart. */
export const CASE_ITEM_TYPES = { domain: 'Domein', theme: 'Thema', objective: 'Leerdoel' } as const
