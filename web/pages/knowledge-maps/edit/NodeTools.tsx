import { Button } from '@utrecht/component-library-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { updateDraftNode } from '../../../../domain/api/knowledge-maps.ts'
import type { NodeKind } from '../../../../domain/knowledge-maps/model.ts'
import { callApi } from '../../../api/client.ts'
import { VisuallyHidden } from '../../../components/VisuallyHidden.tsx'
import { useDraft } from './draft-context.ts'
import { MoveForm, RemoveStep, RenameForm } from './NodeForms.tsx'

export interface EditableNode {
  kind: NodeKind
  id: string
  title: string
  parentId: string | null
  /** 0-based place among its siblings, and how many siblings there are. */
  index: number
  count: number
}

export interface MoveTarget {
  id: string
  title: string
  group?: string
}

/**
 * The tools of one node: move up and down among its siblings, and behind "Wijzigen" a panel to
 * rename it, move it to another parent, manage its crosswalks, or remove it.
 */
export function NodeTools({
  node,
  moveTargets,
  removeNote,
  children,
}: {
  node: EditableNode
  moveTargets?: MoveTarget[]
  removeNote?: string
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { slug, run, busyKey, proposal } = useDraft()
  const [open, setOpen] = useState(proposal?.nodeId === node.id && proposal.change !== 'add')
  const { id, title, index, count } = node

  const move = (position: number, key: string) =>
    run({
      key,
      call: () => callApi(updateDraftNode, { params: { slug, nodeId: id }, body: { position } }),
      done: t('edit.moved', { title, position: position + 1, count }),
      // The same button again; at the top or bottom that one is disabled: the other one.
      focus: [key, key === `omhoog-${id}` ? `omlaag-${id}` : `omhoog-${id}`, `wijzigen-${id}`],
    })

  return (
    <>
      <div className="rk-node-tools">
        <Button
          id={`omhoog-${id}`}
          type="button"
          appearance="secondary-action-button"
          className="rk-small-button"
          disabled={index === 0}
          busy={busyKey === `omhoog-${id}`}
          onClick={() => void move(index - 1, `omhoog-${id}`)}
        >
          {t('edit.up')}
          <VisuallyHidden>: {title}</VisuallyHidden>
        </Button>
        <Button
          id={`omlaag-${id}`}
          type="button"
          appearance="secondary-action-button"
          className="rk-small-button"
          disabled={index === count - 1}
          busy={busyKey === `omlaag-${id}`}
          onClick={() => void move(index + 1, `omlaag-${id}`)}
        >
          {t('edit.down')}
          <VisuallyHidden>: {title}</VisuallyHidden>
        </Button>
        <Button
          id={`wijzigen-${id}`}
          type="button"
          appearance="secondary-action-button"
          className="rk-small-button"
          aria-expanded={open}
          aria-controls={open ? `paneel-${id}` : undefined}
          onClick={() => setOpen((value) => !value)}
        >
          {t('edit.change')}
          <VisuallyHidden>: {title}</VisuallyHidden>
        </Button>
      </div>
      {open && (
        <div id={`paneel-${id}`} className="rk-node-panel">
          <RenameForm
            node={node}
            onDone={() => setOpen(false)}
            proposed={
              proposal?.nodeId === node.id && proposal.change === 'reword' ? proposal.title : null
            }
          />
          {moveTargets && moveTargets.length > 0 && <MoveForm node={node} targets={moveTargets} />}
          {children}
          <div className="rk-node-panel__remove">
            <RemoveStep node={node} note={removeNote} />
          </div>
        </div>
      )}
    </>
  )
}
