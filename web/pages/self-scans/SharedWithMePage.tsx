import '../../styles/employability.css'
import { useQuery } from '@tanstack/react-query'
import {
  Alert,
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
import { can } from '../../../domain/permissions.ts'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { PathLink } from '../../components/PathLink.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { SharedRoutesSection } from '../learning-routes/SharedRoutesSection.tsx'
import { sharedWithMeQuery } from './employability-queries.ts'
import { formatScore } from './format.ts'

/**
 * `/gedeeld-met-mij`: for managers and coaches, the zelfscans people shared with them, each
 * with a link to its report. Opening a report is logged and shown to its owner; the page
 * says so before anyone clicks.
 */
export function SharedWithMePage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  usePageTitle(t('sharedScans.title'))
  const user = useUser()
  const allowed =
    user !== null &&
    can(
      { roles: user.roles, organisationId: user.organisation?.id ?? null },
      'selfscan.shared.read',
    )
  const shared = useQuery({ ...sharedWithMeQuery, enabled: allowed })
  if (!user) return null

  return (
    <>
      <Heading1>{t('sharedScans.title')}</Heading1>
      {!allowed ? (
        <Paragraph>{t('sharedScans.noAccess')}</Paragraph>
      ) : (
        <>
          <div className="rk-prose">
            <Paragraph lead>{t('sharedScans.intro')}</Paragraph>
          </div>
          <Alert type="info" className="rk-private-note">
            <Paragraph>
              <strong>{t('sharedScans.logged.title')}</strong> {t('sharedScans.logged.text')}
            </Paragraph>
          </Alert>
          {shared.isPending && <Loading />}
          {shared.isError && <ErrorAlert error={shared.error} />}
          {shared.data?.scans.length === 0 && <Paragraph>{t('sharedScans.empty')}</Paragraph>}
          {shared.data && shared.data.scans.length > 0 && (
            <ScrollTable label={t('sharedScans.table')}>
              <Table>
                <TableCaption className="rk-visually-hidden">{t('sharedScans.table')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('sharedScans.person')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.map')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.submitted')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.scope')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.overall')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.report')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shared.data.scans.map((scan) => (
                    <TableRow key={scan.scanId}>
                      <TableHeaderCell scope="row">{scan.owner}</TableHeaderCell>
                      <TableCell>
                        {scan.map.title}
                        {scan.versionNumber !== null && (
                          <>
                            {', '}
                            {t('sharedScans.version', { number: scan.versionNumber })}
                          </>
                        )}
                      </TableCell>
                      <TableCell>
                        {formatDate(scan.submittedAt, lang)}
                        <br />
                        <span className="rk-history__shown">
                          {t('sharedScans.sharedAt', { date: formatDate(scan.sharedAt, lang) })}
                        </span>
                      </TableCell>
                      <TableCell>{t(`sharedScans.scopes.${scan.scope}`)}</TableCell>
                      <TableCell>{formatScore(scan.overallMean, lang)}</TableCell>
                      <TableCell>
                        <PathLink href={`/zelfscan/${encodeURIComponent(scan.scanId)}/rapport`}>
                          {t('sharedScans.open')}
                          <VisuallyHidden>
                            : {scan.owner}, {scan.map.title}
                          </VisuallyHidden>
                        </PathLink>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTable>
          )}
          <SharedRoutesSection />
        </>
      )}
    </>
  )
}
