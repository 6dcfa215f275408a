import {
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { publishPreviewSchema } from '../../../../domain/api/knowledge-maps.ts'
import { ErrorAlert } from '../../../components/ErrorAlert.tsx'

export type Preview = z.infer<typeof publishPreviewSchema>

/**
 * The question before publishing: what changes compared with the published version (counted
 * per kind), and what happens to the concept's review rounds (they close, their people get a
 * mail) and to comments not yet answered. Small and local; focus goes to the question.
 */
export function PublishQuestion({
  preview,
  onPublish,
  onCancel,
}: {
  preview: Preview
  onPublish: () => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => heading.current?.focus(), [])
  const { changes, openRounds, openComments, number, publishedNumber } = preview
  const kinds = (['added', 'renamed', 'removed', 'moved'] as const).filter((k) => changes[k] > 0)
  return (
    <section className="rk-confirm rk-publish-question" aria-labelledby="publiceren-vraag">
      <Heading3 id="publiceren-vraag" ref={heading} tabIndex={-1}>
        {t('edit.publish.question.title', { number })}
      </Heading3>
      <Paragraph>
        {publishedNumber === null
          ? t('edit.publish.question.first')
          : kinds.length === 0
            ? t('edit.publish.question.noChanges', { number: publishedNumber })
            : t('edit.publish.question.changes', { number: publishedNumber })}
      </Paragraph>
      {publishedNumber !== null && kinds.length > 0 && (
        <UnorderedList>
          {kinds.map((kind) => (
            <UnorderedListItem key={kind}>
              {t(`edit.publish.question.${kind}`, { count: changes[kind] })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {openRounds > 0 && (
        <Paragraph>{t('edit.publish.question.rounds', { count: openRounds })}</Paragraph>
      )}
      <Paragraph>
        {openComments > 0
          ? t('edit.publish.question.comments', { count: openComments })
          : t('edit.publish.question.noComments')}
      </Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          busy={busy}
          onClick={async () => {
            setBusy(true)
            setError(null)
            try {
              await onPublish()
            } catch (failure) {
              setError(failure)
            } finally {
              setBusy(false)
            }
          }}
        >
          {t('edit.publish.question.confirm', { number })}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('edit.publish.question.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  )
}
