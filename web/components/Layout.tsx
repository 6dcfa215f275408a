import { Outlet, useRouter, useRouterState } from '@tanstack/react-router'
import { Alert, Paragraph, SkipLink } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { clearFlashUnlessFor, useFlash } from './flash.ts'
import { focusHeadingWhenShown } from './focus.ts'
import { SiteFooter } from './SiteFooter.tsx'
import { SiteHeader } from './SiteHeader.tsx'
import { useLocaleSync } from './useLocaleSync.ts'

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function Layout() {
  const { t } = useTranslation()
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  const flash = useFlash()
  const router = useRouter()
  useLocaleSync()

  // After a client-side navigation to another page, move focus to its heading: otherwise a
  // keyboard or screen reader user stays on the link they used (or, when the page had to load
  // first, on nothing), unaware the page changed. Not on the first page of a visit.
  useEffect(() => {
    let trigger: Element | null = null
    let stopWaiting = () => {}
    const offBefore = router.subscribe('onBeforeNavigate', (event) => {
      if (event.pathChanged) trigger = document.activeElement
    })
    const offRendered = router.subscribe('onRendered', (event) => {
      if (!event.pathChanged || !event.fromLocation) return
      stopWaiting()
      stopWaiting = focusHeadingWhenShown(trigger)
    })
    return () => {
      offBefore()
      offRendered()
      stopWaiting()
    }
  }, [router])

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
