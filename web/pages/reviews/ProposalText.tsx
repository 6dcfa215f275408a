import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { ReviewComment } from './queries.ts'

/**
 * What a proposal changes, in words: another wording, a new objective, a move or a removal,
 * with the part's title when it was proposed if it has changed since. Early proposals that
 * carry only a wording show that.
 */
export function ProposalText({ comment }: { comment: ReviewComment }) {
  const { t } = useTranslation()
  const { proposal } = comment
  if (!proposal) {
    if (!comment.proposedTitle) return null
    return (
      <Paragraph className="rk-comment__proposal">
        {t('reviews.comment.proposedText')} <q>{comment.proposedTitle}</q>
      </Paragraph>
    )
  }
  return (
    <div className="rk-comment__proposal">
      <Paragraph>
        <strong>{t(`reviews.proposal.says.${proposal.change}`)}</strong>{' '}
        {proposal.change === 'move' && proposal.targetTitle && <q>{proposal.targetTitle}</q>}
        {proposal.title && <q>{proposal.title}</q>}
      </Paragraph>
      {comment.nodeTitle && proposal.change === 'reword' && (
        <Paragraph className="rk-comment__was">
          {t('reviews.proposal.was')} <q>{comment.nodeTitle}</q>
        </Paragraph>
      )}
    </div>
  )
}
