import { useQuery } from '@tanstack/react-query'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../../domain/api/auth.ts'
import { getRoadmaps } from '../../../domain/api/system.ts'
import { callApi } from '../../api/client.ts'
import { DemoNotice, PendingMembershipNotice } from '../../components/DemoNotice.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { RouteSection } from './RouteSection.tsx'

/** "Mijn routekaart": the person's route(s) and where they stand. */
export function RoadmapPage({ user }: { user: Me }) {
  const { t } = useTranslation()
  usePageTitle(t('home.title'))
  const roadmap = useQuery({
    queryKey: ['roadmap', user.id],
    queryFn: () => callApi(getRoadmaps, {}),
  })

  const noRoutes = roadmap.data?.routes.length === 0

  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>
        {noRoutes
          ? t('home.welcomeNoRoute', { name: user.name })
          : t('home.welcome', { name: user.name })}
      </Paragraph>
      <PendingMembershipNotice user={user} />
      <DemoNotice user={user} />
      {roadmap.isPending && <Loading label={t('home.loading')} />}
      {roadmap.isError && <ErrorAlert error={roadmap.error} />}
      {noRoutes && <Paragraph>{t('home.noRoutes')}</Paragraph>}
      {noRoutes && user.roles.includes('admin') && (
        <Paragraph>
          {t('home.adminHint')} <AppLink to="/beheer">{t('home.adminLink')}</AppLink>
        </Paragraph>
      )}
      {roadmap.data?.routes.map((route) => (
        <RouteSection
          key={route.route}
          roadmap={route}
          organisationName={user.organisation?.name ?? null}
        />
      ))}
    </>
  )
}
