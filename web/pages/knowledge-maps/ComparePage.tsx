import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ChangeList } from './ChangeList.tsx'
import { compareQuery, mapTreeQuery, type VersionRef, versionsQuery } from './queries.ts'
import { numberedVersions, useVersionLabel } from './VersionPicker.tsx'

/** In the address a draft is "concept", as people say it; the API calls it "draft". */
const toRef = (value: string | undefined): VersionRef | undefined =>
  value === 'concept' ? 'draft' : value && /^\d+$/.test(value) ? Number(value) : undefined
const toParam = (ref: VersionRef) => (ref === 'draft' ? 'concept' : String(ref))

/**
 * `/kenniskaarten/$slug/vergelijken?van=&naar=`: what changed between two versions. The
 * programme team can also compare with the concept being edited.
 */
export function ComparePage() {
  const { t } = useTranslation()
  const { slug } = useParams({ from: '/kenniskaarten/$slug/vergelijken' })
  const search = useSearch({ from: '/kenniskaarten/$slug/vergelijken' })
  const editor = useCan('maps.edit')
  const map = useQuery(mapTreeQuery(slug))
  const versions = useQuery(versionsQuery(slug))
  const label = useVersionLabel()
  const title = map.data
    ? t('maps.compare.titleFor', { map: map.data.map.title })
    : t('maps.compare.title')
  usePageTitle(title)

  const numbered = numberedVersions(versions.data?.versions ?? [])
  const hasDraft = editor && (versions.data?.versions ?? []).some((v) => v.number === null)
  const options: { ref: VersionRef; label: string }[] = [
    ...(hasDraft ? [{ ref: 'draft' as const, label: t('maps.compare.draft') }] : []),
    ...numbered.map((v) => ({ ref: v.number, label: label(v) })),
  ]
  // Without a choice: the newest against the one before it.
  const to = toRef(search.naar) ?? options[0]?.ref
  const from = toRef(search.van) ?? options[1]?.ref
  const ready = from !== undefined && to !== undefined && options.length > 1

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten/$slug" params={{ slug }}>
          {t('maps.compare.back', { map: map.data?.map.title ?? slug })}
        </AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      <Paragraph className="rk-prose">{t('maps.compare.intro')}</Paragraph>
      {versions.isPending && <Loading />}
      {versions.isError && <ErrorAlert error={versions.error} />}
      {versions.data && options.length < 2 && <Paragraph>{t('maps.compare.oneVersion')}</Paragraph>}
      {ready && (
        <>
          <CompareForm slug={slug} options={options} from={from} to={to} />
          <Changes slug={slug} from={from} to={to} />
        </>
      )}
    </>
  )
}

function CompareForm({
  slug,
  options,
  from,
  to,
}: {
  slug: string
  options: { ref: VersionRef; label: string }[]
  from: VersionRef
  to: VersionRef
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [choice, setChoice] = useState({ van: toParam(from), naar: toParam(to) })
  useEffect(() => setChoice({ van: toParam(from), naar: toParam(to) }), [from, to])
  const select = (name: 'van' | 'naar', text: string) => (
    <FormField
      label={<FormLabel htmlFor={`vergelijk-${name}`}>{text}</FormLabel>}
      input={
        <Select
          id={`vergelijk-${name}`}
          value={choice[name]}
          onChange={(event) => setChoice({ ...choice, [name]: event.target.value })}
        >
          {options.map((option) => (
            <SelectOption key={String(option.ref)} value={toParam(option.ref)}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  )
  return (
    <form
      className="rk-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        void navigate({ to: '/kenniskaarten/$slug/vergelijken', params: { slug }, search: choice })
      }}
    >
      {select('van', t('maps.compare.from'))}
      {select('naar', t('maps.compare.to'))}
      <Button type="submit" appearance="secondary-action-button">
        {t('maps.compare.submit')}
      </Button>
    </form>
  )
}

function Changes({ slug, from, to }: { slug: string; from: VersionRef; to: VersionRef }) {
  const { t } = useTranslation()
  const changes = useQuery(compareQuery(slug, from, to))
  const name = (ref: VersionRef) =>
    ref === 'draft' ? t('maps.compare.theDraft') : t('maps.compare.versionName', { number: ref })
  if (from === to) return <Paragraph>{t('maps.compare.same')}</Paragraph>
  return (
    <>
      {changes.isPending && <Loading />}
      {changes.isError && <ErrorAlert error={changes.error} />}
      {changes.data && (
        <>
          <Paragraph role="status" className="rk-count">
            {t('maps.compare.count', {
              count: changes.data.changes.length,
              from: name(from),
              to: name(to),
            })}
          </Paragraph>
          <ChangeList changes={changes.data.changes} />
        </>
      )}
    </>
  )
}
