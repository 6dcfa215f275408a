import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { roundDetailSchema } from '../../../domain/api/reviews.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import type { Option } from '../../components/form/SelectField.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { MapTree } from '../knowledge-maps/MapTree.tsx'
import { CommentForm, type CommentTarget } from './CommentForm.tsx'
import { CommentItem } from './CommentItem.tsx'
import { ProgrammePanel } from './ProgrammePanel.tsx'
import { type ReviewComment, roundQuery } from './queries.ts'
import { RoundBadge } from './RoundBadge.tsx'

type RoundDetail = z.infer<typeof roundDetailSchema>

/**
 * `/meedenken/$roundId`, the link mailed to reviewers: the concept tree with, per theme and
 * objective, its comments and a form to comment or propose. The programme team also sees the
 * counts and participants, answers each comment, invites more people and closes the round.
 */
export function RoundPage() {
  const { t } = useTranslation()
  const { roundId } = useParams({ from: '/meedenken/$roundId' })
  const round = useQuery(roundQuery(roundId))
  const title = round.data
    ? t('reviews.round.titleFor', { map: round.data.round.map.title })
    : t('reviews.round.title')
  usePageTitle(title)

  return (
    <>
      <Paragraph className="rk-back">
        {round.data?.canRespond ? (
          <AppLink
            to="/kenniskaarten/$slug/reviewrondes"
            params={{ slug: round.data.round.map.slug }}
          >
            {t('reviews.round.backToMap', { map: round.data.round.map.title })}
          </AppLink>
        ) : (
          <AppLink to="/meedenken">{t('reviews.round.back')}</AppLink>
        )}
      </Paragraph>
      <Heading1>{title}</Heading1>
      {round.isPending && <Loading />}
      {round.isError && <ErrorAlert error={round.error} />}
      {round.data && <RoundView detail={round.data} />}
    </>
  )
}

function RoundView({ detail }: { detail: RoundDetail }) {
  const { t, i18n } = useTranslation()
  const { round, tree, comments, canComment, canRespond, participants } = detail
  const byNode = new Map<string | null, ReviewComment[]>()
  for (const comment of comments) {
    byNode.set(comment.nodeId, [...(byNode.get(comment.nodeId) ?? []), comment])
  }
  const ids = new Set(
    tree.domains.flatMap((d) => [
      d.id,
      ...d.themes.flatMap((th) => [th.id, ...th.objectives.map((o) => o.id)]),
    ]),
  )
  const orphans = comments.filter((comment) => comment.nodeId !== null && !ids.has(comment.nodeId))
  // Where a part could move: other domains for a theme, other themes for an objective.
  const domainsBut = (id: string) =>
    tree.domains.filter((d) => d.id !== id).map((d) => ({ value: d.id, label: d.title }))
  const themesBut = (id: string) =>
    tree.domains.flatMap((d) =>
      d.themes
        .filter((th) => th.id !== id)
        .map((th) => ({
          value: th.id,
          label: tree.domains.length > 1 ? `${th.title} (${d.title})` : th.title,
        })),
    )
  const parentOf = new Map(
    tree.domains.flatMap((d) => [
      ...d.themes.map((th) => [th.id, d.id] as const),
      ...d.themes.flatMap((th) => th.objectives.map((o) => [o.id, th.id] as const)),
    ]),
  )
  const thread = (nodeId: string | null, target: CommentTarget, title: string) => (
    <CommentThread
      slug={tree.map.slug}
      moveTargets={
        nodeId === null
          ? []
          : target === 'theme'
            ? domainsBut(parentOf.get(nodeId) ?? '')
            : themesBut(parentOf.get(nodeId) ?? '')
      }
      roundId={round.id}
      nodeId={nodeId}
      target={target}
      title={title}
      comments={byNode.get(nodeId) ?? []}
      canComment={canComment}
      canRespond={canRespond}
    />
  )

  return (
    <>
      <Paragraph lead>{round.title}</Paragraph>
      <div className="rk-map-head">
        <span id="ronde-status" tabIndex={-1}>
          <RoundBadge state={round.state} />
        </span>
        <Paragraph className="rk-map-head__version">
          {round.state === 'open'
            ? t('reviews.round.until', { date: formatDate(round.deadline, i18n.language) })
            : round.closedBy === 'deadline'
              ? t('reviews.round.closedByDeadline', {
                  date: formatDate(round.deadline, i18n.language),
                })
              : t(
                  round.closedBy === 'publish'
                    ? 'reviews.round.closedByPublish'
                    : 'reviews.round.closedByHand',
                  { date: round.closedAt ? formatDate(round.closedAt, i18n.language) : '' },
                )}{' '}
          {round.state === 'closed' && t('reviews.round.closed')}
        </Paragraph>
      </div>
      <Alert type="warning" className="rk-concept-banner">
        <Paragraph>
          <strong>{t('maps.concept.title')}</strong> {t('reviews.round.concept')}
        </Paragraph>
      </Alert>
      <div className="rk-prose">
        <Paragraph>{t('reviews.round.intro')}</Paragraph>
        {!canComment && round.state === 'open' && canRespond && (
          <Paragraph>{t('reviews.round.programmeNote')}</Paragraph>
        )}
        <Paragraph>
          {t('reviews.round.count', { count: round.counts.comments })}{' '}
          <AppLink to="/kenniskaarten/$slug" params={{ slug: tree.map.slug }}>
            {t('reviews.round.toMap', { map: tree.map.title })}
          </AppLink>
        </Paragraph>
      </div>
      {canRespond && participants && <ProgrammePanel round={round} participants={participants} />}
      <section aria-labelledby="hele-kaart" className="rk-section rk-general-comments">
        <Heading2 id="hele-kaart">{t('reviews.round.general')}</Heading2>
        <Paragraph>{tree.map.description}</Paragraph>
        {thread(null, 'map', tree.map.title)}
      </section>
      <MapTree
        domains={tree.domains}
        themeExtra={(theme) => thread(theme.id, 'theme', theme.title)}
        objectiveExtra={(objective) => thread(objective.id, 'objective', objective.title)}
      />
      {orphans.length > 0 && (
        <section aria-labelledby="vervallen" className="rk-section">
          <Heading2 id="vervallen">{t('reviews.round.orphans')}</Heading2>
          <ul className="rk-comments">
            {orphans.map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                roundId={round.id}
                slug={tree.map.slug}
                canRespond={canRespond}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function CommentThread({
  slug,
  moveTargets,
  roundId,
  nodeId,
  target,
  title,
  comments,
  canComment,
  canRespond,
}: {
  slug: string
  moveTargets: readonly Option[]
  roundId: string
  nodeId: string | null
  target: CommentTarget
  title: string
  comments: readonly ReviewComment[]
  canComment: boolean
  canRespond: boolean
}) {
  const { t } = useTranslation()
  if (comments.length === 0 && !canComment) return null
  return (
    <div className={`rk-thread rk-thread--${target}`}>
      {comments.length > 0 && (
        <ul
          className="rk-comments"
          aria-label={t('reviews.round.commentsOn', { title, count: comments.length })}
        >
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              roundId={roundId}
              slug={slug}
              partTitle={title}
              canRespond={canRespond}
            />
          ))}
        </ul>
      )}
      {canComment && (
        <CommentForm
          roundId={roundId}
          nodeId={nodeId}
          target={target}
          title={title}
          moveTargets={moveTargets}
        />
      )}
    </div>
  )
}
