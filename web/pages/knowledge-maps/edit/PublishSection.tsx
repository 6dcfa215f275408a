import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getPublishPreview, publishDraft } from '../../../../domain/api/knowledge-maps.ts'
import type { DomainNode } from '../../../../domain/knowledge-maps/tree.ts'
import { publishInput } from '../../../../domain/schemas/knowledge-maps.ts'
import { ApiError, callApi } from '../../../api/client.ts'
import { ErrorAlert } from '../../../components/ErrorAlert.tsx'
import { showFlash } from '../../../components/flash.ts'
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../../components/form/TextareaField.tsx'
import { useForm } from '../../../components/form/useForm.ts'
import { Loading } from '../../../components/Loading.tsx'
import { StatusMessage } from '../../../components/StatusMessage.tsx'
import { ChangeList } from '../ChangeList.tsx'
import { compareQuery, storeDraft } from '../queries.ts'
import { useDraft } from './draft-context.ts'
import { type Preview, PublishQuestion } from './PublishQuestion.tsx'

/** Domains and themes without anything under them: a concept with those cannot be published. */
function emptyNodes(domains: readonly DomainNode[]) {
  return [
    ...domains.filter((domain) => domain.themes.length === 0),
    ...domains.flatMap((domain) => domain.themes.filter((theme) => theme.objectives.length === 0)),
  ]
}

/**
 * Publish the concept as the next version, after showing what changes compared with the
 * version that is published now ("Dit verandert er"). The published version stays readable.
 */
export function PublishSection({ published }: { published: number | null }) {
  const { t } = useTranslation()
  const { slug, draft } = useDraft()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const changes = useQuery({
    ...compareQuery(slug, published ?? 1, 'draft'),
    enabled: published !== null,
  })
  const form = useForm('publiceren', { changeNote: '' })
  const [refused, setRefused] = useState<{ at: number; titles: string[] } | null>(null)
  const empty = emptyNodes(draft.domains)
  const next = (published ?? 0) + 1

  // Asked first: what will change, and what is still open in the concept's review rounds.
  const [asking, setAsking] = useState<{ input: { changeNote: string }; preview: Preview } | null>(
    null,
  )
  const ask = form.handleSubmit({
    schema: publishInput,
    onValid: async (input) => {
      setRefused(null)
      const preview = await callApi(getPublishPreview, { params: { slug } })
      setAsking({ input, preview })
    },
  })
  const publish = async (input: { changeNote: string }) => {
    setRefused(null)
    try {
      await callApi(publishDraft, { params: { slug }, body: input })
    } catch (error) {
      // Empty themes or domains (perhaps emptied by a colleague meanwhile): name them.
      if (error instanceof ApiError && error.code === 'publish_empty_nodes') {
        const titles = (error.problem.problems ?? []).flatMap((p) => (p.title ? [p.title] : []))
        setAsking(null)
        setRefused({ at: Date.now(), titles })
        return
      }
      throw error
    }
    showFlash({
      type: 'ok',
      message: t('edit.publish.done', { number: next }),
      path: `/kenniskaarten/${slug}`,
    })
    await navigate({ to: '/kenniskaarten/$slug', params: { slug } })
    // Only now: while this page was open, forgetting the concept would fetch it again.
    await storeDraft(queryClient, slug, null)
    await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
  }

  return (
    <section aria-labelledby="publiceren" className="rk-section">
      <Heading2 id="publiceren">{t('edit.publish.title')}</Heading2>
      <Paragraph>{t('edit.publish.intro', { number: next })}</Paragraph>
      <Heading3 id="dit-verandert-er">{t('edit.publish.changes')}</Heading3>
      {published === null ? (
        <Paragraph>{t('edit.publish.first')}</Paragraph>
      ) : (
        <>
          {changes.isPending && <Loading />}
          {changes.isError && <ErrorAlert error={changes.error} />}
          {changes.data && (
            <ChangeList changes={changes.data.changes} headingLevel={4} idPrefix="publiceren" />
          )}
        </>
      )}
      {empty.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t('edit.publish.empty')}</Paragraph>
          <UnorderedList>
            {empty.map((node) => (
              <UnorderedListItem key={node.id}>
                <a className="utrecht-link" href={`#${node.id}`}>
                  {node.title}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {refused !== null && (
        <StatusMessage type="error" key={refused.at}>
          <Paragraph>{t('edit.publish.refused')}</Paragraph>
          {refused.titles.length > 0 && (
            <UnorderedList>
              {refused.titles.map((title, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two empty themes may share a name
                <UnorderedListItem key={index}>{title}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </StatusMessage>
      )}
      <form noValidate onSubmit={ask} className="rk-form">
        <ErrorSummary form={form} headingLevel={3} />
        <TextareaField
          form={form}
          name="changeNote"
          label={t('edit.publish.changeNote')}
          description={t('edit.publish.changeNoteHint')}
          optional
        />
        {!asking && (
          <SubmitButton busy={form.busy}>{t('edit.publish.submit', { number: next })}</SubmitButton>
        )}
      </form>
      {asking && (
        <PublishQuestion
          preview={asking.preview}
          onPublish={() => publish(asking.input)}
          onCancel={() => {
            setAsking(null)
            requestAnimationFrame(() =>
              document.getElementById(form.fieldId('changeNote'))?.focus(),
            )
          }}
        />
      )}
    </section>
  )
}
