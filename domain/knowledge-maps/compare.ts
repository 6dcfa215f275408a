import type { NodeKind } from './model.ts'
import type { DomainNode } from './tree.ts'

export interface MapChange {
  kind: 'added' | 'removed' | 'renamed' | 'moved'
  nodeKind: NodeKind
  id: string
  title: string
  before: string | null
  after: string | null
}

interface FlatNode {
  id: string
  kind: NodeKind
  title: string
  parentId: string | null
  position: number
}

function flatten(domains: DomainNode[]): Map<string, FlatNode> {
  const nodes = new Map<string, FlatNode>()
  domains.forEach((domain, d) => {
    nodes.set(domain.id, {
      id: domain.id,
      kind: 'domain',
      title: domain.title,
      parentId: null,
      position: d,
    })
    domain.themes.forEach((theme, t) => {
      nodes.set(theme.id, {
        id: theme.id,
        kind: 'theme',
        title: theme.title,
        parentId: domain.id,
        position: t,
      })
      theme.objectives.forEach((objective, o) => {
        nodes.set(objective.id, {
          id: objective.id,
          kind: 'objective',
          title: objective.title,
          parentId: theme.id,
          position: o,
        })
      })
    })
  })
  return nodes
}

/**
 * What changed from one version to another, by node identity: added, removed, renamed, and
 * moved (to another parent, or to another place among its siblings). Reading order of `to`,
 * removals last.
 *
 * @example compareTrees(v1.domains, v2.domains) // [{ kind: 'renamed', id, before, after, ... }]
 */
export function compareTrees(from: DomainNode[], to: DomainNode[]): MapChange[] {
  const before = flatten(from)
  const after = flatten(to)
  const titleOf = (nodes: Map<string, FlatNode>, id: string | null) =>
    id ? (nodes.get(id)?.title ?? null) : null
  const changes: MapChange[] = []
  for (const node of after.values()) {
    const old = before.get(node.id)
    const base = { nodeKind: node.kind, id: node.id, title: node.title }
    if (!old) {
      changes.push({ ...base, kind: 'added', before: null, after: node.title })
      continue
    }
    if (old.title !== node.title)
      changes.push({ ...base, kind: 'renamed', before: old.title, after: node.title })
    if (old.parentId !== node.parentId || old.position !== node.position) {
      changes.push({
        ...base,
        kind: 'moved',
        before: `${titleOf(before, old.parentId) ?? '—'} #${old.position + 1}`,
        after: `${titleOf(after, node.parentId) ?? '—'} #${node.position + 1}`,
      })
    }
  }
  for (const node of before.values()) {
    if (!after.has(node.id)) {
      changes.push({
        kind: 'removed',
        nodeKind: node.kind,
        id: node.id,
        title: node.title,
        before: node.title,
        after: null,
      })
    }
  }
  return changes
}
