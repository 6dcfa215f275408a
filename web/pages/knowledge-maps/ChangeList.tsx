import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { MapChange } from '../../../domain/knowledge-maps/compare.ts'
import { translateCode } from '../../i18n/dynamic.ts'

type Group = 'added' | 'removed' | 'renamed' | 'moved' | 'reordered'
const GROUPS: readonly Group[] = ['added', 'removed', 'renamed', 'moved', 'reordered']

/** A move within the same parent only changes the order; a move to another parent is news. */
function groupOf(change: MapChange): Group {
  if (change.kind !== 'moved') return change.kind
  return change.from?.parentId === change.to?.parentId ? 'reordered' : 'moved'
}

/**
 * What changed between two versions, in words and grouped: added, removed, renamed, moved to
 * another theme or domain, and put in another order.
 */
export function ChangeList({
  changes,
  headingLevel = 2,
  idPrefix = 'wijzigingen',
}: {
  changes: readonly MapChange[]
  headingLevel?: 2 | 3 | 4
  idPrefix?: string
}) {
  const { t } = useTranslation()
  if (changes.length === 0) return <Paragraph>{t('maps.compare.none')}</Paragraph>
  return (
    <>
      {GROUPS.map((group) => {
        const items = changes.filter((change) => groupOf(change) === group)
        if (items.length === 0) return null
        const id = `${idPrefix}-${group}`
        return (
          <section key={group} aria-labelledby={id} className="rk-changes">
            <Heading level={headingLevel} id={id}>
              {translateCode('maps.compare.groups', group, null)}{' '}
              <span className="rk-heading-count">({items.length})</span>
            </Heading>
            <ul className="rk-changes__list">
              {items.map((change) => (
                <li key={`${change.kind}-${change.id}`} className={`rk-change rk-change--${group}`}>
                  <ChangeText change={change} group={group} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

function ChangeText({ change, group }: { change: MapChange; group: Group }) {
  const { t } = useTranslation()
  const kind = translateCode('maps.nodeKinds', change.nodeKind, null)
  if (group === 'renamed') {
    return (
      <>
        <span className="rk-change__kind">{kind}:</span> <del>{change.before}</del>{' '}
        <span aria-hidden="true">→</span>
        <span className="rk-visually-hidden">{t('maps.compare.becomes')}</span>{' '}
        <ins>{change.after}</ins>
      </>
    )
  }
  if (group === 'moved' || group === 'reordered') {
    const { from, to } = change
    const parent = (title: string | null | undefined) => title ?? t('maps.compare.mapItself')
    const where =
      group === 'reordered'
        ? t('maps.compare.reorderedText', {
            from: (from?.position ?? 0) + 1,
            to: (to?.position ?? 0) + 1,
          })
        : t('maps.compare.movedText', {
            from: parent(from?.parentTitle),
            to: parent(to?.parentTitle),
          })
    return (
      <>
        <span className="rk-change__kind">{kind}:</span> {change.title}{' '}
        <span className="rk-change__detail">({where})</span>
      </>
    )
  }
  return (
    <>
      <span className="rk-change__kind">{kind}:</span> {change.title}
    </>
  )
}
