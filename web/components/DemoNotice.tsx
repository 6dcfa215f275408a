import { useQuery } from '@tanstack/react-query'
import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../domain/api/auth.ts'
import { listPublicOrganisations } from '../../domain/api/organisations.ts'
import { callApi } from '../api/client.ts'

export const publicOrganisationsQuery = {
  queryKey: ['organisations', 'public'],
  queryFn: () => callApi(listPublicOrganisations, {}),
  staleTime: 5 * 60_000,
}

/**
 * Says plainly when what the person sees is made-up demo data: their own account, or the
 * organisation they belong to. Demo data must never be taken for real people's data.
 */
export function DemoNotice({ user }: { user: Me }) {
  const { t } = useTranslation()
  // The session names the organisation but not whether it is a demo; the public list does.
  const organisations = useQuery({
    ...publicOrganisationsQuery,
    enabled: !user.isDemo && user.organisation !== null,
  })
  const organisationIsDemo =
    organisations.data?.organisations.find((org) => org.id === user.organisation?.id)?.isDemo ??
    false
  if (!user.isDemo && !organisationIsDemo) return null
  return (
    <Alert type="warning" className="rk-demo-notice">
      <Paragraph>
        <strong>{t('demo.title')}</strong> {t(user.isDemo ? 'demo.account' : 'demo.organisation')}
      </Paragraph>
    </Alert>
  )
}
