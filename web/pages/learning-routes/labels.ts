import i18n from 'i18next'
import type { z } from 'zod'
import type { objectiveRefSchema, suggestionSchema } from '../../../domain/api/learning-routes.ts'
import { formatDate } from '../../components/format.ts'
import { translateCode } from '../../i18n/dynamic.ts'
import { levelLabel } from '../catalogue/labels.tsx'

type Reason = z.infer<typeof suggestionSchema>['reasons'][number]
export type ObjectiveRef = z.infer<typeof objectiveRefSchema>

/**
 * Why an offering is suggested, in words: the reason's code with its values filled in
 * (a level by its name, a date as people read it).
 *
 * @example reasonText({ code: 'serves_objectives', params: { served: 2, total: 3 } })
 */
export function reasonText(reason: Reason): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) }
  if (typeof params.level === 'string') params.level = levelLabel(params.level).toLowerCase()
  if (typeof params.date === 'string') params.date = formatDate(params.date, i18n.language)
  if (reason.code === 'serves_objectives' && params.served === params.total)
    return translateCode('learningRoute.reasons', 'serves_all', null, params)
  return translateCode('learningRoute.reasons', reason.code, null, params)
}

/** "Thema · Kenniskaart" under an objective, or that no published map has it any more. */
export function objectiveWhere(objective: ObjectiveRef): string {
  if (objective.title === null) return i18n.t('learningGoals.objectiveGone')
  return [objective.themeTitle, objective.map?.title].filter(Boolean).join(' · ')
}

/** Planned dates as one phrase: "from 3 March 2027" or "3 March 2027 to 5 March 2027". */
export function datesText(start: string, end: string | null): string {
  const lang = i18n.language
  if (end === null || end === start)
    return i18n.t('learningRoute.activity.on', { start: formatDate(start, lang) })
  return i18n.t('learningRoute.activity.fromTo', {
    start: formatDate(start, lang),
    end: formatDate(end, lang),
  })
}
