import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { replaceDraftCsv } from '../../../../domain/api/knowledge-maps.ts'
import { validMapContent } from '../../../../domain/knowledge-maps/content-export.ts'
import { callApi } from '../../../api/client.ts'
import { ErrorAlert } from '../../../components/ErrorAlert.tsx'
import { SubmitButton } from '../../../components/form/SubmitButton.tsx'
import { type ImportProblem, ImportProblems, importProblemsOf } from '../ImportProblems.tsx'
import { downloads } from '../queries.ts'
import { useDraft } from './draft-context.ts'

/**
 * Edit the concept in a spreadsheet: download it as CSV, change it, upload it again. The upload
 * replaces the whole tree, or, when anything in the file is wrong, changes nothing and lists
 * every problem by line.
 */
export function CsvSection() {
  const { t } = useTranslation()
  const { slug, draft, applied } = useDraft()
  // A theme without objectives or a domain without themes cannot go into a content file.
  const exportable = validMapContent(draft).success
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<ImportProblem[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)

  const upload = async () => {
    setProblems(null)
    setError(null)
    if (!file) {
      setMissing(true)
      document.getElementById('csv-bestand')?.focus()
      return
    }
    setMissing(false)
    setBusy(true)
    try {
      const tree = await callApi(replaceDraftCsv, {
        params: { slug },
        body: { csv: await file.text() },
      })
      await applied(tree, t('edit.csv.done', { file: file.name }), ['csv-bestand'])
    } catch (failure) {
      const found = importProblemsOf(failure)
      if (found) setProblems(found)
      else setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="spreadsheet" className="rk-section">
      <Heading2 id="spreadsheet">{t('edit.csv.title')}</Heading2>
      <Paragraph>{t('edit.csv.intro')}</Paragraph>
      <Paragraph>
        <Link href={downloads.draftCsv(slug)} download>
          {t('edit.csv.download')}
        </Link>
      </Paragraph>
      <Paragraph>
        {exportable ? (
          <Link href={downloads.content(slug, null)} download={`${slug}.json`}>
            {t('edit.csv.downloadContent')}
          </Link>
        ) : (
          t('edit.csv.contentIncomplete')
        )}
      </Paragraph>
      {problems && <ImportProblems problems={problems} headingLevel={3} />}
      {error !== null && <ErrorAlert error={error} />}
      <form
        noValidate
        className="rk-form"
        onSubmit={(event) => {
          event.preventDefault()
          void upload()
        }}
      >
        <FormField
          invalid={missing}
          label={<FormLabel htmlFor="csv-bestand">{t('edit.csv.file')}</FormLabel>}
          description={
            <FormFieldDescription id="csv-bestand-uitleg">
              {t('edit.csv.fileHint')}
            </FormFieldDescription>
          }
          errorMessage={
            missing && (
              <p id="csv-bestand-fout" className="utrecht-form-field-error-message">
                {t('edit.csv.noFile')}
              </p>
            )
          }
          input={
            <input
              id="csv-bestand"
              type="file"
              accept=".csv,text/csv"
              className="rk-file-input"
              aria-describedby={
                missing ? 'csv-bestand-uitleg csv-bestand-fout' : 'csv-bestand-uitleg'
              }
              aria-invalid={missing || undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                setMissing(false)
              }}
            />
          }
        />
        <SubmitButton busy={busy} appearance="secondary-action-button">
          {t('edit.csv.upload')}
        </SubmitButton>
      </form>
    </section>
  )
}
