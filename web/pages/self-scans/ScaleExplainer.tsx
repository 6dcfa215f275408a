import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Scale } from '../../../domain/self-scans/scale.ts'
import { levelLabel, localised } from './format.ts'

/**
 * The scale, once: each level with its behavioural anchor, "not applicable", and the level
 * the map's audience aims for. In a disclosure, open on the first step, so it can be read
 * again later without scrolling past it every time.
 */
export function ScaleExplainer({
  scale,
  target,
  open,
}: {
  scale: Scale
  target: number
  open: boolean
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <details className="rk-scale" open={open}>
      <summary>
        <Heading2 className="rk-scale__title">{t('selfScans.scale.title')}</Heading2>
      </summary>
      <Paragraph>{t('selfScans.scale.intro')}</Paragraph>
      <dl className="rk-scale__levels">
        {scale.levels.map((level) => (
          <div
            key={level.value}
            className={level.value === target ? 'rk-scale__target' : undefined}
          >
            <dt>
              {level.value} – {localised(level.label, lang)}
              {level.value === target && (
                <span className="rk-badge rk-badge--suggested">{t('selfScans.scale.aim')}</span>
              )}
            </dt>
            <dd>{localised(level.anchor, lang)}</dd>
          </div>
        ))}
        <div>
          <dt>{localised(scale.notApplicable, lang)}</dt>
          <dd>{t('selfScans.scale.notApplicable')}</dd>
        </div>
      </dl>
      <Paragraph>
        {t('selfScans.scale.target', { level: levelLabel(scale, target, lang) ?? target })}
      </Paragraph>
    </details>
  )
}
