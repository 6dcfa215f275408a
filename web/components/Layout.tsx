import { Outlet, useRouterState } from '@tanstack/react-router'
import { Alert, Paragraph, SkipLink } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { clearFlashUnlessFor, useFlash } from './flash.ts'
import { SiteFooter } from './SiteFooter.tsx'
import { SiteHeader } from './SiteHeader.tsx'
import { useLocaleSync } from './useLocaleSync.ts'

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function Layout() {
  const { t } = useTranslation()
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  const flash = useFlash()
  const firstPath = useRef(pathname)
  useLocaleSync()

  // After a client-side navigation, move focus to the new page's heading: otherwise a
  // keyboard or screen reader user stays on the link they used, unaware the page changed.
  useEffect(() => {
    if (pathname === firstPath.current) return
    firstPath.current = pathname
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1')
      if (!heading) return
      heading.tabIndex = -1
      // The router already restores or resets the scroll position; focus must not move it.
      heading.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])

  // Runs on navigation only: a message set just before navigating must survive until the
  // new page shows it.
  useEffect(() => clearFlashUnlessFor(pathname), [pathname])

  return (
    <div className="rk-page">
      <SkipLink
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault()
          document.getElementById('inhoud')?.focus()
        }}
      >
        {t('app.skipLink')}
      </SkipLink>
      <SiteHeader />
      <main id="inhoud" tabIndex={-1} className="rk-container rk-main">
        {flash && flash.path === pathname && (
          <Alert type={flash.type} className="rk-flash">
            <Paragraph>{flash.message}</Paragraph>
          </Alert>
        )}
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  )
}
