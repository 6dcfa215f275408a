import { useRouter } from '@tanstack/react-router'
import { Link } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/**
 * A link to a path only known at run time (from the API, or a `redirect` parameter), still
 * navigated by the router. Modified clicks (new tab, ...) keep the browser's behaviour.
 */
export function PathLink({
  href,
  children,
  className,
}: {
  href: string
  children: ReactNode
  className?: string
}) {
  const router = useRouter()
  return (
    <Link
      href={href}
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        event.preventDefault()
        void router.navigate({ href })
      }}
    >
      {children}
    </Link>
  )
}

/** True for a path inside this app: a `redirect` parameter must never leave the site. */
export function isLocalPath(path: string | undefined): path is string {
  return (
    typeof path === 'string' &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.startsWith('/\\') &&
    !path.startsWith('/api/')
  )
}
