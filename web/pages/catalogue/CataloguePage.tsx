import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { CatalogueFilters } from './CatalogueFilters.tsx'
import { OfferingCard } from './OfferingCard.tsx'
import { type CatalogueSearch, searchQuery } from './queries.ts'

/**
 * `/opleidingsaanbod`: the catalogue for everyone signed in, searched in Dutch full text and
 * filtered by form, level, kenniskaart, online and cost; archived offerings left out.
 */
export function CataloguePage() {
  const { t } = useTranslation()
  usePageTitle(t('catalogue.title'))
  const search = useSearch({ from: '/opleidingsaanbod' }) as CatalogueSearch
  const results = useQuery(searchQuery(search))
  const provider = useCan('catalogue.edit.own')
  const programme = useCan('catalogue.manage')
  const providersManager = useCan('catalogue.providers.manage')
  const page = search.pagina ?? 1
  const pages = results.data
    ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize))
    : 1

  return (
    <>
      <Heading1>{t('catalogue.title')}</Heading1>
      <div className="rk-prose">
        <Paragraph lead>{t('catalogue.intro')}</Paragraph>
        <Paragraph>{t('catalogue.demoNote')}</Paragraph>
      </div>
      {(provider || programme || providersManager) && (
        <div className="rk-button-row">
          {(provider || programme) && (
            <AppButtonLink to="/opleidingsaanbod/beheer" appearance="secondary-action-button">
              {t('catalogue.detail.keep')}
            </AppButtonLink>
          )}
          {providersManager && (
            <AppButtonLink to="/opleidingsaanbod/aanbieders" appearance="secondary-action-button">
              {t('catalogue.providers.button')}
            </AppButtonLink>
          )}
        </div>
      )}
      <CatalogueFilters current={search} showArchived={provider || programme} />
      {search.leerdoel && <Paragraph>{t('catalogue.filters.objectiveFilter')}</Paragraph>}
      {search.thema && <Paragraph>{t('catalogue.filters.themeFilter')}</Paragraph>}
      {results.isPending && <Loading />}
      {results.isError && <ErrorAlert error={results.error} />}
      {results.data && (
        <Paragraph role="status" className="rk-count">
          {results.data.total === 0
            ? t('catalogue.none')
            : t('catalogue.count', { count: results.data.total })}
        </Paragraph>
      )}
      {results.data && results.data.offerings.length > 0 && (
        <ul className="rk-card-list">
          {results.data.offerings.map((offering) => (
            <OfferingCard key={offering.id} offering={offering} />
          ))}
        </ul>
      )}
      {results.data && pages > 1 && (
        <nav aria-label={t('catalogue.pages.label')} className="rk-button-row">
          {page > 1 && (
            <AppLink to="/opleidingsaanbod" search={{ ...search, pagina: page - 1 }}>
              {t('catalogue.pages.previous')}
            </AppLink>
          )}
          <span>{t('catalogue.pages.current', { page, pages })}</span>
          {page < pages && (
            <AppLink to="/opleidingsaanbod" search={{ ...search, pagina: page + 1 }}>
              {t('catalogue.pages.next')}
            </AppLink>
          )}
        </nav>
      )}
    </>
  )
}
