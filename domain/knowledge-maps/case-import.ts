import type { z } from 'zod'
import { type CfPackage, cfPackageSchema } from './case.ts'
import type { DomainNode } from './tree.ts'

/**
 * One thing wrong with an imported file, with its place as data so the web app can say it in
 * the reader's language: a CSV `line` (1 is the header) and `column`, or a CASE `list`
 * (`CFDocument`, `CFItems`, `CFAssociations`, …), the entry's `index` in it and the `field`.
 * `detail` carries what the message names (the expected columns, unknown field names).
 */
export interface ImportProblem {
  code: string
  line?: number
  column?: string
  list?: string
  index?: number
  field?: string
  detail?: string
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => JSON.stringify(p)).join('; '))
  }
}

/** A place in a CASE package from a schema path: `['CFItems', 3, 'fullStatement']`. */
export function casePlace(path: readonly PropertyKey[]): Omit<ImportProblem, 'code'> {
  const [list, ...rest] = path
  if (list === undefined) return { list: 'package' }
  const index = typeof rest[0] === 'number' ? (rest.shift() as number) : undefined
  const field = rest.map(String).join('.')
  return {
    list: String(list),
    ...(index !== undefined ? { index } : {}),
    ...(field ? { field } : {}),
  }
}

/** Our own problem code for a schema issue; never zod's internal code names. */
function caseCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'unknown_field'
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required'
  if (issue.code === 'too_small') return 'too_short'
  if (issue.code === 'too_big') return 'too_long'
  if (issue.code === 'invalid_value') return 'invalid_choice'
  return 'invalid'
}

/**
 * Reads a CASE 1.1 package into a kenniskaart tree: CFItems that are children of the
 * CFDocument are domains, their children themes, and theirs objectives, ordered by
 * `sequenceNumber`. Identifiers are kept, so an export imported again is the same map.
 * Throws an `ImportError` naming every item or association that is wrong.
 */
export function fromCasePackage(input: unknown): { pkg: CfPackage; domains: DomainNode[] } {
  const parsed = cfPackageSchema.safeParse(input)
  if (!parsed.success) {
    throw new ImportError(
      parsed.error.issues.slice(0, 50).map((issue) => ({
        code: caseCode(issue),
        ...casePlace(issue.path),
        ...(issue.code === 'unrecognized_keys' ? { detail: issue.keys.join(', ') } : {}),
      })),
    )
  }
  const pkg = parsed.data
  const problems: ImportProblem[] = []
  const items = new Map(
    (pkg.CFItems ?? []).map((item, index) => [item.identifier, { item, index }]),
  )
  if (items.size !== (pkg.CFItems ?? []).length)
    problems.push({ code: 'duplicate_identifier', list: 'CFItems' })
  const documentId = pkg.CFDocument.identifier
  const childrenOf = new Map<string, { id: string; sequence: number }[]>()
  const parentOf = new Map<string, string>()
  const list = 'CFAssociations'
  for (const [index, association] of (pkg.CFAssociations ?? []).entries()) {
    if (association.associationType !== 'isChildOf') continue
    const child = association.originNodeURI.identifier
    const parent = association.destinationNodeURI.identifier
    if (!items.has(child))
      problems.push({ code: 'unknown_item', list, index, field: 'originNodeURI' })
    else if (parent !== documentId && !items.has(parent))
      problems.push({ code: 'unknown_item', list, index, field: 'destinationNodeURI' })
    else if (parentOf.has(child)) problems.push({ code: 'second_parent', list, index })
    else {
      parentOf.set(child, parent)
      const list = childrenOf.get(parent) ?? []
      list.push({ id: child, sequence: association.sequenceNumber ?? list.length + 1 })
      childrenOf.set(parent, list)
    }
  }
  for (const [id, { index }] of items)
    if (!parentOf.has(id)) problems.push({ code: 'no_parent', list: 'CFItems', index })
  const ordered = (parent: string) =>
    [...(childrenOf.get(parent) ?? [])]
      .sort((a, b) => a.sequence - b.sequence)
      .map((c) => items.get(c.id)!)
  const depthProblem = (entry: { index: number }, code: string) =>
    problems.push({ code, list: 'CFItems', index: entry.index })
  const domains: DomainNode[] = ordered(documentId).map((domain) => ({
    id: domain.item.identifier,
    title: domain.item.fullStatement.trim(),
    themes: ordered(domain.item.identifier).map((theme) => {
      const objectives = ordered(theme.item.identifier).map((objective) => {
        if (childrenOf.has(objective.item.identifier)) depthProblem(objective, 'too_deep')
        return { id: objective.item.identifier, title: objective.item.fullStatement.trim() }
      })
      if (objectives.length === 0) depthProblem(theme, 'theme_without_objectives')
      return { id: theme.item.identifier, title: theme.item.fullStatement.trim(), objectives }
    }),
  }))
  for (const domain of domains) {
    if (domain.themes.length === 0) depthProblem(items.get(domain.id)!, 'domain_without_themes')
  }
  for (const { item, index } of items.values()) {
    if (!item.fullStatement.trim())
      problems.push({ code: 'required', list: 'CFItems', index, field: 'fullStatement' })
  }
  if (domains.length === 0) problems.push({ code: 'empty', list: 'CFItems' })
  if (problems.length > 0) throw new ImportError(problems)
  return { pkg, domains }
}
