import type { NodeKind } from './model.ts'
import type { DomainNode } from './tree.ts'

/** Where a node stands: under which parent (null: the map itself) and at which place (0-based). */
export interface NodePlace {
  parentId: string | null
  parentTitle: string | null
  position: number
}

export interface MapChange {
  /** `moved`: to another parent, or to another order among the same siblings. */
  kind: 'added' | 'removed' | 'renamed' | 'moved'
  nodeKind: NodeKind
  id: string
  title: string
  /** For added, removed and renamed: the title before and after (null where there is none). */
  before: string | null
  after: string | null
  /** For moved: where it stood and where it stands now; null for other kinds. */
  from: NodePlace | null
  to: NodePlace | null
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
  const add = (
    id: string,
    kind: NodeKind,
    title: string,
    parentId: string | null,
    position: number,
  ) => nodes.set(id, { id, kind, title, parentId, position })
  domains.forEach((domain, d) => {
    add(domain.id, 'domain', domain.title, null, d)
    domain.themes.forEach((theme, t) => {
      add(theme.id, 'theme', theme.title, domain.id, t)
      theme.objectives.forEach((objective, o) => {
        add(objective.id, 'objective', objective.title, theme.id, o)
      })
    })
  })
  return nodes
}

/**
 * Of siblings that keep their parent, those whose order really changed: everything outside the
 * longest run that kept its relative order. Inserting or removing a sibling shifts positions
 * but changes no relative order, so it moves nothing. Among equally long runs, the one whose
 * members shifted least is kept, so a node moved far is the one reported.
 */
export function reorderedIds(
  oldOrder: readonly string[],
  newOrder: readonly string[],
): Set<string> {
  const rankOf = new Map(oldOrder.map((id, rank) => [id, rank]))
  const ranks = newOrder.map((id) => rankOf.get(id)!)
  const shift = ranks.map((rank, index) => Math.abs(rank - index))
  const best = ranks.map((_, i) => ({ length: 1, cost: shift[i]!, previous: -1 }))
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! >= ranks[i]!) continue
      const length = best[j]!.length + 1
      const cost = best[j]!.cost + shift[i]!
      if (length > best[i]!.length || (length === best[i]!.length && cost < best[i]!.cost))
        best[i] = { length, cost, previous: j }
    }
  }
  let end = -1
  for (let i = 0; i < best.length; i++) {
    const b = best[i]!
    if (
      end < 0 ||
      b.length > best[end]!.length ||
      (b.length === best[end]!.length && b.cost < best[end]!.cost)
    )
      end = i
  }
  const kept = new Set<string>()
  for (let i = end; i >= 0; i = best[i]!.previous) kept.add(newOrder[i]!)
  return new Set(newOrder.filter((id) => !kept.has(id)))
}

/**
 * What changed from one version to another, by node identity: added, removed, renamed, and
 * moved (to another parent, or to another order among its siblings). Reading order of `to`,
 * removals last.
 *
 * @example compareTrees(v1.domains, v2.domains) // [{ kind: 'renamed', id, before, after, ... }]
 */
export function compareTrees(from: DomainNode[], to: DomainNode[]): MapChange[] {
  const before = flatten(from)
  const after = flatten(to)
  const stayed = (node: FlatNode) => before.get(node.id)?.parentId === node.parentId
  // Per parent, the siblings present under it in both versions, in old and in new order.
  const reordered = new Set<string>()
  const parents = new Set([...after.values()].map((n) => n.parentId))
  for (const parentId of parents) {
    const kept = (nodes: Map<string, FlatNode>, other: Map<string, FlatNode>) =>
      [...nodes.values()]
        .filter((n) => n.parentId === parentId && other.get(n.id)?.parentId === parentId)
        .sort((a, b) => a.position - b.position)
        .map((n) => n.id)
    for (const id of reorderedIds(kept(before, after), kept(after, before))) reordered.add(id)
  }
  const placeOf = (nodes: Map<string, FlatNode>, node: FlatNode): NodePlace => ({
    parentId: node.parentId,
    parentTitle: node.parentId ? (nodes.get(node.parentId)?.title ?? null) : null,
    position: node.position,
  })
  const changes: MapChange[] = []
  const none = { before: null, after: null, from: null, to: null }
  for (const node of after.values()) {
    const old = before.get(node.id)
    const base = { nodeKind: node.kind, id: node.id, title: node.title }
    if (!old) {
      changes.push({ ...base, ...none, kind: 'added', after: node.title })
      continue
    }
    if (old.title !== node.title)
      changes.push({ ...base, ...none, kind: 'renamed', before: old.title, after: node.title })
    if (!stayed(node) || reordered.has(node.id)) {
      changes.push({
        ...base,
        ...none,
        kind: 'moved',
        from: placeOf(before, old),
        to: placeOf(after, node),
      })
    }
  }
  for (const node of before.values()) {
    if (!after.has(node.id)) {
      changes.push({
        ...none,
        kind: 'removed',
        nodeKind: node.kind,
        id: node.id,
        title: node.title,
        before: node.title,
      })
    }
  }
  return changes
}
