import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeDraftNode, updateDraftNode } from '../../../../domain/api/knowledge-maps.ts'
import { addNodeInput } from '../../../../domain/schemas/knowledge-maps.ts'
import { callApi } from '../../../api/client.ts'
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx'
import { SubmitButton } from '../../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../../components/form/TextareaField.tsx'
import { TextField } from '../../../components/form/TextField.tsx'
import { useForm } from '../../../components/form/useForm.ts'
import { VisuallyHidden } from '../../../components/VisuallyHidden.tsx'
import { translateCode } from '../../../i18n/dynamic.ts'
import { useDraft } from './draft-context.ts'
import type { EditableNode, MoveTarget } from './NodeTools.tsx'

// The parts of a node's "Wijzigen" panel: rename, move to another parent, remove.

const titleSchema = addNodeInput.pick({ title: true })

export function RenameForm({
  node,
  onDone,
  proposed,
}: {
  node: EditableNode
  onDone: () => void
  /** A reviewer's proposed wording, carried out by hand: the box starts with it. */
  proposed?: string | null
}) {
  const { t } = useTranslation()
  const { slug, applied } = useDraft()
  const form = useForm(`naam-${node.id}`, { title: proposed ?? node.title })
  const onSubmit = form.handleSubmit({
    schema: titleSchema,
    onValid: async ({ title }) => {
      const tree = await callApi(updateDraftNode, {
        params: { slug, nodeId: node.id },
        body: { title },
      })
      onDone()
      await applied(tree, t('edit.renamed', { before: node.title, after: title }), [
        `wijzigen-${node.id}`,
      ])
    },
  })
  return (
    <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact">
      <ErrorSummary form={form} headingLevel={4} />
      {node.kind === 'objective' ? (
        <TextareaField
          form={form}
          name="title"
          rows={3}
          label={translateCode('edit.rename', node.kind, null)}
        />
      ) : (
        <TextField form={form} name="title" label={translateCode('edit.rename', node.kind, null)} />
      )}
      <SubmitButton busy={form.busy} appearance="secondary-action-button">
        {t('edit.saveName')}
      </SubmitButton>
    </form>
  )
}

export function MoveForm({ node, targets }: { node: EditableNode; targets: MoveTarget[] }) {
  const { t } = useTranslation()
  const { slug, run, busyKey } = useDraft()
  const [choice, setChoice] = useState(targets[0]?.id ?? '')
  const selectId = `verplaatsen-${node.id}`
  const groups = [...new Set(targets.map((target) => target.group ?? ''))]
  const key = `verplaats-${node.id}`
  return (
    <form
      className="rk-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        const target = targets.find((candidate) => candidate.id === choice)
        if (!target) return
        void run({
          key,
          call: () =>
            callApi(updateDraftNode, {
              params: { slug, nodeId: node.id },
              body: { parentId: target.id },
            }),
          done: t('edit.movedTo', { title: node.title, parent: target.title }),
          focus: [`wijzigen-${node.id}`],
        })
      }}
    >
      <FormField
        label={
          <FormLabel htmlFor={selectId}>{translateCode('edit.moveTo', node.kind, null)}</FormLabel>
        }
        input={
          <Select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            {groups.map((group) => {
              const options = targets
                .filter((target) => (target.group ?? '') === group)
                .map((target) => (
                  <SelectOption key={target.id} value={target.id}>
                    {target.title}
                  </SelectOption>
                ))
              return group ? (
                <optgroup key={group} label={group}>
                  {options}
                </optgroup>
              ) : (
                options
              )
            })}
          </Select>
        }
      />
      <Button type="submit" appearance="secondary-action-button" busy={busyKey === key}>
        {t('edit.move')}
      </Button>
    </form>
  )
}

export function RemoveStep({ node, note }: { node: EditableNode; note?: string }) {
  const { t } = useTranslation()
  const { slug, run, busyKey } = useDraft()
  const [confirming, setConfirming] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (confirming) heading.current?.focus()
  }, [confirming])
  const key = `verwijder-${node.id}`

  if (!confirming) {
    return (
      <Button
        id={`verwijderen-${node.id}`}
        type="button"
        appearance="secondary-action-button"
        hint="danger"
        onClick={() => setConfirming(true)}
      >
        {t('edit.remove')}
        <VisuallyHidden>: {node.title}</VisuallyHidden>
      </Button>
    )
  }
  return (
    <section className="rk-confirm" aria-labelledby={`${key}-vraag`}>
      <Heading level={4} id={`${key}-vraag`} ref={heading} tabIndex={-1}>
        {t('edit.removeQuestion', { title: node.title })}
      </Heading>
      {note && <Paragraph>{note}</Paragraph>}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          hint="danger"
          busy={busyKey === key}
          onClick={() =>
            void run({
              key,
              call: () => callApi(removeDraftNode, { params: { slug, nodeId: node.id } }),
              done: t('edit.removed', { title: node.title }),
              focus: [`wijzigen-${node.parentId}`, 'onderdelen'],
            })
          }
        >
          {t('edit.removeConfirm')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setConfirming(false)
            requestAnimationFrame(() => document.getElementById(`verwijderen-${node.id}`)?.focus())
          }}
        >
          {t('edit.removeCancel')}
        </Button>
      </ButtonGroup>
    </section>
  )
}
