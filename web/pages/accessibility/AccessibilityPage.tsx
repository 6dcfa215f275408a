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

const SECTIONS = ['goal', 'status', 'testing', 'limitations', 'report', 'enforcement'] as const

/**
 * `/toegankelijkheid`: the accessibility statement in the usual Dutch government form. It
 * says honestly what is tested and what is not (yet).
 */
export function AccessibilityPage() {
  const { t } = useTranslation()
  usePageTitle(t('accessibility.title'))
  return (
    <article className="rk-prose">
      <Heading1>{t('accessibility.title')}</Heading1>
      <Paragraph lead>{t('accessibility.intro')}</Paragraph>
      {SECTIONS.map((section) => {
        const items = listOf(`accessibility.${section}.items`)
        return (
          <section key={section} aria-labelledby={`toegankelijkheid-${section}`}>
            <Heading2 id={`toegankelijkheid-${section}`}>
              {t(`accessibility.${section}.title`)}
            </Heading2>
            <Paragraph>{t(`accessibility.${section}.text`)}</Paragraph>
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
      <Paragraph className="rk-updated">{t('accessibility.updated')}</Paragraph>
    </article>
  )
}
