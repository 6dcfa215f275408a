import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { Alert, Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isFormal } from '../../../domain/catalogue/model.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { NlText, useContentLang, useDutchContent } from '../../components/NlText.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import {
  costText,
  formLabel,
  hoursText,
  languageLabel,
  levelLabel,
  OfferingStateBadge,
  startsText,
  whereText,
} from './labels.tsx'
import { OfferingActions } from './OfferingActions.tsx'
import { offeringQuery } from './queries.ts'

/** `/opleidingsaanbod/$offeringId`: one offering, the objectives it serves, and for its keepers the actions. */
export function OfferingPage() {
  const { t, i18n } = useTranslation()
  const { offeringId } = useParams({ from: '/opleidingsaanbod/$offeringId' })
  const offering = useQuery(offeringQuery(offeringId))
  const [done, setDone] = useState('')
  usePageTitle(offering.data?.title ?? t('catalogue.title'))
  const o = offering.data
  // Title and description are in the offering's own language; kenniskaarten are Dutch.
  const lang = useContentLang(o?.language ?? 'nl')
  const nl = useDutchContent()

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/opleidingsaanbod">{t('catalogue.detail.back')}</AppLink>
      </Paragraph>
      {offering.isPending && <Loading />}
      {offering.isError && <ErrorAlert error={offering.error} />}
      {o && (
        <>
          <Heading1 {...lang}>{o.title}</Heading1>
          <OfferingStateBadge offering={o} />
          {o.archived && <Paragraph>{t('catalogue.archivedHint')}</Paragraph>}
          {o.stale && <Paragraph>{t('catalogue.staleHint')}</Paragraph>}
          <Paragraph role="status" className="rk-live-status">
            {done}
          </Paragraph>
          {o.canEdit && <OfferingActions offering={o} onDone={setDone} />}
          <div className="rk-prose">
            <Paragraph lead {...lang}>
              {o.description}
            </Paragraph>
          </div>
          <dl className="rk-meta rk-definitions">
            {(
              [
                ['provider', o.provider.name],
                [
                  'form',
                  `${formLabel(o.form)} (${isFormal(o.form) ? t('catalogue.formal') : t('catalogue.informal')})`,
                ],
                ['level', levelLabel(o.level)],
                ['studyHours', hoursText(o.studyHours)],
                ['cost', costText(o.costCents)],
                ['language', languageLabel(o.language)],
                ['where', whereText(o)],
                ['starts', startsText(o.startMoments)],
                ['certificate', o.certificate ?? t('catalogue.values.none')],
                ['lastReviewed', formatDate(o.lastReviewedAt, i18n.language)],
                ...(o.canEdit
                  ? [['owner', o.owner?.name ?? t('catalogue.values.noOwner')] as const]
                  : []),
              ] as const
            ).map(([field, value]) => (
              <div key={field}>
                <dt>{t(`catalogue.fields.${field}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {o.url && (
            <Paragraph>
              <Link href={o.url} rel="noopener noreferrer" external>
                {t('catalogue.detail.visit')}
              </Link>
            </Paragraph>
          )}
          <section aria-labelledby="leerdoelen" className="rk-section">
            <Heading2 id="leerdoelen">{t('catalogue.detail.objectives')}</Heading2>
            <Paragraph>{t('catalogue.detail.objectivesIntro')}</Paragraph>
            <ul className="rk-link-list">
              {o.objectives.map((objective) => (
                <li key={objective.id}>
                  {objective.map && objective.title ? (
                    <>
                      <AppLink
                        to="/kenniskaarten/$slug"
                        params={{ slug: objective.map.slug }}
                        hash={objective.id}
                        {...nl}
                      >
                        {objective.title}
                      </AppLink>{' '}
                      <span className="rk-tag" {...nl}>
                        {objective.map.title}
                        {objective.theme ? ` › ${objective.theme.title}` : ''}
                      </span>
                      <br />
                      <AppLink to="/opleidingsaanbod" search={{ leerdoel: objective.id }}>
                        {t('catalogue.detail.moreForObjective')}
                        <span className="rk-visually-hidden">
                          : <NlText>{objective.title}</NlText>
                        </span>
                      </AppLink>
                    </>
                  ) : (
                    t('catalogue.detail.unknownObjective')
                  )}
                </li>
              ))}
            </ul>
          </section>
          {!o.canEdit && o.stale && (
            <Alert type="info">
              <Paragraph>{t('catalogue.staleHint')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </>
  )
}
