import { PageFooter, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from './links.tsx'

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <PageFooter className="rk-footer">
      <div className="rk-container rk-footer__inner">
        <Paragraph className="rk-footer__about">{t('footer.about')}</Paragraph>
        <nav aria-label={t('footer.navLabel')}>
          <ul className="rk-footer__links">
            <li>
              <AppLink to="/privacy">{t('footer.privacy')}</AppLink>
            </li>
            <li>
              <AppLink to="/toegankelijkheid">{t('footer.accessibility')}</AppLink>
            </li>
          </ul>
        </nav>
      </div>
    </PageFooter>
  )
}
