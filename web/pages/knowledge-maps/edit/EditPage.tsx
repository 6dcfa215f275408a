import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams, useSearch } from '@tanstack/react-router'
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createDraft } from '../../../../domain/api/knowledge-maps.ts'
import type { MapTree } from '../../../../domain/knowledge-maps/tree.ts'
import { ApiError, callApi } from '../../../api/client.ts'
import { useCan } from '../../../api/session.ts'
import { ErrorAlert } from '../../../components/ErrorAlert.tsx'
import { formatDateTime } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { AppLink } from '../../../components/links.tsx'
import { LiveStatus } from '../../../components/StatusMessage.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { draftQuery, mapTreeQuery, storeDraft, versionsQuery } from '../queries.ts'
import { numberedVersions } from '../VersionPicker.tsx'
import { CsvSection } from './CsvSection.tsx'
import { DraftTree } from './DraftTree.tsx'
import { DraftContext, type ProposalToApply, useDraftActions } from './draft-context.ts'
import { PublishSection } from './PublishSection.tsx'

/**
 * `/kenniskaarten/$slug/bewerken` (programme team): the concept of a map, edited node by node
 * or as a spreadsheet, then published as the next version. Without a concept: a button that
 * starts one from the current version.
 */
export function EditPage() {
  const { t } = useTranslation()
  const { slug } = useParams({ from: '/kenniskaarten/$slug/bewerken' })
  const search = useSearch({ from: '/kenniskaarten/$slug/bewerken' })
  const proposal = search.onderdeel
    ? { nodeId: search.onderdeel, change: search.wijziging ?? '', title: search.tekst ?? null }
    : null
  const editor = useCan('maps.edit')
  const map = useQuery(mapTreeQuery(slug))
  // The versions say whether there is a concept, so a missing one is not fetched in vain.
  const versions = useQuery({ ...versionsQuery(slug), enabled: editor })
  const hasDraft = versions.data?.versions.some((version) => version.number === null)
  const draft = useQuery({ ...draftQuery(slug), enabled: editor && hasDraft === true })
  const title = map.data ? t('edit.titleFor', { map: map.data.map.title }) : t('edit.title')
  usePageTitle(title)

  const noDraft =
    (hasDraft === false && !draft.data) ||
    (draft.error instanceof ApiError && draft.error.code === 'no_draft')
  const pending = versions.isPending || (hasDraft === true && draft.isPending)
  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten/$slug" params={{ slug }}>
          {t('maps.compare.back', { map: map.data?.map.title ?? slug })}
        </AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {!editor && <Paragraph>{t('edit.noAccess')}</Paragraph>}
      {editor && pending && <Loading />}
      {editor && versions.isError && <ErrorAlert error={versions.error} />}
      {editor && draft.isError && !noDraft && <ErrorAlert error={draft.error} />}
      {editor && noDraft && <StartDraft slug={slug} />}
      {editor && draft.data && <DraftEditor slug={slug} draft={draft.data} proposal={proposal} />}
    </>
  )
}

function StartDraft({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  return (
    <>
      <Paragraph>{t('edit.noDraft')}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <Button
        type="button"
        appearance="primary-action-button"
        busy={busy}
        onClick={async () => {
          setBusy(true)
          setError(null)
          try {
            const tree = await callApi(createDraft, { params: { slug } })
            await storeDraft(queryClient, slug, tree)
            requestAnimationFrame(() => document.getElementById('onderdelen')?.focus())
          } catch (failure) {
            setError(failure)
          } finally {
            setBusy(false)
          }
        }}
      >
        {t('edit.startDraft')}
      </Button>
    </>
  )
}

function DraftEditor({
  slug,
  draft,
  proposal,
}: {
  slug: string
  draft: MapTree
  proposal: ProposalToApply | null
}) {
  const { t, i18n } = useTranslation()
  const actions = useDraftActions(slug, draft)
  const versions = useQuery(versionsQuery(slug))
  const published =
    numberedVersions(versions.data?.versions ?? []).find((v) => v.state === 'published')?.number ??
    null
  return (
    <DraftContext.Provider value={{ slug, draft, proposal, ...actions }}>
      <Alert type="warning" className="rk-concept-banner">
        <Paragraph>
          <strong>{t('maps.concept.title')}</strong>{' '}
          {published === null ? t('edit.conceptNew') : t('edit.conceptOf', { number: published })}{' '}
          {t('edit.updatedAt', { date: formatDateTime(draft.version.updatedAt, i18n.language) })}
        </Paragraph>
      </Alert>
      {proposal && <ProposalNotice proposal={proposal} />}
      <nav aria-labelledby="bewerken-inhoud" className="rk-toc">
        <h2 id="bewerken-inhoud" className="rk-toc__title">
          {t('edit.contents')}
        </h2>
        <ul>
          <li>
            <a className="utrecht-link" href="#onderdelen">
              {t('edit.tree.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#spreadsheet">
              {t('edit.csv.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#publiceren">
              {t('edit.publish.title')}
            </a>
          </li>
          <li>
            <AppLink to="/kenniskaarten/$slug/reviewrondes" params={{ slug }}>
              {t('reviews.rounds.title')}
            </AppLink>
          </li>
          <li>
            <AppLink to="/kenniskaarten/$slug/werksessies" params={{ slug }}>
              {t('workSessions.title')}
            </AppLink>
          </li>
          {published !== null && (
            <li>
              <AppLink
                to="/kenniskaarten/$slug/vergelijken"
                params={{ slug }}
                search={{ van: String(published), naar: 'concept' }}
              >
                {t('edit.compareWithPublished', { number: published })}
              </AppLink>
            </li>
          )}
        </ul>
      </nav>
      <section aria-labelledby="onderdelen" className="rk-section">
        <Heading2 id="onderdelen" tabIndex={-1}>
          {t('edit.tree.title')}
        </Heading2>
        <Paragraph>{t('edit.tree.intro')}</Paragraph>
        <DraftTree />
        <LiveStatus announcement={actions.announcement} className="rk-live-status" />
      </section>
      <CsvSection />
      <PublishSection published={published} />
    </DraftContext.Provider>
  )
}

/** Carrying out a review proposal by hand: where its part is, already opened and filled in. */
function ProposalNotice({ proposal }: { proposal: ProposalToApply }) {
  const { t } = useTranslation()
  return (
    <Alert type="info">
      <Paragraph>
        {t('edit.proposal.intro')}{' '}
        <a className="utrecht-link" href={`#${proposal.nodeId}`}>
          {t('edit.proposal.toPart')}
        </a>
      </Paragraph>
      <Paragraph>{t('edit.proposal.then')}</Paragraph>
    </Alert>
  )
}
