import { describe, expect, it } from 'vitest'
import { compareTrees, reorderedIds } from './compare.ts'
import type { DomainNode } from './tree.ts'

const objective = (id: string) => ({ id, title: `Leerdoel ${id}` })
function tree(themes: Record<string, string[]>): DomainNode[] {
  return [
    {
      id: 'd',
      title: 'Domein',
      themes: Object.entries(themes).map(([id, objectives]) => ({
        id,
        title: `Thema ${id}`,
        objectives: objectives.map(objective),
      })),
    },
  ]
}
const summary = (changes: ReturnType<typeof compareTrees>) =>
  changes.map((c) => `${c.kind}:${c.id}`)

describe('compareTrees', () => {
  it('reports no move for siblings shifted by an insert or a removal', () => {
    const before = tree({ t: ['a', 'b', 'c', 'd'] })
    expect(summary(compareTrees(before, tree({ t: ['x', 'a', 'b', 'c', 'd'] })))).toEqual([
      'added:x',
    ])
    expect(summary(compareTrees(before, tree({ t: ['a', 'c', 'd'] })))).toEqual(['removed:b'])
  })

  it('reports a real reorder once, with where it stood and stands, as data', () => {
    const changes = compareTrees(
      tree({ t: ['a', 'b', 'c', 'd', 'e'] }),
      tree({ t: ['a', 'e', 'b', 'c', 'd'] }),
    )
    expect(changes).toEqual([
      {
        kind: 'moved',
        nodeKind: 'objective',
        id: 'e',
        title: 'Leerdoel e',
        before: null,
        after: null,
        from: { parentId: 't', parentTitle: 'Thema t', position: 4 },
        to: { parentId: 't', parentTitle: 'Thema t', position: 1 },
      },
    ])
  })

  it('reports a move to another parent with both parents, and no shifts around it', () => {
    const changes = compareTrees(
      tree({ t: ['a', 'b', 'c'], u: ['d'] }),
      tree({ t: ['a', 'c'], u: ['b', 'd'] }),
    )
    expect(summary(changes)).toEqual(['moved:b'])
    expect(changes[0]).toMatchObject({
      from: { parentId: 't', parentTitle: 'Thema t', position: 1 },
      to: { parentId: 'u', parentTitle: 'Thema u', position: 0 },
    })
  })

  it('keeps the longest run in order', () => {
    expect([...reorderedIds(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])]).toHaveLength(3)
    expect([...reorderedIds(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual([])
  })
})
