import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format.ts'
import { useDutchContent } from '../../components/NlText.tsx'
import { ProposalText } from './ProposalText.tsx'
import type { ReviewComment } from './queries.ts'
import { RespondForm } from './RespondForm.tsx'
import { CommentBadge } from './RoundBadge.tsx'

/**
 * One comment or proposal with its state and the programme team's answer. The programme team
 * answers it, adopts it (a proposal's change goes into the concept), or declines it.
 */
export function CommentItem({
  comment,
  roundId,
  slug,
  canRespond,
  partTitle,
}: {
  comment: ReviewComment
  roundId: string
  slug: string
  canRespond: boolean
  /** The title of the part the comment is on, as it is now. */
  partTitle?: string
}) {
  const { t, i18n } = useTranslation()
  // Comments are on Dutch kenniskaarten, in the programme's working language.
  const nl = useDutchContent()
  const author = comment.mine
    ? t('reviews.comment.you')
    : (comment.author ?? t('reviews.comment.someone'))
  return (
    <li id={`opmerking-${comment.id}`} className={`rk-comment rk-comment--${comment.status}`}>
      <div className="rk-comment__head">
        <span className="rk-comment__kind">{t(`reviews.comment.kinds.${comment.kind}`)}</span>
        <CommentBadge status={comment.status} />
        <span className="rk-comment__by">
          {t('reviews.comment.by', {
            author,
            date: formatDateTime(comment.createdAt, i18n.language),
          })}
        </span>
      </div>
      <ProposalText comment={comment} partTitle={partTitle} />
      <Paragraph className="rk-comment__body" {...nl}>
        {comment.body}
      </Paragraph>
      {comment.adoption && (
        <Paragraph className="rk-comment__adoption">
          {t(`reviews.adoption.${comment.adoption}`)}
        </Paragraph>
      )}
      {comment.response && (
        <div className="rk-comment__response">
          <span className="rk-comment__kind">{t('reviews.comment.response')}</span>
          <Paragraph className="rk-comment__body" {...nl}>
            {comment.response}
          </Paragraph>
        </div>
      )}
      {canRespond && <RespondForm comment={comment} roundId={roundId} slug={slug} />}
    </li>
  )
}
