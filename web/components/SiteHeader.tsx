import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouterState } from '@tanstack/react-router'
import { Button, PageHeader } from '@utrecht/component-library-react'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { signOut } from '../../domain/api/auth.ts'
import { can } from '../../domain/permissions.ts'
import { callApi } from '../api/client.ts'
import { forgetSession, useUser } from '../api/session.ts'
import { showFlash } from './flash.ts'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { AppLink } from './links.tsx'

/**
 * Name, language switch and main navigation. Below 48em the navigation folds behind a
 * "Menu" button so the page stays usable at 320px wide. From 48em one's account and signing
 * out sit in the bar beside the language switch, so the parts of Routekaart get the menu.
 */
export function SiteHeader() {
  const { t } = useTranslation()
  const user = useUser()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)

  // A chosen link closes the folded menu, so the new page is not hidden behind it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path on purpose
  useEffect(() => setMenuOpen(false), [pathname])

  // Escape folds the open menu again and puts focus back on its button, as with any disclosure.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return
    event.preventDefault()
    setMenuOpen(false)
    menuButton.current?.focus()
  }

  const handleSignOut = async () => {
    try {
      await callApi(signOut, {})
    } finally {
      // Even when the request fails the person wants out: forget the session here too.
      forgetSession(queryClient)
      showFlash({ type: 'ok', message: t('signOut.done'), path: '/' })
      await navigate({ to: '/' })
    }
  }

  const actor = user && { roles: user.roles, organisationId: user.organisation?.id ?? null }
  const showOrganisation =
    actor !== null &&
    (user?.roles.includes('admin') ||
      can(actor, 'organisation.members.read', user?.organisation?.id ?? undefined))
  const showAdmin = actor !== null && can(actor, 'admin.users.manage')
  const showEmployability = actor !== null && can(actor, 'selfscan.take')
  const showShared = actor !== null && can(actor, 'selfscan.shared.read')
  const showLearning = actor !== null && can(actor, 'goals.own')

  return (
    <PageHeader className="rk-header" onKeyDown={closeOnEscape}>
      <div className="rk-container rk-header__bar">
        <AppLink to="/" className="rk-brand">
          <span className="rk-brand__name">Routekaart</span>
          <span className="rk-brand__tagline">{t('app.tagline')}</span>
        </AppLink>
        <div className="rk-header__tools">
          {user && (
            <div className="rk-header__account">
              <AppLink to="/account" className="rk-header__link">
                {t('nav.account')}
              </AppLink>
              <Button type="button" appearance="subtle-button" onClick={handleSignOut}>
                {t('nav.signOut')}
              </Button>
            </div>
          )}
          <LanguageSwitch />
          <Button
            type="button"
            appearance="secondary-action-button"
            className="rk-menu-button"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls="hoofdmenu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </Button>
        </div>
      </div>
      <nav
        id="hoofdmenu"
        aria-label={t('nav.label')}
        className={menuOpen ? 'rk-nav rk-nav--open' : 'rk-nav'}
      >
        <ul className="rk-container rk-nav__list">
          {user ? (
            <>
              <NavItem to="/" label={t('nav.roadmap')} />
              <NavItem to="/kenniskaarten" label={t('nav.maps')} section />
              <NavItem to="/opleidingsaanbod" label={t('catalogue.navLabel')} section />
              {showEmployability && <NavItem to="/zelfscan" label={t('nav.selfScans')} section />}
              {showLearning && <NavItem to="/leerdoelen" label={t('learningGoals.nav')} section />}
              {user.roles.includes('reviewer') && (
                <NavItem to="/meedenken" label={t('nav.reviews')} section />
              )}
              {showShared && <NavItem to="/gedeeld-met-mij" label={t('sharedScans.nav')} />}
              {showOrganisation && (
                <NavItem to="/organisatie" label={t('nav.organisation')} section />
              )}
              {showAdmin && <NavItem to="/beheer" label={t('nav.admin')} />}
              <NavItem to="/account" label={t('nav.account')} narrowOnly />
              <li className="rk-nav__item rk-nav__item--end rk-nav__item--narrow">
                <Button type="button" className="rk-nav__button" onClick={handleSignOut}>
                  {t('nav.signOut')}
                </Button>
              </li>
            </>
          ) : (
            <>
              <NavItem to="/" label={t('nav.home')} />
              <NavItem to="/kenniskaarten" label={t('nav.maps')} section />
              <NavItem to="/inloggen" label={t('nav.signIn')} end />
              <NavItem to="/aanmelden" label={t('nav.signUp')} />
            </>
          )}
        </ul>
      </nav>
    </PageHeader>
  )
}

/** `section`: also marked as current on the pages below it (a map under Kenniskaarten). */
function NavItem({
  to,
  label,
  end,
  section,
  narrowOnly,
}: {
  to: string
  label: string
  end?: boolean
  section?: boolean
  /** Only in the folded menu: on wide screens the header bar has it. */
  narrowOnly?: boolean
}) {
  const classes = ['rk-nav__item', end && 'rk-nav__item--end', narrowOnly && 'rk-nav__item--narrow']
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <AppLink
        to={to}
        className="rk-nav__link"
        activeOptions={{ exact: !section, includeSearch: false }}
      >
        {label}
      </AppLink>
    </li>
  )
}
