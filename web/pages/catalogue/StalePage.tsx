import { useQuery } from '@tanstack/react-query'
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { staleQuery } from './queries.ts'

/** `/opleidingsaanbod/verouderd` (programme team): what has not been checked for a year, and who keeps it. */
export function StalePage() {
  const { t, i18n } = useTranslation()
  usePageTitle(t('catalogue.staleOverview.title'))
  const programme = useCan('catalogue.manage')
  const stale = useQuery({ ...staleQuery, enabled: programme })
  const offerings = stale.data?.offerings ?? []

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod/beheer">{t('catalogue.manage.titleAll')}</AppLink>
      </Paragraph>
      <Heading1>{t('catalogue.staleOverview.title')}</Heading1>
      {!programme && <Paragraph>{t('catalogue.staleOverview.noAccess')}</Paragraph>}
      {programme && (
        <Paragraph className="rk-prose">{t('catalogue.staleOverview.intro')}</Paragraph>
      )}
      {stale.isLoading && <Loading />}
      {stale.isError && <ErrorAlert error={stale.error} />}
      {stale.data && offerings.length === 0 && (
        <Paragraph>{t('catalogue.staleOverview.empty')}</Paragraph>
      )}
      {offerings.length > 0 && (
        <ScrollTable label={t('catalogue.staleOverview.caption')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('catalogue.staleOverview.caption')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                {(['title', 'provider', 'owner', 'lastReviewed', 'reminded'] as const).map(
                  (column) => (
                    <TableHeaderCell key={column} scope="col">
                      {t(`catalogue.staleOverview.columns.${column}`)}
                    </TableHeaderCell>
                  ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {offerings.map((offering) => (
                <TableRow key={offering.id}>
                  <TableCell>
                    <AppLink
                      to="/opleidingsaanbod/$offeringId"
                      params={{ offeringId: offering.id }}
                    >
                      {offering.title}
                    </AppLink>
                  </TableCell>
                  <TableCell>{offering.provider.name}</TableCell>
                  <TableCell>
                    {offering.owner
                      ? `${offering.owner.name} (${offering.owner.email})`
                      : t('catalogue.values.noOwner')}
                  </TableCell>
                  <TableCell>{formatDate(offering.lastReviewedAt, i18n.language)}</TableCell>
                  <TableCell>
                    {offering.remindedAt
                      ? formatDate(offering.remindedAt, i18n.language)
                      : t('catalogue.staleOverview.notReminded')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  )
}
