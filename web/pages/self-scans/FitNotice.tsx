import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { listScanMaps } from '../../../domain/api/self-scans.ts'
import { AppLink } from '../../components/links.tsx'
import { localised } from './format.ts'

type MapList = z.infer<
  (typeof listScanMaps)['responses'][200]['content']['application/json']['schema']
>

/**
 * Which kenniskaart fits the person, said honestly: a map fits when it is written for their
 * stage. When none that is published does, the page says so, and which level a scan on
 * another map would measure them against — never "fits your profile" when nothing does.
 */
export function FitNotice({ list }: { list: MapList }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { stage } = list
  const note = <Paragraph>{localised(list.aims.note, lang)}</Paragraph>
  if (list.maps.length === 0) return null
  if (stage === null) {
    return (
      <Alert type="info">
        <Paragraph>
          {t('selfScans.fit.noStage')}{' '}
          <AppLink to="/account">{t('selfScans.fit.toAccount')}</AppLink>
        </Paragraph>
        {note}
      </Alert>
    )
  }
  const stages = t(`selfScans.fit.stages.${stage}`)
  const fitting = list.maps.filter((map) => map.fits)
  const listFormat = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' })
  if (fitting.length > 0) {
    return (
      <Alert type="info">
        <Paragraph>
          {t('selfScans.fit.fits', {
            count: fitting.length,
            titles: listFormat.format(fitting.map((map) => map.title)),
            stages,
            aim: fitting[0]!.aim.level,
          })}
        </Paragraph>
        {note}
      </Alert>
    )
  }
  const upcoming = list.upcoming.some((map) => map.fits)
  const only = list.maps.length === 1 ? list.maps[0]! : null
  return (
    <Alert type="info">
      <Paragraph>
        {t(upcoming ? 'selfScans.fit.upcoming' : 'selfScans.fit.noneForStage', { stages })}{' '}
        {only
          ? t('selfScans.fit.insteadOne', { title: only.title, stages, aim: only.aim.level })
          : t('selfScans.fit.insteadMany', { stages })}
      </Paragraph>
      {note}
    </Alert>
  )
}
