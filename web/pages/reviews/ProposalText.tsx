import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { ReviewComment } from './queries.ts'

/**
 * What a proposal changes, in words: another wording, a new objective, a move or a removal,
 * with the part's title when it was proposed if it has changed since. Early proposals that
 * carry only a wording show that.
 */
export function ProposalText({
  comment,
  partTitle,
}: {
  comment: ReviewComment
  /** The part's title now, when known: the title at proposing time shows only if it differs. */
  partTitle?: string
}) {
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
      {comment.nodeTitle && comment.nodeTitle !== partTitle && (
        <Paragraph className="rk-comment__was">
          {t('reviews.proposal.was')} <q>{comment.nodeTitle}</q>
        </Paragraph>
      )}
    </div>
  )
}
