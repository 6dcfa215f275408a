import { type CfPackage, cfPackageSchema } from './case.ts'
import type { DomainNode } from './tree.ts'

export interface ImportProblem {
  /** Where: `CFItems[3].identifier`, `CFAssociations[0]`, or a CSV `line 4, leerdoel`. */
  at: string
  code: string
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => `${p.at}: ${p.code}`).join('; '))
  }
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
        at: issue.path.reduce<string>(
          (at, key) =>
            typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key),
          '',
        ),
        code:
          issue.code === 'unrecognized_keys'
            ? `unknown_field:${issue.keys.join(',')}`
            : issue.message === 'invalid'
              ? 'invalid'
              : issue.code,
      })),
    )
  }
  const pkg = parsed.data
  const problems: ImportProblem[] = []
  const items = new Map(
    (pkg.CFItems ?? []).map((item, index) => [item.identifier, { item, index }]),
  )
  if (items.size !== (pkg.CFItems ?? []).length)
    problems.push({ at: 'CFItems', code: 'duplicate_identifier' })
  const documentId = pkg.CFDocument.identifier
  const childrenOf = new Map<string, { id: string; sequence: number }[]>()
  const parentOf = new Map<string, string>()
  for (const [index, association] of (pkg.CFAssociations ?? []).entries()) {
    if (association.associationType !== 'isChildOf') continue
    const child = association.originNodeURI.identifier
    const parent = association.destinationNodeURI.identifier
    if (!items.has(child))
      problems.push({ at: `CFAssociations[${index}].originNodeURI`, code: 'unknown_item' })
    else if (parent !== documentId && !items.has(parent))
      problems.push({ at: `CFAssociations[${index}].destinationNodeURI`, code: 'unknown_item' })
    else if (parentOf.has(child))
      problems.push({ at: `CFAssociations[${index}]`, code: 'second_parent' })
    else {
      parentOf.set(child, parent)
      const list = childrenOf.get(parent) ?? []
      list.push({ id: child, sequence: association.sequenceNumber ?? list.length + 1 })
      childrenOf.set(parent, list)
    }
  }
  for (const [id, { index }] of items)
    if (!parentOf.has(id)) problems.push({ at: `CFItems[${index}]`, code: 'no_parent' })
  const ordered = (parent: string) =>
    [...(childrenOf.get(parent) ?? [])]
      .sort((a, b) => a.sequence - b.sequence)
      .map((c) => items.get(c.id)!)
  const depthProblem = (entry: { index: number }, code: string) =>
    problems.push({ at: `CFItems[${entry.index}]`, code })
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
      problems.push({ at: `CFItems[${index}].fullStatement`, code: 'required' })
  }
  if (domains.length === 0) problems.push({ at: 'CFItems', code: 'empty' })
  if (problems.length > 0) throw new ImportError(problems)
  return { pkg, domains }
}
