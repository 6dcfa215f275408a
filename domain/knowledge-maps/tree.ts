import type { MapAudience, MapLevel, MapState, VersionState } from './model.ts'

export interface Crosswalk {
  id: string
  framework: 'rddi' | 'esco' | 'kenniskaart' | 'other'
  uri: string
  label: string
  relation: 'exactMatchOf' | 'isRelatedTo'
}

export interface ObjectiveNode {
  id: string
  title: string
  /** Links to items of other frameworks; left out when there are none. */
  crosswalks?: Crosswalk[]
}
export interface ThemeNode {
  id: string
  title: string
  objectives: ObjectiveNode[]
}
export interface DomainNode {
  id: string
  title: string
  themes: ThemeNode[]
}

/** One version of a kenniskaart as a tree: domains → themes → objectives, in order. */
export interface MapTree {
  map: {
    slug: string
    title: string
    description: string
    audience: MapAudience
    level: MapLevel
    state: MapState
    /** When the map was archived (state `archived`); null while it is in use. */
    archivedAt: string | null
    /** Whether a draft is being worked on: only told to the programme team. */
    hasDraft?: boolean
  }
  version: {
    id: string
    number: number | null
    state: VersionState
    publishedAt: string | null
    documentId: string
    updatedAt: string
  }
  domains: DomainNode[]
}

/** Every objective of a tree with its place, in reading order. */
export function objectivesOf(tree: Pick<MapTree, 'domains'>) {
  return tree.domains.flatMap((domain) =>
    domain.themes.flatMap((theme) =>
      theme.objectives.map((objective) => ({ ...objective, theme, domain })),
    ),
  )
}
