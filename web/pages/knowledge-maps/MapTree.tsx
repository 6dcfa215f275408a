import { Heading2, Heading3, Link } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  Crosswalk,
  DomainNode,
  ObjectiveNode,
  ThemeNode,
} from '../../../domain/knowledge-maps/tree.ts'
import { NlText, useDutchContent } from '../../components/NlText.tsx'
import { translateCode } from '../../i18n/dynamic.ts'

/**
 * A kenniskaart as headings and lists: domains (h2) → themes (h3) → objectives (list items).
 * Every node's element id is its own id, stable across versions, so `#<id>` is a lasting
 * address of an objective. The review page adds comments through the two render slots.
 */
export function MapTree({
  domains,
  themeExtra,
  objectiveExtra,
  headingPrefix,
  targetId,
}: {
  domains: readonly DomainNode[]
  themeExtra?: (theme: ThemeNode) => ReactNode
  objectiveExtra?: (objective: ObjectiveNode) => ReactNode
  /** Text before each domain heading, for a page that has other h2s (e.g. "Domein"). */
  headingPrefix?: string
  /** The objective the address points at (`#<id>`), shown marked. */
  targetId?: string
}) {
  const nl = useDutchContent()
  return (
    <div className="rk-map-tree">
      {domains.map((domain) => (
        <section
          key={domain.id}
          id={domain.id}
          aria-labelledby={`${domain.id}-titel`}
          className="rk-domain"
        >
          <Heading2 id={`${domain.id}-titel`}>
            {headingPrefix && <span className="rk-domain__prefix">{headingPrefix} </span>}
            <NlText>{domain.title}</NlText>
          </Heading2>
          {domain.themes.map((theme) => (
            <section
              key={theme.id}
              id={theme.id}
              aria-labelledby={`${theme.id}-titel`}
              className="rk-theme"
            >
              <Heading3 id={`${theme.id}-titel`} {...nl}>
                {theme.title}
              </Heading3>
              {themeExtra?.(theme)}
              <ul className="rk-objectives">
                {theme.objectives.map((objective) => (
                  <ObjectiveItem
                    key={objective.id}
                    objective={objective}
                    target={objective.id === targetId}
                  >
                    {objectiveExtra?.(objective)}
                  </ObjectiveItem>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}

function ObjectiveItem({
  objective,
  target,
  children,
}: {
  objective: ObjectiveNode
  target: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  const nl = useDutchContent()
  return (
    <li id={objective.id} className={target ? 'rk-objective rk-objective--target' : 'rk-objective'}>
      <div className="rk-objective__line">
        <span className="rk-objective__title" {...nl}>
          {objective.title}
        </span>{' '}
        <a href={`#${objective.id}`} className="utrecht-link rk-objective__anchor rk-no-print">
          {t('maps.tree.link')}
          <span className="rk-visually-hidden"> {t('maps.tree.linkHidden')}</span>
        </a>
      </div>
      {objective.crosswalks && objective.crosswalks.length > 0 && (
        <CrosswalkList crosswalks={objective.crosswalks} />
      )}
      {children}
    </li>
  )
}

/** Links of an objective to other frameworks (RDDI, ESCO, another kenniskaart). */
export function CrosswalkList({
  crosswalks,
  action,
}: {
  crosswalks: readonly Crosswalk[]
  action?: (crosswalk: Crosswalk) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="rk-crosswalks">
      <span className="rk-crosswalks__title">{t('maps.crosswalks.title')}</span>
      <ul>
        {crosswalks.map((crosswalk) => (
          <li key={crosswalk.id}>
            {translateCode('maps.crosswalks.relations', crosswalk.relation, null)}{' '}
            {translateCode('maps.crosswalks.frameworks', crosswalk.framework, null)}:{' '}
            <Link href={crosswalk.uri} rel="noopener noreferrer">
              {crosswalk.label}
            </Link>
            {action?.(crosswalk)}
          </li>
        ))}
      </ul>
    </div>
  )
}
