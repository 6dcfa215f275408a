import { useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { can } from '../../../domain/permissions.ts'
import { useUser } from '../../api/session.ts'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { AuditSection } from './AuditSection.tsx'
import { OrganisationsSection } from './OrganisationsSection.tsx'
import { OutboxSection } from './OutboxSection.tsx'
import { UsersSection } from './UsersSection.tsx'

export const ADMIN_SECTIONS = ['organisaties', 'accounts', 'mail', 'auditlog'] as const
export type AdminSection = (typeof ADMIN_SECTIONS)[number]

/**
 * `/beheer`: administration in four parts. The part is a search parameter, so each has its
 * own address and the browser's back button works between them.
 */
export function AdminPage() {
  const { t } = useTranslation()
  const user = useUser()
  const { onderdeel } = useSearch({ from: '/beheer' })
  const section: AdminSection = onderdeel ?? 'organisaties'
  const label = t(`admin.sections.${section}`)
  usePageTitle(`${label} — ${t('admin.title')}`)
  if (!user) return null

  const actor = { roles: user.roles, organisationId: user.organisation?.id ?? null }
  if (!can(actor, 'admin.users.manage')) {
    return (
      <>
        <Heading1>{t('admin.title')}</Heading1>
        <Paragraph>{t('admin.noAccess')}</Paragraph>
      </>
    )
  }

  return (
    <>
      <Heading1>{t('admin.title')}</Heading1>
      <nav aria-label={t('admin.navLabel')} className="rk-subnav">
        <ul>
          {ADMIN_SECTIONS.map((name) => (
            <li key={name}>
              <AppLink
                to="/beheer"
                search={{ onderdeel: name }}
                className="rk-subnav__link"
                aria-current={name === section ? 'page' : undefined}
                activeOptions={{ includeSearch: true }}
              >
                {t(`admin.sections.${name}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'organisaties' && <OrganisationsSection />}
      {section === 'accounts' && <UsersSection />}
      {section === 'mail' && <OutboxSection />}
      {section === 'auditlog' && <AuditSection />}
    </>
  )
}
