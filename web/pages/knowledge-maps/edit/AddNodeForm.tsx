import { Button } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDraftNode } from '../../../../domain/api/knowledge-maps.ts'
import type { NodeKind } from '../../../../domain/knowledge-maps/model.ts'
import { addNodeInput } from '../../../../domain/schemas/knowledge-maps.ts'
import { callApi } from '../../../api/client.ts'
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../../components/form/SubmitButton.tsx'
import { TextField } from '../../../components/form/TextField.tsx'
import { useForm } from '../../../components/form/useForm.ts'
import { VisuallyHidden } from '../../../components/VisuallyHidden.tsx'
import { useDraft } from './draft-context.ts'

const titleSchema = addNodeInput.pick({ title: true })

/**
 * Add a domain (to the map), a theme (to a domain) or an objective (to a theme), at the end.
 * The form stays open with focus in the box, so several can be added one after another.
 */
export function AddNodeForm({
  kind,
  parentId,
  parentTitle,
}: {
  kind: NodeKind
  parentId: string | null
  parentTitle: string
}) {
  const { t } = useTranslation()
  const { slug, applied, proposal } = useDraft()
  // A reviewer's proposed objective for this theme, carried out by hand: open and filled in.
  const proposed =
    kind === 'objective' && proposal?.change === 'add' && proposal.nodeId === parentId
      ? proposal.title
      : null
  const [open, setOpen] = useState(proposed !== null)
  const key = `toevoegen-${kind}-${parentId ?? 'kaart'}`
  const form = useForm(key, { title: proposed ?? '' })
  const onSubmit = form.handleSubmit({
    schema: titleSchema,
    onValid: async ({ title }) => {
      const tree = await callApi(addDraftNode, {
        params: { slug },
        body: { kind, parentId, title },
      })
      form.reset()
      await applied(tree, t(`edit.add.done.${kind}`, { title, parent: parentTitle }), [
        form.fieldId('title'),
      ])
    },
  })

  if (!open) {
    return (
      <Button
        id={`${key}-open`}
        type="button"
        appearance="secondary-action-button"
        className="rk-add-button"
        aria-expanded={false}
        onClick={() => {
          setOpen(true)
          requestAnimationFrame(() => document.getElementById(form.fieldId('title'))?.focus())
        }}
      >
        {t(`edit.add.open.${kind}`)}
        {kind !== 'domain' && (
          <VisuallyHidden> {t('edit.add.to', { parent: parentTitle })}</VisuallyHidden>
        )}
      </Button>
    )
  }
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact rk-add-form">
      <ErrorSummary form={form} headingLevel={4} />
      <TextField
        form={form}
        name="title"
        label={t(`edit.add.label.${kind}`, { parent: parentTitle })}
      />
      <div className="rk-button-row">
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('edit.add.submit')}
        </SubmitButton>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setOpen(false)
            form.reset()
            requestAnimationFrame(() => document.getElementById(`${key}-open`)?.focus())
          }}
        >
          {t('edit.add.close')}
        </Button>
      </div>
    </form>
  )
}
