import type { OfferingSummary } from '../../../domain/api/catalogue.ts'
import { OfferingSummaryView } from './OfferingSummaryView.tsx'

/**
 * One offering in a list: what, who, how much, and whether it may be outdated. Its title is a
 * second-level heading: the list sits right under the page's heading.
 */
export function OfferingCard({ offering }: { offering: OfferingSummary }) {
  return (
    <li className="rk-card rk-offering-card">
      <OfferingSummaryView offering={offering} headingLevel={2} withSummary />
    </li>
  )
}
