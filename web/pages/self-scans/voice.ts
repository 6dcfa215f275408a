import { useTranslation } from 'react-i18next'
import type { ScanReport } from '../../../domain/api/self-scans.ts'
import type nl from '../../i18n/nl.json'

type Singular<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K
/** A text of the report that differs between its owner and someone it is shared with. */
export type VoiceKey = Singular<keyof typeof nl.selfScans.voice.owner>

/**
 * The report's viewer mode: its owner reads "je score"; a manager or coach it is shared with
 * reads about the owner by name ("De gemiddelde score van Marieke …"). Texts live apart per
 * mode under `selfScans.voice.owner` and `selfScans.voice.shared`.
 *
 * @example const say = useVoice(report); say('overall', { score: '2,4', target: 2 })
 */
export function useVoice(report: Pick<ScanReport, 'owner'>) {
  const { t } = useTranslation()
  const mode = report.owner.mine ? 'owner' : 'shared'
  return (key: VoiceKey, values: Record<string, string | number> = {}): string =>
    t(`selfScans.voice.${mode}.${key}`, { name: report.owner.name, ...values })
}
