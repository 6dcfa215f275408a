import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { HomeWork } from '../../../domain/api/home.ts'
import { formatDate } from '../../components/format.ts'
import { AppLink } from '../../components/links.tsx'
import { RoundBadge } from '../reviews/RoundBadge.tsx'

type Programme = NonNullable<HomeWork['programme']>
type Provider = NonNullable<HomeWork['provider']>
type Reviewer = NonNullable<HomeWork['reviewer']>

/** The programme team's work: rounds with comments to answer, maps in progress, stale offerings. */
export function ProgrammeWork({ work }: { work: Programme }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="werk-programma" className="rk-section rk-work">
      <Heading2 id="werk-programma">{t('home.work.programme.title')}</Heading2>
      <Heading3>{t('home.work.programme.rounds')}</Heading3>
      {work.reviewRounds.length === 0 ? (
        <Paragraph>{t('home.work.programme.roundsEmpty')}</Paragraph>
      ) : (
        <ul className="rk-work__list">
          {work.reviewRounds.map((round) => (
            <li key={round.id}>
              <AppLink to="/meedenken/$roundId" params={{ roundId: round.id }}>
                {round.map.title}: {round.title}
              </AppLink>{' '}
              <RoundBadge state={round.state} />
              <span className="rk-work__detail">
                {round.toAnswer > 0
                  ? t('home.work.programme.toAnswer', { count: round.toAnswer })
                  : t('home.work.programme.allAnswered')}
                {round.state === 'open' &&
                  ` · ${t('home.work.deadline', { date: formatDate(round.deadline, i18n.language) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading3>{t('home.work.programme.maps')}</Heading3>
      {work.conceptMaps.length === 0 ? (
        <Paragraph>{t('home.work.programme.mapsEmpty')}</Paragraph>
      ) : (
        <ul className="rk-work__list">
          {work.conceptMaps.map((map) => (
            <li key={map.slug}>
              <AppLink to="/kenniskaarten/$slug/bewerken" params={{ slug: map.slug }}>
                {map.title}
              </AppLink>{' '}
              <span className={`rk-badge rk-badge--${map.state}`}>
                {t(`home.work.programme.mapStates.${map.state}`)}
              </span>
              {map.published && (
                <span className="rk-work__detail">{t('home.work.programme.newVersion')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {work.staleOfferings !== null && (
        <>
          <Heading3>{t('home.work.programme.catalogue')}</Heading3>
          <Paragraph>
            {work.staleOfferings > 0
              ? t('home.work.programme.stale', { count: work.staleOfferings })
              : t('home.work.programme.staleNone')}
          </Paragraph>
          {work.staleOfferings > 0 && (
            <Paragraph>
              <AppLink to="/opleidingsaanbod/verouderd">
                {t('home.work.programme.staleLink')}
              </AppLink>
            </Paragraph>
          )}
        </>
      )}
    </section>
  )
}

/** A provider account's offerings per provider, and how many may be outdated. */
export function ProviderWork({ work }: { work: Provider }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="werk-aanbieder" className="rk-section rk-work">
      <Heading2 id="werk-aanbieder">{t('home.work.provider.title')}</Heading2>
      {work.providers.length === 0 ? (
        <Paragraph>{t('home.work.provider.noProvider')}</Paragraph>
      ) : (
        <ul className="rk-work__list">
          {work.providers.map((provider) => (
            <li key={provider.id}>
              <strong>{provider.name}</strong>
              <span className="rk-work__detail">
                {t('home.work.provider.counts', { count: provider.offerings })},{' '}
                {provider.staleOfferings > 0 ? (
                  <strong>
                    {t('home.work.provider.stale', { count: provider.staleOfferings })}
                  </strong>
                ) : (
                  t('home.work.provider.staleNone')
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to="/opleidingsaanbod/beheer">{t('home.work.provider.link')}</AppLink>
      </Paragraph>
    </section>
  )
}

/** A meedenker's review rounds: open ones first with their deadline, and their own comments. */
export function ReviewerWork({ work }: { work: Reviewer }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="werk-meedenken" className="rk-section rk-work">
      <Heading2 id="werk-meedenken">{t('home.work.reviewer.title')}</Heading2>
      {work.rounds.length === 0 ? (
        <Paragraph>{t('home.work.reviewer.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('home.work.reviewer.intro')}</Paragraph>
          <ul className="rk-work__list">
            {work.rounds.map((round) => (
              <li key={round.id}>
                <AppLink to="/meedenken/$roundId" params={{ roundId: round.id }}>
                  {round.map.title}: {round.title}
                </AppLink>{' '}
                <RoundBadge state={round.state} />
                <span className="rk-work__detail">
                  {round.state === 'open' &&
                    `${t('home.work.deadline', { date: formatDate(round.deadline, i18n.language) })} · `}
                  {round.myComments > 0
                    ? t('home.work.reviewer.myComments', { count: round.myComments })
                    : t('home.work.reviewer.noComments')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <AppLink to="/meedenken">{t('home.work.reviewer.all')}</AppLink>
      </Paragraph>
    </section>
  )
}
