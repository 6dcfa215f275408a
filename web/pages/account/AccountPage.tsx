import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useUser } from '../../api/session.ts'
import { DemoNotice, PendingMembershipNotice } from '../../components/DemoNotice.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { ActivitySection } from './ActivitySection.tsx'
import { EraseSection } from './EraseSection.tsx'
import { ExportSection } from './ExportSection.tsx'
import { NotificationsSection } from './NotificationsSection.tsx'
import { PasswordSection } from './PasswordSection.tsx'
import { ProfileSection } from './ProfileSection.tsx'

/** `/account`: "Mijn account": profile, password, mail notifications, own data, security activity, erasure. */
export function AccountPage() {
  const { t } = useTranslation()
  usePageTitle(t('account.title'))
  const user = useUser()
  if (!user) return null
  const roles = user.roles.map((role) => translateCode('roles', role, null)).join(', ')

  return (
    <>
      <Heading1>{t('account.title')}</Heading1>
      <Paragraph lead>
        {t('account.summary', { email: user.email, roles: roles || t('account.noRoles') })}{' '}
        {user.organisation
          ? t(user.organisation.pending ? 'account.organisationPending' : 'account.organisation', {
              organisation: user.organisation.name,
            })
          : t('account.noOrganisation')}
      </Paragraph>
      <PendingMembershipNotice user={user} />
      <DemoNotice user={user} />
      <nav aria-labelledby="account-inhoud" className="rk-toc">
        <h2 id="account-inhoud" className="rk-toc__title">
          {t('account.contents')}
        </h2>
        <ul>
          <li>
            <a className="utrecht-link" href="#profiel">
              {t('account.profile.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#wachtwoord">
              {t('account.password.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#meldingen">
              {t('account.notifications.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#gegevens">
              {t('account.export.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#activiteit">
              {t('account.activity.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#verwijderen">
              {t('account.erase.title')}
            </a>
          </li>
        </ul>
      </nav>
      <ProfileSection user={user} />
      <PasswordSection />
      <NotificationsSection user={user} />
      <ExportSection />
      <ActivitySection />
      <EraseSection />
    </>
  )
}
