import type { z } from 'zod'
import type { NodeKind } from '../../../domain/knowledge-maps/model.ts'
import type { commentInput, Proposal } from '../../../domain/schemas/reviews.ts'
import type { Db } from '../../db/connection.ts'
import type { MapNodeTable, ReviewCommentTable } from '../../db/schema.ts'
import { AppError } from '../../errors.ts'
import { now } from '../../util.ts'
import {
  addNodeIn,
  isWorkingVersion,
  lockVersion,
  nodesOf,
  removeNodeIn,
  updateNodeIn,
} from '../knowledge-maps/draft.ts'

const PARENT_KIND: Partial<Record<NodeKind, NodeKind>> = { theme: 'domain', objective: 'theme' }

const invalid = (field: string) =>
  new AppError('validation_failed', [{ field, code: 'invalid_choice' }])

/**
 * Checks a proposal against the round's version and turns it into what is stored: the change
 * as data, and the node's title and parent now, to recognise later that it changed meanwhile.
 * Wrong input names its field (`nodeId`, `change`, `title`, `targetId`) and nothing is saved.
 */
export async function proposalOf(
  db: Db,
  versionId: string,
  input: z.output<typeof commentInput>,
): Promise<Pick<ReviewCommentTable, 'proposal' | 'node_title' | 'node_parent_id'>> {
  const nodes = await nodesOf(db, versionId)
  const node = nodes.find((n) => n.node_id === input.nodeId)
  if (!node || !input.change) throw invalid('nodeId')
  const proposal: Proposal = {
    change: input.change,
    title: null,
    targetId: null,
    targetTitle: null,
    position: null,
  }
  switch (input.change) {
    case 'reword':
      if (node.kind === 'domain') throw invalid('change')
      if (input.title === node.title)
        throw new AppError('validation_failed', [{ field: 'title', code: 'invalid' }])
      proposal.title = input.title ?? null
      break
    case 'add':
      if (node.kind !== 'theme') throw invalid('nodeId')
      proposal.title = input.title ?? null
      break
    case 'remove':
      if (node.kind === 'domain') throw invalid('change')
      break
    case 'move': {
      const wanted = PARENT_KIND[node.kind]
      if (!wanted) throw invalid('change')
      const target = nodes.find((n) => n.node_id === (input.targetId ?? node.parent_node_id))
      if (!target || target.kind !== wanted) throw invalid('targetId')
      if (target.node_id === node.parent_node_id && input.position === undefined)
        throw invalid('targetId')
      proposal.targetId = target.node_id
      proposal.targetTitle = target.title
      proposal.position = input.position ?? null
      break
    }
  }
  return {
    proposal: JSON.stringify(proposal),
    node_title: node.title,
    node_parent_id: node.parent_node_id,
  }
}

/** Why a proposal cannot be applied as it stands. */
export type ConflictReason =
  | 'published'
  | 'node_removed'
  | 'node_changed'
  | 'node_moved'
  | 'target_removed'

function conflictOf(
  nodes: MapNodeTable[],
  comment: Pick<ReviewCommentTable, 'node_id' | 'node_title' | 'node_parent_id'>,
  proposal: Proposal,
  anyway: boolean,
): ConflictReason | null {
  const node = nodes.find((n) => n.node_id === comment.node_id)
  if (!node) return 'node_removed'
  if (proposal.change === 'move') {
    const target = nodes.find((n) => n.node_id === proposal.targetId)
    if (!target || target.kind !== PARENT_KIND[node.kind]) return 'target_removed'
  }
  if (anyway) return null
  if (node.title !== comment.node_title) return 'node_changed'
  if (node.parent_node_id !== comment.node_parent_id) return 'node_moved'
  return null
}

/**
 * Applies an adopted proposal to the concept inside the caller's transaction, with the
 * concept's own edit operations, after locking the version row. A concept that was published
 * meanwhile, or a part that changed since the proposal (unless `anyway`), is a
 * `proposal_conflict` naming why, and nothing changes.
 */
export async function applyProposal(
  tx: Db,
  options: {
    versionId: string
    comment: Pick<ReviewCommentTable, 'node_id' | 'node_title' | 'node_parent_id'>
    proposal: Proposal
    anyway: boolean
  },
) {
  const { versionId, comment, proposal, anyway } = options
  const version = await lockVersion(tx, versionId)
  const conflict = (reason: ConflictReason, title?: string) =>
    new AppError('proposal_conflict', undefined, [{ code: reason, ...(title ? { title } : {}) }])
  if (!version || !isWorkingVersion(version)) throw conflict('published')
  const nodes = await nodesOf(tx, versionId)
  const reason = conflictOf(nodes, comment, proposal, anyway)
  const nodeId = comment.node_id!
  if (reason) throw conflict(reason, nodes.find((n) => n.node_id === nodeId)?.title)
  switch (proposal.change) {
    case 'reword':
      await updateNodeIn(tx, versionId, nodeId, { title: proposal.title! })
      break
    case 'add':
      await addNodeIn(tx, versionId, {
        kind: 'objective',
        parentId: nodeId,
        title: proposal.title!,
      })
      break
    case 'remove':
      await removeNodeIn(tx, versionId, nodeId)
      break
    case 'move':
      await updateNodeIn(tx, versionId, nodeId, {
        parentId: proposal.targetId!,
        position: proposal.position ?? undefined,
      })
      break
  }
  await tx.kysely
    .updateTable('map_versions')
    .set({ updated_at: now() })
    .where('id', '=', versionId)
    .execute()
}
