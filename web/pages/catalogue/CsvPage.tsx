import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Button, Heading1, Link, Paragraph } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { applyOfferingsCsv, previewOfferingsCsv } from '../../../domain/api/catalogue.ts'
import { OFFERING_FORMS } from '../../../domain/catalogue/model.ts'
import { ApiError, callApi } from '../../api/client.ts'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { showFlash } from '../../components/flash.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { Field } from '../../components/form/Field.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { CsvPreview, type CsvPreviewData } from './CsvPreview.tsx'
import { forgetCatalogue } from './queries.ts'

const formSchema = z.object({ file: z.string().min(1, { error: 'required' }) })

/**
 * `/opleidingsaanbod/csv`: download one's offerings, upload the edited file, see every line's
 * problems before anything is saved, then save all of it — or nothing.
 */
export function CsvPage() {
  const { t } = useTranslation()
  usePageTitle(t('catalogue.csv.title'))
  const allowed = useCan('catalogue.edit.own')
  const programme = useCan('catalogue.manage')
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const file = useRef<File | null>(null)
  const [checked, setChecked] = useState<{ csv: string; preview: CsvPreviewData; at: number }>()
  const [applying, setApplying] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const form = useForm('csv', { file: '' })

  const onSubmit = form.handleSubmit({
    schema: formSchema,
    onValid: async () => {
      setChecked(undefined)
      setError(null)
      const csv = (await file.current?.text()) ?? ''
      const preview = await callApi(previewOfferingsCsv, { body: { csv } })
      setChecked({ csv, preview, at: Date.now() })
    },
  })

  const apply = async () => {
    if (!checked) return
    setApplying(true)
    setError(null)
    try {
      const result = await callApi(applyOfferingsCsv, { body: { csv: checked.csv } })
      await forgetCatalogue(queryClient)
      showFlash({
        type: 'ok',
        message: t('catalogue.csv.applied', result),
        path: '/opleidingsaanbod/beheer',
      })
      await navigate({ to: '/opleidingsaanbod/beheer' })
    } catch (caught) {
      // Someone changed something in between: show the problems as the check would.
      if (caught instanceof ApiError && caught.code === 'import_failed') {
        const preview = await callApi(previewOfferingsCsv, { body: { csv: checked.csv } })
        setChecked({ ...checked, preview, at: Date.now() })
      } else setError(caught)
    } finally {
      setApplying(false)
    }
  }

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod/beheer">{t('catalogue.manage.titleOwn')}</AppLink>
      </Paragraph>
      <Heading1>{t('catalogue.csv.title')}</Heading1>
      {!allowed && !programme && <Paragraph>{t('catalogue.manage.noAccess')}</Paragraph>}
      {(allowed || programme) && (
        <>
          <div className="rk-prose">
            <Paragraph>{t('catalogue.csv.intro')}</Paragraph>
            <Paragraph>{t('catalogue.csv.columnsIntro')}</Paragraph>
            <Paragraph>
              {t('catalogue.csv.formsIntro', { forms: OFFERING_FORMS.join(', ') })}
            </Paragraph>
          </div>
          <Paragraph>
            <Link href="/api/catalogue/csv" download="opleidingsaanbod.csv">
              {t('catalogue.csv.download')}
            </Link>
          </Paragraph>
          <form noValidate onSubmit={onSubmit} className="rk-form">
            <ErrorSummary form={form} />
            <Field
              form={form}
              name="file"
              label={t('catalogue.csv.file')}
              description={t('catalogue.csv.fileHint')}
            >
              {({ id, invalid, describedBy }) => (
                <input
                  id={id}
                  type="file"
                  accept=".csv,text/csv"
                  className="rk-file-input"
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => {
                    file.current = event.target.files?.[0] ?? null
                    form.setValue('file', file.current?.name ?? '')
                    setChecked(undefined)
                  }}
                />
              )}
            </Field>
            <SubmitButton busy={form.busy} appearance="secondary-action-button">
              {t('catalogue.csv.check')}
            </SubmitButton>
          </form>
          {checked && <CsvPreview key={checked.at} preview={checked.preview} />}
          {checked && checked.preview.problems.length === 0 && (
            <Paragraph>
              <Button
                type="button"
                appearance="primary-action-button"
                busy={applying}
                onClick={() => void apply()}
              >
                {t('catalogue.csv.apply')}
              </Button>
            </Paragraph>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </>
      )}
    </>
  )
}
