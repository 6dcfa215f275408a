import {
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import {
  ORGANISATION_ROUTE,
  PROFESSIONAL_ROUTE,
  productAvailability,
} from '../../../domain/roadmap.ts'
import { AppButtonLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { translateOr } from '../../i18n/dynamic.ts'

/** Parts of Routekaart open today, each with its name and what it does for you. */
function PartList({ keys }: { keys: readonly string[] }) {
  return (
    <dl className="rk-definitions">
      {keys.map((key) => (
        <div key={key}>
          <dt>{translateOr(`landing.parts.items.${key}.term`, key)}</dt>
          <dd>{translateOr(`landing.parts.items.${key}.description`, '')}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * The welcome for visitors: why lifelong learning, what Routekaart offers today and what is
 * still to come (from BUILT_PARTS, so a part is announced as open where it is built), how to start.
 */
export function LandingPage() {
  const { t } = useTranslation()
  usePageTitle(t('landing.documentTitle'))
  const changes = t('landing.why.changes', { returnObjects: true })
  const dimensions = t('landing.employability.dimensions', { returnObjects: true })
  const { available, coming } = productAvailability()

  return (
    <>
      <div className="rk-hero">
        <Heading1>{t('landing.title')}</Heading1>
        <Paragraph lead>{t('landing.lead')}</Paragraph>
        <ButtonGroup>
          <AppButtonLink to="/aanmelden" appearance="primary-action-button">
            {t('landing.signUp')}
          </AppButtonLink>
          <AppButtonLink to="/inloggen" appearance="secondary-action-button">
            {t('landing.signIn')}
          </AppButtonLink>
        </ButtonGroup>
      </div>

      <section aria-labelledby="waarom" className="rk-section">
        <Heading2 id="waarom">{t('landing.why.title')}</Heading2>
        <Paragraph>{t('landing.why.intro')}</Paragraph>
        <UnorderedList>
          {changes.map((change) => (
            <UnorderedListItem key={change}>{change}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Paragraph>{t('landing.why.forYou')}</Paragraph>
      </section>

      <section aria-labelledby="inzetbaarheid" className="rk-section">
        <Heading2 id="inzetbaarheid">{t('landing.employability.title')}</Heading2>
        <Paragraph>{t('landing.employability.intro')}</Paragraph>
        <ul className="rk-tiles">
          {dimensions.map((dimension) => (
            <li key={dimension} className="rk-tile">
              {dimension}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="onderdelen" className="rk-section">
        <Heading2 id="onderdelen">{t('landing.parts.title')}</Heading2>
        <Paragraph>{t('landing.parts.intro')}</Paragraph>
        <Heading3>{t('landing.parts.availableTitle')}</Heading3>
        <PartList keys={available.map((part) => part.key)} />
        <Heading3>{t('landing.parts.comingTitle')}</Heading3>
        <Paragraph>{t('landing.parts.comingIntro')}</Paragraph>
        <UnorderedList>
          {coming.map((part) => (
            <UnorderedListItem key={part.key}>
              {translateOr(`landing.parts.items.${part.key}.term`, part.key)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="routes" className="rk-section">
        <Heading2 id="routes">{t('landing.routes.title')}</Heading2>
        <Paragraph>{t('landing.routes.intro')}</Paragraph>
        <div className="rk-columns">
          <div>
            <Heading3>{t('landing.routes.professional')}</Heading3>
            <OrderedList>
              {PROFESSIONAL_ROUTE.map((step) => (
                <OrderedListItem key={step.key}>
                  {translateOr(`roadmap.professional.${step.key}.title`, step.part)}
                </OrderedListItem>
              ))}
            </OrderedList>
          </div>
          <div>
            <Heading3>{t('landing.routes.organisation')}</Heading3>
            <OrderedList>
              {ORGANISATION_ROUTE.map((step) => (
                <OrderedListItem key={step.key}>
                  {translateOr(`roadmap.organisation.${step.key}.title`, step.part)}
                </OrderedListItem>
              ))}
            </OrderedList>
          </div>
        </div>
      </section>

      <section aria-labelledby="programma" className="rk-section">
        <Heading2 id="programma">{t('landing.programme.title')}</Heading2>
        <Paragraph>{t('landing.programme.body')}</Paragraph>
        <Paragraph>{t('landing.programme.status')}</Paragraph>
      </section>
    </>
  )
}
