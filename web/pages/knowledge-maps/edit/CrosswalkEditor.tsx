import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { addCrosswalk, removeCrosswalk } from '../../../../domain/api/knowledge-maps.ts'
import type { ObjectiveNode } from '../../../../domain/knowledge-maps/tree.ts'
import { CROSSWALK_FRAMEWORKS, crosswalkInput } from '../../../../domain/schemas/reviews.ts'
import { callApi } from '../../../api/client.ts'
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx'
import { SelectField } from '../../../components/form/SelectField.tsx'
import { SubmitButton } from '../../../components/form/SubmitButton.tsx'
import { TextField } from '../../../components/form/TextField.tsx'
import { useForm } from '../../../components/form/useForm.ts'
import { VisuallyHidden } from '../../../components/VisuallyHidden.tsx'
import { translateCode } from '../../../i18n/dynamic.ts'
import { CrosswalkList } from '../MapTree.tsx'
import { useDraft } from './draft-context.ts'

const RELATIONS = ['isRelatedTo', 'exactMatchOf'] as const

/**
 * Links of one objective to other frameworks (RDDI, ESCO, another kenniskaart): the list with
 * a remove button each, and a form to add one. They go out with the CASE export.
 */
export function CrosswalkEditor({ objective }: { objective: ObjectiveNode }) {
  const { t } = useTranslation()
  const { slug, run, applied, busyKey } = useDraft()
  const initial = { framework: 'rddi', relation: 'isRelatedTo', uri: '', label: '' }
  const form = useForm(`verwijzing-${objective.id}`, initial)
  const onSubmit = form.handleSubmit({
    schema: crosswalkInput,
    onValid: async (input) => {
      const tree = await callApi(addCrosswalk, {
        params: { slug, nodeId: objective.id },
        body: input,
      })
      form.reset()
      await applied(tree, t('edit.crosswalks.added', { label: input.label }), [form.fieldId('uri')])
    },
  })
  const crosswalks = objective.crosswalks ?? []

  return (
    <section aria-labelledby={`verwijzingen-${objective.id}`} className="rk-node-panel__part">
      <Heading level={4} id={`verwijzingen-${objective.id}`}>
        {t('edit.crosswalks.title')}
      </Heading>
      <Paragraph>{t('edit.crosswalks.intro')}</Paragraph>
      {crosswalks.length > 0 && (
        <CrosswalkList
          crosswalks={crosswalks}
          action={(crosswalk) => (
            <Button
              type="button"
              appearance="subtle-button"
              className="rk-small-button"
              busy={busyKey === `verwijzing-weg-${crosswalk.id}`}
              onClick={() =>
                void run({
                  key: `verwijzing-weg-${crosswalk.id}`,
                  call: () =>
                    callApi(removeCrosswalk, { params: { slug, crosswalkId: crosswalk.id } }),
                  done: t('edit.crosswalks.removed', { label: crosswalk.label }),
                  focus: [form.fieldId('framework')],
                })
              }
            >
              {t('edit.crosswalks.remove')}
              <VisuallyHidden>: {crosswalk.label}</VisuallyHidden>
            </Button>
          )}
        />
      )}
      <form noValidate onSubmit={onSubmit} className="rk-form rk-form--compact">
        <ErrorSummary form={form} headingLevel={4} />
        <SelectField
          form={form}
          name="framework"
          label={t('edit.crosswalks.framework')}
          options={CROSSWALK_FRAMEWORKS.map((code) => ({
            value: code,
            label: translateCode('edit.crosswalks.frameworks', code, null),
          }))}
        />
        <SelectField
          form={form}
          name="relation"
          label={t('edit.crosswalks.relation')}
          options={RELATIONS.map((code) => ({
            value: code,
            label: translateCode('maps.crosswalks.relations', code, null),
          }))}
        />
        <TextField
          form={form}
          name="uri"
          type="url"
          label={t('edit.crosswalks.uri')}
          description={t('edit.crosswalks.uriHint')}
          spellCheck={false}
          autoCapitalize="none"
        />
        <TextField form={form} name="label" label={t('edit.crosswalks.label')} />
        <SubmitButton busy={form.busy} appearance="secondary-action-button">
          {t('edit.crosswalks.add')}
        </SubmitButton>
      </form>
    </section>
  )
}
