import { useQuery } from '@tanstack/react-query'
import {
  Heading2,
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
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { routesSharedWithMeQuery } from './queries.ts'

/** On /gedeeld-met-mij: the leerroutes people shared with me, each with a link to read it. */
export function SharedRoutesSection() {
  const { t, i18n } = useTranslation()
  const routes = useQuery(routesSharedWithMeQuery)
  return (
    <section aria-labelledby="gedeelde-leerroutes" className="rk-section">
      <Heading2 id="gedeelde-leerroutes">{t('learningRoute.sharedList.title')}</Heading2>
      <Paragraph>{t('learningRoute.sharedList.intro')}</Paragraph>
      {routes.isPending && <Loading />}
      {routes.isError && <ErrorAlert error={routes.error} />}
      {routes.data?.routes.length === 0 && (
        <Paragraph>{t('learningRoute.sharedList.empty')}</Paragraph>
      )}
      {routes.data && routes.data.routes.length > 0 && (
        <ScrollTable label={t('learningRoute.sharedList.title')}>
          <Table>
            <TableCaption className="rk-visually-hidden">
              {t('learningRoute.sharedList.title')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t('learningRoute.sharedList.person')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('learningRoute.sharedList.sharedAt')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.sharedList.goals')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.sharedList.open')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoute.sharedList.route')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {routes.data.routes.map((route) => (
                <TableRow key={route.ownerId}>
                  <TableHeaderCell scope="row">{route.owner}</TableHeaderCell>
                  <TableCell>{formatDate(route.sharedAt, i18n.language)}</TableCell>
                  <TableCell>{route.activeGoals}</TableCell>
                  <TableCell>{route.openActivities}</TableCell>
                  <TableCell>
                    <AppLink to="/leerroute/van/$ownerId" params={{ ownerId: route.ownerId }}>
                      {t('learningRoute.sharedList.link')}
                      <VisuallyHidden>: {route.owner}</VisuallyHidden>
                    </AppLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </section>
  )
}
