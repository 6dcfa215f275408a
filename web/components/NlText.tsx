import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * `{ lang }` for an element holding content written in `language` while the interface speaks
 * another, else nothing: a screen reader then reads it with the right pronunciation (WCAG
 * 3.1.2). Spread it on the element that wraps that content: `<h1 {...lang}>{title}</h1>`.
 */
export function useContentLang(language: string): { lang?: string } {
  const { i18n } = useTranslation()
  return i18n.language === language ? {} : { lang: language }
}

/**
 * `useContentLang('nl')`: for content that exists only in Dutch (kenniskaarten, their themes
 * and objectives, review comments on them) on a page in another language.
 */
export function useDutchContent(): { lang?: string } {
  return useContentLang('nl')
}

/** Dutch-only content inside a sentence of the interface: a `<span lang="nl">` when needed. */
export function NlText({ children }: { children: ReactNode }) {
  const nl = useDutchContent()
  return nl.lang ? <span lang="nl">{children}</span> : children
}
