import { Heading2, Heading5, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
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
  startsText,
  whereText,
} from './labels.tsx'

const HEADINGS = { 2: Heading2, 5: Heading5 } as const

/**
 * The facts of one offering — title linking to its page, provider, form (formal or not),
 * level, study hours, cost, where and, when asked, when it starts — as the catalogue list and
 * the leerroute's suggestions both show them. Title and summary are in the offering's own
 * language (mostly Dutch), marked as such.
 *
 * @example <OfferingSummaryView offering={offering} headingLevel={2} withSummary />
 */
export function OfferingSummaryView({
  offering,
  headingLevel,
  withStarts = false,
  withSummary = false,
}: {
  offering: OfferingSummary
  /** The title's heading level: the list's place under the page's headings. */
  headingLevel: keyof typeof HEADINGS
  withStarts?: boolean
  withSummary?: boolean
}) {
  const { t } = useTranslation()
  const lang = useContentLang(offering.language)
  const Heading = HEADINGS[headingLevel]
  const facts: [string, ReactNode][] = [
    [t('catalogue.fields.provider'), offering.provider.name],
    [
      t('catalogue.fields.form'),
      `${formLabel(offering.form)} (${isFormal(offering.form) ? t('catalogue.formal') : t('catalogue.informal')})`,
    ],
    [t('catalogue.fields.level'), levelLabel(offering.level)],
    [t('catalogue.fields.studyHours'), hoursText(offering.studyHours)],
    [t('catalogue.fields.cost'), costText(offering.costCents)],
    [t('catalogue.fields.where'), whereText(offering)],
  ]
  if (withStarts)
    facts.push([t('learningRoute.suggestions.starts'), startsText(offering.startMoments)])
  return (
    <>
      <Heading {...lang}>
        <AppLink to="/opleidingsaanbod/$offeringId" params={{ offeringId: offering.id }}>
          {offering.title}
        </AppLink>
      </Heading>
      <OfferingStateBadge offering={offering} />
      <dl className="rk-meta">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {withSummary && <Paragraph {...lang}>{offering.summary}</Paragraph>}
    </>
  )
}
