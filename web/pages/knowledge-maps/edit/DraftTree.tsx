import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type {
  DomainNode,
  ObjectiveNode,
  ThemeNode,
} from '../../../../domain/knowledge-maps/tree.ts'
import { AddNodeForm } from './AddNodeForm.tsx'
import { CrosswalkEditor } from './CrosswalkEditor.tsx'
import { useDraft } from './draft-context.ts'
import { NodeTools } from './NodeTools.tsx'

/**
 * The concept as an editable tree: the same headings as the published page, with the tools of
 * each node beside it. Every action answers with the whole new draft.
 */
export function DraftTree() {
  const { draft } = useDraft()
  return (
    <div className="rk-edit-tree">
      {draft.domains.map((domain, index) => (
        <DomainEditor key={domain.id} domain={domain} index={index} count={draft.domains.length} />
      ))}
      <AddNodeForm kind="domain" parentId={null} parentTitle={draft.map.title} />
    </div>
  )
}

function DomainEditor({
  domain,
  index,
  count,
}: {
  domain: DomainNode
  index: number
  count: number
}) {
  const { t } = useTranslation()
  const objectives = domain.themes.reduce((sum, theme) => sum + theme.objectives.length, 0)
  return (
    <section
      id={domain.id}
      aria-labelledby={`${domain.id}-titel`}
      className="rk-domain rk-edit-domain"
    >
      <div className="rk-edit-node">
        <Heading2 id={`${domain.id}-titel`}>
          <span className="rk-domain__prefix">{t('maps.nodeKinds.domain')}: </span>
          {domain.title}
        </Heading2>
        <NodeTools
          node={{
            kind: 'domain',
            id: domain.id,
            title: domain.title,
            parentId: null,
            index,
            count,
          }}
          removeNote={t('edit.removeDomainNote', { themes: domain.themes.length, objectives })}
        />
      </div>
      {domain.themes.length === 0 && (
        <Paragraph className="rk-empty-note">{t('edit.emptyDomain')}</Paragraph>
      )}
      {domain.themes.map((theme, themeIndex) => (
        <ThemeEditor
          key={theme.id}
          theme={theme}
          domain={domain}
          index={themeIndex}
          count={domain.themes.length}
        />
      ))}
      <AddNodeForm kind="theme" parentId={domain.id} parentTitle={domain.title} />
    </section>
  )
}

function ThemeEditor({
  theme,
  domain,
  index,
  count,
}: {
  theme: ThemeNode
  domain: DomainNode
  index: number
  count: number
}) {
  const { t } = useTranslation()
  const { draft } = useDraft()
  const otherDomains = draft.domains
    .filter((candidate) => candidate.id !== domain.id)
    .map((candidate) => ({ id: candidate.id, title: candidate.title }))
  return (
    <section id={theme.id} aria-labelledby={`${theme.id}-titel`} className="rk-theme rk-edit-theme">
      <div className="rk-edit-node">
        <Heading3 id={`${theme.id}-titel`}>{theme.title}</Heading3>
        <NodeTools
          node={{
            kind: 'theme',
            id: theme.id,
            title: theme.title,
            parentId: domain.id,
            index,
            count,
          }}
          moveTargets={otherDomains}
          removeNote={t('edit.removeThemeNote', { count: theme.objectives.length })}
        />
      </div>
      {theme.objectives.length === 0 && (
        <Paragraph className="rk-empty-note">{t('edit.emptyTheme')}</Paragraph>
      )}
      <ul className="rk-objectives">
        {theme.objectives.map((objective, objectiveIndex) => (
          <ObjectiveEditor
            key={objective.id}
            objective={objective}
            theme={theme}
            index={objectiveIndex}
            count={theme.objectives.length}
          />
        ))}
      </ul>
      <AddNodeForm kind="objective" parentId={theme.id} parentTitle={theme.title} />
    </section>
  )
}

function ObjectiveEditor({
  objective,
  theme,
  index,
  count,
}: {
  objective: ObjectiveNode
  theme: ThemeNode
  index: number
  count: number
}) {
  const { draft } = useDraft()
  const otherThemes = draft.domains.flatMap((domain) =>
    domain.themes
      .filter((candidate) => candidate.id !== theme.id)
      .map((candidate) => ({ id: candidate.id, title: candidate.title, group: domain.title })),
  )
  const crosswalks = objective.crosswalks?.length ?? 0
  return (
    <li id={objective.id} className="rk-objective rk-edit-objective">
      <div className="rk-edit-node">
        <span className="rk-objective__title">{objective.title}</span>
        <NodeTools
          node={{
            kind: 'objective',
            id: objective.id,
            title: objective.title,
            parentId: theme.id,
            index,
            count,
          }}
          moveTargets={otherThemes}
        >
          <CrosswalkEditor objective={objective} />
        </NodeTools>
      </div>
      {crosswalks > 0 && <CrosswalkCount count={crosswalks} />}
    </li>
  )
}

function CrosswalkCount({ count }: { count: number }) {
  const { t } = useTranslation()
  return <span className="rk-crosswalk-count">{t('edit.crosswalks.count', { count })}</span>
}
