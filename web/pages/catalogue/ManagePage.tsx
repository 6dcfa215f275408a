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
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCan } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppButtonLink, AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { formLabel, OfferingStateBadge } from './labels.tsx'
import { OfferingActions } from './OfferingActions.tsx'
import { managedQuery } from './queries.ts'

/**
 * `/opleidingsaanbod/beheer`: "Mijn aanbod" for a provider (its own offerings), every offering
 * for the programme team; possibly outdated ones first, with the actions beside each.
 */
export function ManagePage() {
  const { t, i18n } = useTranslation()
  const programme = useCan('catalogue.manage')
  const provider = useCan('catalogue.edit.own')
  const title = programme ? t('catalogue.manage.titleAll') : t('catalogue.manage.titleOwn')
  usePageTitle(title)
  const managed = useQuery({ ...managedQuery(), enabled: programme || provider })
  const [done, setDone] = useState('')
  const offerings = [...(managed.data?.offerings ?? [])].sort(
    (a, b) => Number(b.stale) - Number(a.stale) || Number(a.archived) - Number(b.archived),
  )

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod">{t('catalogue.detail.back')}</AppLink>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {!programme && !provider && <Paragraph>{t('catalogue.manage.noAccess')}</Paragraph>}
      {(programme || provider) && (
        <>
          <Paragraph className="rk-prose">
            {programme ? t('catalogue.manage.introAll') : t('catalogue.manage.introOwn')}
          </Paragraph>
          {managed.isPending && <Loading />}
          {managed.isError && <ErrorAlert error={managed.error} />}
          {managed.data?.providers.length === 0 && (
            <Paragraph>{t('catalogue.manage.noProvider')}</Paragraph>
          )}
          {managed.data && managed.data.providers.length > 0 && (
            <div className="rk-button-row">
              <AppButtonLink to="/opleidingsaanbod/nieuw" appearance="primary-action-button">
                {t('catalogue.manage.add')}
              </AppButtonLink>
              <AppButtonLink to="/opleidingsaanbod/csv" appearance="secondary-action-button">
                {t('catalogue.manage.csv')}
              </AppButtonLink>
              {programme && (
                <AppButtonLink
                  to="/opleidingsaanbod/verouderd"
                  appearance="secondary-action-button"
                >
                  {t('catalogue.manage.stale')}
                </AppButtonLink>
              )}
            </div>
          )}
          <Paragraph role="status" className="rk-live-status">
            {done}
          </Paragraph>
          {managed.data && offerings.length === 0 && managed.data.providers.length > 0 && (
            <Paragraph>{t('catalogue.manage.empty')}</Paragraph>
          )}
          {offerings.length > 0 && (
            <ScrollTable label={t('catalogue.manage.caption')}>
              <Table>
                <TableCaption className="rk-visually-hidden">
                  {t('catalogue.manage.caption')}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    {(
                      ['title', 'provider', 'form', 'lastReviewed', 'state', 'actions'] as const
                    ).map((column) => (
                      <TableHeaderCell key={column} scope="col">
                        {t(`catalogue.manage.columns.${column}`)}
                      </TableHeaderCell>
                    ))}
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
                      <TableCell>{formLabel(offering.form)}</TableCell>
                      <TableCell>{formatDate(offering.lastReviewedAt, i18n.language)}</TableCell>
                      <TableCell>
                        {offering.stale || offering.archived ? (
                          <OfferingStateBadge offering={offering} />
                        ) : (
                          t('catalogue.manage.current')
                        )}
                      </TableCell>
                      <TableCell>
                        <OfferingActions offering={offering} onDone={setDone} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTable>
          )}
        </>
      )}
    </>
  )
}
