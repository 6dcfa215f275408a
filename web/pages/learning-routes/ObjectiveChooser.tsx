import { useQuery } from '@tanstack/react-query'
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { searchObjectives } from '../../../domain/api/knowledge-maps.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'
import type { Form, FormValues } from '../../components/form/useForm.ts'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { fieldErrorMessage } from '../../components/messages.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { myScansQuery, reportQuery } from '../self-scans/queries.ts'

/** An objective the person can choose, with where it is ("Thema · Kenniskaart"). */
export interface KnownObjective {
  id: string
  title: string
  where: string
}

type GoalFormValues = FormValues & { objectiveIds: string[] }

/**
 * The objectives of a goal: (a) the development points of the person's zelfscan — the one in
 * `?scan=` (then those they want to develop are ticked already) or else their latest — with
 * what they want to develop first; (b) a search through every published kenniskaart. What is
 * chosen stays listed, whichever way it was found. `onSource` hears the scan the chosen
 * objectives came from, if any.
 */
export function ObjectiveChooser<V extends GoalFormValues>({
  form,
  scanId,
  initial = [],
  onSource,
}: {
  form: Form<V>
  /** The scan in the address; without it the latest submitted scan is offered. */
  scanId?: string
  initial?: readonly KnownObjective[]
  onSource?: (scanId: string | null) => void
}) {
  const { t, i18n } = useTranslation()
  const [known, setKnown] = useState(() => new Map(initial.map((o) => [o.id, o])))
  const selected = form.values.objectiveIds
  const errors = form.errorsFor('objectiveIds')
  const invalid = errors.length > 0
  const id = form.fieldId('objectiveIds')
  const legend = t('learningGoals.fields.objectives')

  const scans = useQuery({ ...myScansQuery, enabled: onSource !== undefined })
  const latest = scans.data?.scans
    .filter((scan) => scan.status === 'submitted')
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))[0]
  const sourceId = onSource ? (scanId ?? latest?.id) : undefined
  const report = useQuery({ ...reportQuery(sourceId ?? ''), enabled: sourceId !== undefined })
  const points = [...(report.data?.developmentPoints ?? [])].sort(
    (a, b) => Number(b.develop) - Number(a.develop),
  )

  useEffect(() => {
    form.labels.set('objectiveIds', legend)
  }, [form.labels, legend])

  // Learn the points' titles, and tick what the person wanted to develop when the zelfscan
  // report sent them here (once, and only on an empty choice).
  const preselected = useRef(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per loaded report
  useEffect(() => {
    if (!report.data) return
    const map = report.data.scan.map.title
    remember(
      points.map((p) => ({ id: p.objectiveId, title: p.title, where: `${p.themeTitle} · ${map}` })),
    )
    if (scanId && !preselected.current && selected.length === 0) {
      preselected.current = true
      const wanted = points.filter((p) => p.develop).map((p) => p.objectiveId)
      if (wanted.length > 0) form.setValue('objectiveIds', wanted as V['objectiveIds'])
    }
  }, [report.data])

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the choice and the scan
  useEffect(() => {
    if (!onSource) return
    const fromScan = points.some((p) => selected.includes(p.objectiveId))
    onSource(fromScan && report.data ? report.data.scan.id : null)
  }, [selected, report.data])

  function remember(objectives: readonly KnownObjective[]) {
    setKnown((previous) => {
      const next = new Map(previous)
      for (const objective of objectives) next.set(objective.id, objective)
      return next
    })
  }

  const toggle = (objective: string, checked: boolean) =>
    form.setValue(
      'objectiveIds',
      (checked
        ? [...new Set([...selected, objective])]
        : selected.filter((item) => item !== objective)) as V['objectiveIds'],
    )

  const box = (objective: KnownObjective, optionId: string, extra?: ReactNode) => (
    <ChoiceOption
      key={optionId}
      type="checkbox"
      id={optionId}
      label={
        <>
          {objective.title}
          <span className="rk-muted"> — {objective.where}</span>
          {extra}
        </>
      }
      checked={selected.includes(objective.id)}
      onChange={(checked) => toggle(objective.id, checked)}
      invalid={invalid}
    />
  )

  return (
    <Fieldset
      invalid={invalid}
      aria-describedby={[`${id}-description`, invalid && `${id}-error`].filter(Boolean).join(' ')}
      className="rk-objective-chooser"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FormFieldDescription id={`${id}-description`}>
        {t('learningGoals.hints.objectives')}
      </FormFieldDescription>
      {invalid && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {errors.map((error) => fieldErrorMessage(error)).join(' ')}
        </FormFieldErrorMessage>
      )}

      <Heading2 id={`${id}-chosen`}>{t('learningGoals.chooser.chosen')}</Heading2>
      {selected.length === 0 ? (
        <Paragraph>{t('learningGoals.chooser.noneChosen')}</Paragraph>
      ) : (
        <UnorderedList aria-labelledby={`${id}-chosen`}>
          {selected.map((objective) => {
            const info = known.get(objective)
            return (
              <UnorderedListItem key={objective}>
                {info?.title ?? t('learningGoals.objectiveGone')}
                {info && <span className="rk-muted"> — {info.where}</span>}{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => toggle(objective, false)}
                >
                  {t('learningGoals.chooser.remove')}
                  <VisuallyHidden>: {info?.title ?? objective}</VisuallyHidden>
                </Button>
              </UnorderedListItem>
            )
          })}
        </UnorderedList>
      )}

      {onSource && (
        <>
          <Heading2>{t('learningGoals.chooser.fromScan')}</Heading2>
          {(scans.isPending || (sourceId && report.isPending)) && <Loading />}
          {report.isError && <ErrorAlert error={report.error} />}
          {scans.data && !sourceId && (
            <Paragraph>
              {t('learningGoals.chooser.noScan')}{' '}
              <AppLink to="/zelfscan">{t('learningGoals.chooser.toScan')}</AppLink>
            </Paragraph>
          )}
          {report.data && (
            <>
              <Paragraph>
                {t('learningGoals.chooser.fromScanIntro', {
                  map: report.data.scan.map.title,
                  date: formatDate(report.data.scan.submittedAt, i18n.language),
                })}
              </Paragraph>
              {points.length === 0 && <Paragraph>{t('learningGoals.chooser.noPoints')}</Paragraph>}
              {points.map((point, index) =>
                box(
                  {
                    id: point.objectiveId,
                    title: point.title,
                    where: `${point.themeTitle} · ${report.data.scan.map.title}`,
                  },
                  index === 0 ? id : `${id}-punt-${point.objectiveId}`,
                  point.develop && (
                    <span className="rk-tag rk-tag--develop">
                      {t('learningGoals.chooser.wants')}
                    </span>
                  ),
                ),
              )}
            </>
          )}
        </>
      )}

      <ObjectiveSearch
        fieldId={id}
        takesFieldId={!onSource || points.length === 0}
        onFound={remember}
        render={box}
      />
    </Fieldset>
  )
}

/** Searching the objectives of every published kenniskaart, inside the goal form. */
function ObjectiveSearch({
  fieldId,
  takesFieldId,
  onFound,
  render,
}: {
  fieldId: string
  /** Without development points, the search box is where the error summary leads. */
  takesFieldId: boolean
  onFound: (objectives: KnownObjective[]) => void
  render: (objective: KnownObjective, optionId: string) => ReactNode
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const results = useQuery({
    queryKey: ['knowledge-maps', 'search', query],
    queryFn: () => callApi(searchObjectives, { query: { q: query } }),
    enabled: query.length >= 2,
  })
  const found: KnownObjective[] = (results.data?.results ?? []).map((result) => ({
    id: result.objective.id,
    title: result.objective.title,
    where: `${result.theme} · ${result.map.title}`,
  }))

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer
  useEffect(() => {
    if (results.data) onFound(found)
  }, [results.data])

  const search = () => {
    const q = text.trim()
    setTooShort(q.length < 2)
    if (q.length >= 2) setQuery(q)
  }
  const inputId = takesFieldId ? fieldId : `${fieldId}-zoeken`

  return (
    <div className="rk-objective-search">
      <Heading2>{t('learningGoals.chooser.search')}</Heading2>
      <FormField
        invalid={tooShort}
        label={<FormLabel htmlFor={inputId}>{t('learningGoals.chooser.searchLabel')}</FormLabel>}
        description={
          <FormFieldDescription id={`${inputId}-description`}>
            {t('learningGoals.chooser.searchHint')}
          </FormFieldDescription>
        }
        errorMessage={
          tooShort && (
            <FormFieldErrorMessage id={`${inputId}-error`}>
              {t('learningGoals.chooser.tooShort')}
            </FormFieldErrorMessage>
          )
        }
        input={
          <div className="rk-inline-form">
            <Textbox
              id={inputId}
              type="search"
              value={text}
              invalid={tooShort}
              aria-describedby={[`${inputId}-description`, tooShort && `${inputId}-error`]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                // Enter searches here; it must not send the goal form around it.
                if (event.key === 'Enter') {
                  event.preventDefault()
                  search()
                }
              }}
            />
            <Button type="button" appearance="secondary-action-button" onClick={search}>
              {t('learningGoals.chooser.searchButton')}
            </Button>
          </div>
        }
      />
      <div aria-live="polite">
        {results.isFetching && <Loading />}
        {results.data && (
          <Paragraph>
            {results.data.total === 0
              ? t('learningGoals.chooser.noResults', { q: query })
              : t('learningGoals.chooser.results', { count: results.data.total })}
            {results.data.truncated &&
              ` ${t('learningGoals.chooser.truncated', { shown: found.length, total: results.data.total })}`}
          </Paragraph>
        )}
      </div>
      {results.isError && <ErrorAlert error={results.error} />}
      {found.map((objective) => render(objective, `${fieldId}-gevonden-${objective.id}`))}
    </div>
  )
}
