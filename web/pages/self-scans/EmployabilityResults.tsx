import {
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../components/format.ts'
import { PathLink } from '../../components/PathLink.tsx'
import {
  type EmployabilityCheck,
  type EmployabilityContent,
  KNOWLEDGE_DIMENSION,
} from './employability-queries.ts'
import { formatScore, localised } from './format.ts'

type Result = EmployabilityCheck['results'][number]

/** "Goed" for a band id, in the page's language. */
export function bandLabel(
  content: EmployabilityContent,
  band: Result['band'],
  lang: string,
): string {
  const found = content.bands.find((b) => b.id === band)
  return found ? localised(found.label, lang) : '–'
}

/**
 * The result of one submitted check: per dimension its score on the 1–5 scale, its band in
 * words, a bar that shows the same, and the band's practical tips. The previous check, when
 * there is one, is named beside it so change over time shows.
 */
export function EmployabilityResults({
  content,
  check,
  previous,
}: {
  content: EmployabilityContent
  check: EmployabilityCheck
  previous: EmployabilityCheck | null
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <section aria-labelledby="uitslag" className="rk-section">
      <Heading2 id="uitslag" tabIndex={-1}>
        {t('employability.result.title', {
          date: formatDate(check.submittedAt ?? check.updatedAt, lang),
        })}
      </Heading2>
      <Paragraph>{t('employability.result.intro')}</Paragraph>
      <div className="rk-results">
        {content.dimensions.map((dimension) => {
          const result = check.results.find((r) => r.id === dimension.id)
          if (!result) return null
          const before = previous?.results.find((r) => r.id === dimension.id) ?? null
          const headingId = `uitslag-${dimension.id}`
          const tips = result.band ? dimension.tips[result.band][lang === 'en' ? 'en' : 'nl'] : []
          return (
            <section key={dimension.id} aria-labelledby={headingId} className="rk-result">
              <Heading3 id={headingId}>{localised(dimension.title, lang)}</Heading3>
              <Paragraph className="rk-result__score">
                <strong>{bandLabel(content, result.band, lang)}</strong>
                {' — '}
                {t('employability.result.score', { score: formatScore(result.score, lang) })}
              </Paragraph>
              <ScoreBar score={result.score} band={result.band} />
              {before && previous?.submittedAt && (
                <Paragraph className="rk-result__previous">
                  {t('employability.result.previous', {
                    date: formatDate(previous.submittedAt, lang),
                    band: bandLabel(content, before.band, lang),
                    score: formatScore(before.score, lang),
                  })}
                </Paragraph>
              )}
              {tips.length > 0 && (
                <>
                  <Heading4>{t('employability.result.tips')}</Heading4>
                  <UnorderedList>
                    {tips.map((tip) => (
                      <UnorderedListItem key={tip}>{tip}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              )}
              {dimension.id === KNOWLEDGE_DIMENSION && (
                <Paragraph>
                  <PathLink href="/zelfscan">{t('employability.result.toSelfScan')}</PathLink>
                </Paragraph>
              )}
            </section>
          )
        })}
      </div>
    </section>
  )
}

/**
 * The score as a bar from 1 to 5, with marks at the band boundaries. Decoration only: the
 * text above says the same, so it is hidden from assistive technology, and the band differs
 * in pattern as well as colour.
 */
function ScoreBar({ score, band }: { score: number | null; band: Result['band'] }) {
  if (score === null) return null
  const percent = Math.max(0, Math.min(100, ((score - 1) / 4) * 100))
  return (
    <svg
      className={`rk-score-bar rk-score-bar--${band ?? 'none'}`}
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="rk-score-bar__track" x="0" y="0" width="100" height="6" />
      <rect className="rk-score-bar__fill" x="0" y="0" width={percent} height="6" />
    </svg>
  )
}
