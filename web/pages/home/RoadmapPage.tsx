import { useQuery } from '@tanstack/react-query'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../../domain/api/auth.ts'
import { getHomeWork } from '../../../domain/api/home.ts'
import { getRoadmaps } from '../../../domain/api/system.ts'
import { callApi } from '../../api/client.ts'
import { DemoNotice, PendingMembershipNotice } from '../../components/DemoNotice.tsx'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { RouteSection } from './RouteSection.tsx'
import { ProgrammeWork, ProviderWork, ReviewerWork } from './WorkSections.tsx'

/**
 * "Mijn routekaart", the signed-in home page: the work waiting for the person in their roles
 * (programme team, provider, meedenker), then their route(s) and where they stand. Someone
 * with work but no route (the programme team, a provider) sees their work, not "no route".
 */
export function RoadmapPage({ user }: { user: Me }) {
  const { t } = useTranslation()
  const roadmap = useQuery({
    queryKey: ['roadmap', user.id],
    queryFn: () => callApi(getRoadmaps, {}),
  })
  const work = useQuery({
    queryKey: ['home-work', user.id],
    queryFn: () => callApi(getHomeWork, {}),
  })

  usePageTitle(t('home.title'))
  const noRoutes = roadmap.data?.routes.length === 0
  const hasWork = Boolean(work.data?.programme || work.data?.provider || work.data?.reviewer)
  const pending = roadmap.isPending || work.isPending

  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>
        {noRoutes && hasWork && t('home.welcomeWork', { name: user.name })}
        {noRoutes && !hasWork && t('home.welcomeNoRoute', { name: user.name })}
        {!noRoutes && t('home.welcome', { name: user.name })}
      </Paragraph>
      <PendingMembershipNotice user={user} />
      <DemoNotice user={user} />
      {pending && <Loading label={t('home.loading')} />}
      {roadmap.isError && <ErrorAlert error={roadmap.error} />}
      {work.isError && <ErrorAlert error={work.error} />}
      {!pending && noRoutes && !hasWork && <Paragraph>{t('home.noRoutes')}</Paragraph>}
      {noRoutes && user.roles.includes('admin') && (
        <Paragraph>
          {t('home.adminHint')} <AppLink to="/beheer">{t('home.adminLink')}</AppLink>
        </Paragraph>
      )}
      {work.data?.programme && <ProgrammeWork work={work.data.programme} />}
      {work.data?.provider && <ProviderWork work={work.data.provider} />}
      {work.data?.reviewer && <ReviewerWork work={work.data.reviewer} />}
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
