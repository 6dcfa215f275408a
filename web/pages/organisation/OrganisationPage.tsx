import { useQuery } from '@tanstack/react-query'
import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { adminListOrganisations } from '../../../domain/api/admin.ts'
import { can } from '../../../domain/permissions.ts'
import { callApi } from '../../api/client.ts'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { TeamOverviewSection } from '../self-scans/TeamOverviewPage.tsx'
import { InvitationsSection } from './InvitationsSection.tsx'
import { InviteSection } from './InviteSection.tsx'
import { MembersSection } from './MembersSection.tsx'
import { OrganisationPicker } from './OrganisationPicker.tsx'
import { RequestsSection } from './RequestsSection.tsx'

/**
 * `/organisatie`: a manager's own organisation (members, invitations). An administrator
 * picks any organisation first; its id travels in `?id=` so the view can be bookmarked.
 */
export function OrganisationPage() {
  const { t } = useTranslation()
  usePageTitle(t('organisation.title'))
  const user = useUser()
  const { id } = useSearch({ from: '/organisatie' })
  const isAdmin = user?.roles.includes('admin') ?? false
  const organisations = useQuery({
    queryKey: ['admin', 'organisations'],
    queryFn: () => callApi(adminListOrganisations, {}),
    enabled: isAdmin,
  })
  if (!user) return null

  const actor = { roles: user.roles, organisationId: user.organisation?.id ?? null }
  const organisationId = isAdmin ? (id ?? user.organisation?.id) : user.organisation?.id
  const organisationName = isAdmin
    ? organisations.data?.organisations.find((org) => org.id === organisationId)?.name
    : user.organisation?.name
  const allowed =
    organisationId !== undefined && can(actor, 'organisation.members.read', organisationId)

  return (
    <>
      <Heading1>{t('organisation.title')}</Heading1>
      {isAdmin && (
        <>
          {organisations.isPending && <Loading />}
          {organisations.isError && <ErrorAlert error={organisations.error} />}
          {organisations.data && (
            <OrganisationPicker
              organisations={organisations.data.organisations}
              selected={organisationId}
            />
          )}
        </>
      )}
      {!isAdmin && !allowed && <Paragraph>{t('organisation.noAccess')}</Paragraph>}
      {allowed && organisationId && (
        <>
          {organisationName && <Paragraph lead>{organisationName}</Paragraph>}
          <RequestsSection organisationId={organisationId} />
          <MembersSection organisationId={organisationId} />
          {can(actor, 'selfscan.team.read', organisationId) && <TeamOverviewSection />}
          {can(actor, 'organisation.invite', organisationId) && (
            <InviteSection organisationId={organisationId} isAdmin={isAdmin} />
          )}
          <InvitationsSection organisationId={organisationId} />
        </>
      )}
    </>
  )
}
