import { translateCode } from '../../i18n/dynamic.ts'

/** Open or closed; the words carry the state, the colour repeats it. */
export function RoundBadge({ state }: { state: 'open' | 'closed' }) {
  return (
    <span className={`rk-badge rk-badge--${state}`}>
      {translateCode('reviews.states', state, null)}
    </span>
  )
}

/** Open, answered, accepted or declined: the state of one comment. */
export function CommentBadge({ status }: { status: string }) {
  return (
    <span className={`rk-badge rk-badge--${status}`}>
      {translateCode('reviews.commentStatuses', status, null)}
    </span>
  )
}
