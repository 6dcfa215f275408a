import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../domain/api/auth.ts'
import { listPublicOrganisations } from '../../domain/api/organisations.ts'
import { callApi } from '../api/client.ts'

/** The organisations one can choose at sign-up (the sign-up page reads them). */
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
  const organisationIsDemo = user.organisation?.isDemo ?? false
  if (!user.isDemo && !organisationIsDemo) return null
  return (
    <Alert type="warning" className="rk-demo-notice">
      <Paragraph>
        <strong>{t('demo.title')}</strong> {t(user.isDemo ? 'demo.account' : 'demo.organisation')}
      </Paragraph>
    </Alert>
  )
}

/**
 * While a manager has not yet confirmed that the person works at the organisation they chose
 * at sign-up: say so, so nobody wonders why the organisation's parts stay closed.
 */
export function PendingMembershipNotice({ user }: { user: Me }) {
  const { t } = useTranslation()
  if (!user.organisation?.pending) return null
  return (
    <Alert type="info" className="rk-pending-notice">
      <Paragraph>{t('membership.pending', { organisation: user.organisation.name })}</Paragraph>
    </Alert>
  )
}
