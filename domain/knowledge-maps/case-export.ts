import { CASE_ITEM_TYPES, type CfPackage } from './case.ts'
import type { NodeKind } from './model.ts'
import type { MapTree } from './tree.ts'

const CREATOR = 'Programma Leven Lang Leren in de archiefsector (KIA)'

/**
 * A stable UUID derived from a name, in the shape CASE demands (lowercase, version 5,
 * variant 8): association and item-type identifiers stay the same in every export.
 */
export async function nameUuid(name: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(name)))
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** The CASE 1.1 package of one version: a CFDocument, CFItems for every node, isChildOf links. */
export async function toCasePackage(tree: MapTree, baseUrl: string): Promise<CfPackage> {
  const { map, version } = tree
  const changed = version.updatedAt
  const itemUri = (id: string) => `${baseUrl}/kenniskaarten/${map.slug}#${id}`
  const documentUri = `${baseUrl}/api/knowledge-maps/${map.slug}/versions/${version.number ?? 'concept'}/case`
  const itemTypes = await Promise.all(
    (Object.entries(CASE_ITEM_TYPES) as [NodeKind, string][]).map(async ([kind, title], index) => ({
      identifier: await nameUuid(`routekaart:item-type:${kind}`),
      uri: `${baseUrl}/api/knowledge-maps/item-types/${kind}`,
      title,
      description: `${title} van een kenniskaart`,
      hierarchyCode: String(index + 1),
      typeCode: kind,
      lastChangeDateTime: changed,
    })),
  )
  const typeLink = (kind: NodeKind) => {
    const type = itemTypes[['domain', 'theme', 'objective'].indexOf(kind)]!
    return { title: type.title, identifier: type.identifier, uri: type.uri }
  }
  const items: NonNullable<CfPackage['CFItems']> = []
  const associations: NonNullable<CfPackage['CFAssociations']> = []
  const link = async (
    child: { id: string; title: string },
    parent: { id: string; title: string; uri: string },
    sequence: number,
  ) => {
    associations.push({
      identifier: await nameUuid(`routekaart:isChildOf:${child.id}:${parent.id}`),
      associationType: 'isChildOf',
      sequenceNumber: sequence,
      uri: `${baseUrl}/api/knowledge-maps/associations/${child.id}`,
      originNodeURI: { title: child.title, identifier: child.id, uri: itemUri(child.id) },
      destinationNodeURI: { title: parent.title, identifier: parent.id, uri: parent.uri },
      lastChangeDateTime: changed,
    })
  }
  const item = (kind: NodeKind, node: { id: string; title: string }, code: string) =>
    items.push({
      identifier: node.id,
      fullStatement: node.title,
      CFItemType: CASE_ITEM_TYPES[kind],
      CFItemTypeURI: typeLink(kind),
      uri: itemUri(node.id),
      humanCodingScheme: code,
      language: 'nl',
      lastChangeDateTime: changed,
    })
  const documentNode = { id: version.documentId, title: map.title, uri: documentUri }
  for (const [d, domain] of tree.domains.entries()) {
    item('domain', domain, `${d + 1}`)
    await link(domain, documentNode, d + 1)
    for (const [t, theme] of domain.themes.entries()) {
      item('theme', theme, `${d + 1}.${t + 1}`)
      await link(theme, { id: domain.id, title: domain.title, uri: itemUri(domain.id) }, t + 1)
      for (const [o, objective] of theme.objectives.entries()) {
        item('objective', objective, `${d + 1}.${t + 1}.${o + 1}`)
        await link(objective, { id: theme.id, title: theme.title, uri: itemUri(theme.id) }, o + 1)
        for (const crosswalk of objective.crosswalks ?? []) {
          associations.push({
            identifier: await nameUuid(`routekaart:crosswalk:${crosswalk.id}`),
            associationType: crosswalk.relation,
            uri: `${baseUrl}/api/knowledge-maps/associations/${crosswalk.id}`,
            originNodeURI: {
              title: objective.title,
              identifier: objective.id,
              uri: itemUri(objective.id),
            },
            destinationNodeURI: {
              title: crosswalk.label,
              identifier:
                crosswalk.framework === 'kenniskaart'
                  ? crosswalk.uri.split('#').pop()!
                  : crosswalk.uri,
              uri: crosswalk.uri,
              targetType:
                crosswalk.framework === 'kenniskaart' ? 'CASE' : `ext:${crosswalk.framework}`,
            },
            lastChangeDateTime: changed,
          })
        }
      }
    }
  }
  return {
    CFDocument: {
      identifier: version.documentId,
      uri: documentUri,
      frameworkType: 'Kenniskaart',
      caseVersion: '1.1',
      creator: CREATOR,
      title: map.title,
      lastChangeDateTime: changed,
      publisher: CREATOR,
      description: map.description,
      subject: [map.audience],
      language: 'nl',
      version: version.number === null ? 'concept' : String(version.number),
      adoptionStatus:
        version.state === 'published'
          ? 'Published'
          : version.state === 'superseded'
            ? 'Deprecated'
            : 'Draft',
      ...(version.publishedAt ? { statusStartDate: version.publishedAt.slice(0, 10) } : {}),
      extensions: { routekaart: { slug: map.slug, audience: map.audience, level: map.level } },
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
  }
}
