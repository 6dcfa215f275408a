import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { OfferingSummary } from '../../../domain/api/catalogue.ts'
import { isFormal } from '../../../domain/catalogue/model.ts'
import { AppLink } from '../../components/links.tsx'
import { useContentLang } from '../../components/NlText.tsx'
import {
  costText,
  formLabel,
  hoursText,
  levelLabel,
  OfferingStateBadge,
  whereText,
} from './labels.tsx'

/**
 * One offering in a list: what, who, how much, and whether it may be outdated. Its title is a
 * second-level heading: the list sits right under the page's heading.
 */
export function OfferingCard({ offering }: { offering: OfferingSummary }) {
  const { t } = useTranslation()
  // Title and description are in the offering's own language (mostly Dutch).
  const lang = useContentLang(offering.language)
  return (
    <li className="rk-card rk-offering-card">
      <Heading2 {...lang}>
        <AppLink to="/opleidingsaanbod/$offeringId" params={{ offeringId: offering.id }}>
          {offering.title}
        </AppLink>
      </Heading2>
      <OfferingStateBadge offering={offering} />
      <dl className="rk-meta">
        <div>
          <dt>{t('catalogue.fields.provider')}</dt>
          <dd>{offering.provider.name}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fields.form')}</dt>
          <dd>
            {formLabel(offering.form)} (
            {isFormal(offering.form) ? t('catalogue.formal') : t('catalogue.informal')})
          </dd>
        </div>
        <div>
          <dt>{t('catalogue.fields.level')}</dt>
          <dd>{levelLabel(offering.level)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fields.studyHours')}</dt>
          <dd>{hoursText(offering.studyHours)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fields.cost')}</dt>
          <dd>{costText(offering.costCents)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fields.where')}</dt>
          <dd>{whereText(offering)}</dd>
        </div>
      </dl>
      <Paragraph {...lang}>{offering.summary}</Paragraph>
    </li>
  )
}
