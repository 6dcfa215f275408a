import { useEffect } from 'react'

/** Sets the document title to "<page> — Routekaart", the first thing a screen reader reads. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Routekaart`
  }, [title])
}
