import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { listOf } from '../../i18n/dynamic.ts'

/** The sections of the statement, in reading order; each has a title, text and maybe a list. */
const SECTIONS = [
  'who',
  'account',
  'sessions',
  'security',
  'mail',
  'later',
  'rights',
  'cookies',
  'protection',
  'contact',
] as const

/** `/privacy`: which personal data Routekaart keeps, why, and what a person can do about it. */
export function PrivacyPage() {
  const { t } = useTranslation()
  usePageTitle(t('privacy.title'))
  return (
    <article className="rk-prose">
      <Heading1>{t('privacy.title')}</Heading1>
      <Paragraph lead>{t('privacy.intro')}</Paragraph>
      {SECTIONS.map((section) => {
        const items = listOf(`privacy.${section}.items`)
        return (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <Heading2 id={`privacy-${section}`}>{t(`privacy.${section}.title`)}</Heading2>
            <Paragraph>{t(`privacy.${section}.text`)}</Paragraph>
            {items.length > 0 && (
              <UnorderedList>
                {items.map((item) => (
                  <UnorderedListItem key={item}>{item}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        )
      })}
      <Paragraph className="rk-updated">{t('privacy.updated')}</Paragraph>
    </article>
  )
}
