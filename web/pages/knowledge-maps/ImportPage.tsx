import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { importKnowledgeMap } from '../../../domain/api/knowledge-maps.ts'
import { MAP_AUDIENCES, MAP_LEVELS } from '../../../domain/knowledge-maps/model.ts'
import { importMapInput } from '../../../domain/schemas/knowledge-maps.ts'
import { callApi } from '../../api/client.ts'
import { useCan } from '../../api/session.ts'
import { showFlash } from '../../components/flash.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { Field } from '../../components/form/Field.tsx'
import { filledIn } from '../../components/form/required.ts'
import { SelectField } from '../../components/form/SelectField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { TextareaField } from '../../components/form/TextareaField.tsx'
import { TextField } from '../../components/form/TextField.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { type ImportProblem, ImportProblems, importProblemsOf } from './ImportProblems.tsx'
import { storeDraft } from './queries.ts'

/** The form's own check: the map's fields as the API wants them, and a chosen file. */
const formSchema = importMapInput.omit({ format: true, package: true, csv: true }).extend({
  slug: filledIn(importMapInput.shape.slug),
  file: z.string().min(1, { error: 'required' }),
})

/**
 * `/kenniskaarten/importeren` (programme team): a new concept map from a CASE 1.1 package
 * (.json) or a spreadsheet (.csv). All or nothing: on a problem, every one is listed.
 */
export function ImportPage() {
  const { t } = useTranslation()
  usePageTitle(t('maps.import.title'))
  const editor = useCan('maps.edit')
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const file = useRef<File | null>(null)
  const [problems, setProblems] = useState<{ list: ImportProblem[]; at: number } | null>(null)
  const form = useForm('importeren', {
    slug: '',
    title: '',
    description: '',
    audience: 'gevorderden',
    level: 'gevorderden',
    file: '',
  })

  const onSubmit = form.handleSubmit({
    schema: formSchema,
    onValid: async ({ file: name, ...fields }) => {
      setProblems(null)
      const chosen = file.current
      if (!chosen) return
      const text = await chosen.text()
      // By its name; a file without a telling name by its first character.
      const isCsv =
        /\.csv$/i.test(name) || (!/\.json$/i.test(name) && !text.trimStart().startsWith('{'))
      let pkg: unknown
      if (!isCsv) {
        try {
          pkg = JSON.parse(text)
        } catch {
          setProblems({ list: [{ code: 'not_json', detail: name }], at: Date.now() })
          return
        }
      }
      try {
        const tree = await callApi(importKnowledgeMap, {
          body: isCsv
            ? { ...fields, format: 'csv', csv: text }
            : { ...fields, format: 'case', package: pkg },
        })
        await storeDraft(queryClient, tree.map.slug, tree)
      } catch (error) {
        const found = importProblemsOf(error)
        if (!found) throw error
        setProblems({ list: found, at: Date.now() })
        return
      }
      showFlash({
        type: 'ok',
        message: t('maps.import.done', { title: fields.title }),
        path: `/kenniskaarten/${fields.slug}/bewerken`,
      })
      await navigate({ to: '/kenniskaarten/$slug/bewerken', params: { slug: fields.slug } })
    },
  })

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten">{t('maps.backToAll')}</AppLink>
      </Paragraph>
      <Heading1>{t('maps.import.title')}</Heading1>
      {!editor && <Paragraph>{t('edit.noAccess')}</Paragraph>}
      {editor && (
        <>
          <div className="rk-prose">
            <Paragraph>{t('maps.import.intro')}</Paragraph>
            <Paragraph>{t('maps.import.csvColumns')}</Paragraph>
          </div>
          {problems && <ImportProblems key={problems.at} problems={problems.list} />}
          <form noValidate onSubmit={onSubmit} className="rk-form">
            <ErrorSummary form={form} />
            <TextField form={form} name="title" label={t('maps.import.mapTitle')} />
            <TextField
              form={form}
              name="slug"
              label={t('maps.import.slug')}
              description={t('maps.import.slugHint')}
              spellCheck={false}
              autoCapitalize="none"
            />
            <TextareaField
              form={form}
              name="description"
              rows={4}
              label={t('maps.import.description')}
              description={t('maps.import.descriptionHint')}
            />
            <SelectField
              form={form}
              name="audience"
              label={t('maps.fields.audience')}
              options={MAP_AUDIENCES.map((code) => ({
                value: code,
                label: translateCode('maps.audiences', code, null),
              }))}
            />
            <SelectField
              form={form}
              name="level"
              label={t('maps.fields.level')}
              options={MAP_LEVELS.map((code) => ({
                value: code,
                label: translateCode('maps.levels', code, null),
              }))}
            />
            <Field
              form={form}
              name="file"
              label={t('maps.import.file')}
              description={t('maps.import.fileHint')}
            >
              {({ id, invalid, describedBy }) => (
                <input
                  id={id}
                  type="file"
                  accept=".json,.csv,application/json,text/csv"
                  className="rk-file-input"
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => {
                    const chosen = event.target.files?.[0] ?? null
                    file.current = chosen
                    form.setValue('file', chosen?.name ?? '')
                  }}
                />
              )}
            </Field>
            <SubmitButton busy={form.busy}>{t('maps.import.submit')}</SubmitButton>
          </form>
        </>
      )}
    </>
  )
}
