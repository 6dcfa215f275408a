import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { searchObjectives } from '../../../domain/api/knowledge-maps.ts'
import { searchQuery } from '../../../domain/schemas/knowledge-maps.ts'
import { toFieldErrors } from '../../../domain/validation.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { fieldErrorMessage } from '../../components/messages.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { MapSearchForm } from './MapSearchForm.tsx'

type Result = Awaited<ReturnType<typeof callApi<typeof searchObjectives>>>['results'][number]

/**
 * `/kenniskaarten/zoeken?q=…`: objectives of every published kenniskaart that match, grouped
 * by map, each linking to the objective's own address on its map.
 */
export function SearchPage() {
  const { t } = useTranslation()
  const { q = '' } = useSearch({ from: '/kenniskaarten/zoeken' })
  usePageTitle(q ? t('maps.search.titleFor', { q }) : t('maps.search.title'))
  const parsed = searchQuery.safeParse({ q })
  const results = useQuery({
    queryKey: ['knowledge-maps', 'search', q],
    queryFn: () => callApi(searchObjectives, { query: { q } }),
    enabled: parsed.success,
  })
  const problem = q && !parsed.success ? toFieldErrors(parsed.error.issues)[0] : undefined

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/kenniskaarten">{t('maps.backToAll')}</AppLink>
      </Paragraph>
      <Heading1>{t('maps.search.title')}</Heading1>
      <Paragraph className="rk-prose">{t('maps.search.intro')}</Paragraph>
      <MapSearchForm initial={q} />
      {problem && (
        <Paragraph role="status" className="rk-count">
          {fieldErrorMessage(problem)}
        </Paragraph>
      )}
      {parsed.success && results.isPending && <Loading />}
      {results.isError && <ErrorAlert error={results.error} />}
      {results.data && (
        <Paragraph role="status" className="rk-count">
          {t('maps.search.count', { count: results.data.total, q: parsed.data?.q })}
          {results.data.truncated &&
            ` ${t('maps.search.truncated', { shown: results.data.results.length })}`}
        </Paragraph>
      )}
      {results.data && <ResultGroups results={results.data.results} q={parsed.data?.q ?? q} />}
    </>
  )
}

function ResultGroups({ results, q }: { results: readonly Result[]; q: string }) {
  const { t } = useTranslation()
  const groups = new Map<string, { title: string; items: Result[] }>()
  for (const result of results) {
    const group = groups.get(result.map.slug) ?? { title: result.map.title, items: [] }
    group.items.push(result)
    groups.set(result.map.slug, group)
  }
  return (
    <>
      {[...groups].map(([slug, group]) => (
        <section key={slug} aria-labelledby={`resultaten-${slug}`} className="rk-section">
          <Heading2 id={`resultaten-${slug}`}>
            {group.title}{' '}
            <span className="rk-heading-count">
              ({t('maps.search.inMap', { count: group.items.length })})
            </span>
          </Heading2>
          <ul className="rk-card-list">
            {group.items.map((result) => (
              <li key={result.objective.id} className="rk-card rk-search-result">
                <AppLink
                  to="/kenniskaarten/$slug"
                  params={{ slug }}
                  hash={result.objective.id}
                  className="rk-search-result__link"
                >
                  <Highlight text={result.objective.title} q={q} />
                </AppLink>
                <Paragraph className="rk-search-result__place">
                  <Highlight text={`${result.domain} › ${result.theme}`} q={q} />
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

/** Marks where the search words occur, so the eye finds them in a long objective. */
function Highlight({ text, q }: { text: string; q: string }) {
  const words = q
    .split(/\s+/)
    .filter((word) => word.length >= 2)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (words.length === 0) return <>{text}</>
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'))
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <mark key={index}>{part}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  )
}
