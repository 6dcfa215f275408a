import {
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ObjectiveNode } from '../../../domain/knowledge-maps/tree.ts'
import { type Answer, IMPORTANCE, type Importance } from '../../../domain/self-scans/answers.ts'
import type { Scale } from '../../../domain/self-scans/scale.ts'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'
import { useDutchContent } from '../../components/NlText.tsx'
import { localised } from './format.ts'

/** The id of an objective's first choice: where "still open" links put focus. */
export const objectiveFieldId = (objectiveId: string) => `doel-${objectiveId}-niveau`

/**
 * One objective: how well do I master it (a level of the scale, or "not applicable"), do I
 * want to develop it, and how important is it for my work. A fieldset whose legend is the
 * objective, so every choice is read with it.
 */
export const ObjectiveQuestion = memo(function ObjectiveQuestion({
  objective,
  scale,
  answer,
  onChange,
}: {
  objective: ObjectiveNode
  scale: Scale
  answer: Answer | undefined
  onChange: (objectiveId: string, change: Partial<Answer>) => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const nl = useDutchContent()
  const id = objective.id
  const name = `niveau-${id}`
  const answered = answer !== undefined && (answer.notApplicable || answer.level !== null)
  const options = [
    ...scale.levels.map((level) => ({
      key: String(level.value),
      label: `${level.value} – ${localised(level.label, lang)}`,
      checked: !answer?.notApplicable && answer?.level === level.value,
      change: { level: level.value, notApplicable: false },
    })),
    {
      key: 'nvt',
      label: localised(scale.notApplicable, lang),
      checked: answer?.notApplicable === true,
      change: { level: null, notApplicable: true },
    },
  ]

  return (
    <Fieldset
      id={`doel-${id}`}
      className={answered ? 'rk-question' : 'rk-question rk-question--open'}
    >
      <FieldsetLegend className="rk-question__legend" {...nl}>
        {objective.title}
      </FieldsetLegend>
      <div className="rk-question__levels">
        {options.map((option, index) => {
          const optionId = index === 0 ? objectiveFieldId(id) : `doel-${id}-${option.key}`
          return (
            <ChoiceOption
              key={option.key}
              type="radio"
              id={optionId}
              name={name}
              value={option.key}
              label={option.label}
              checked={option.checked}
              onChange={() => onChange(id, option.change)}
            />
          )
        })}
      </div>
      <div className="rk-question__extra">
        <ChoiceOption
          type="checkbox"
          id={`doel-${id}-ontwikkelen`}
          label={t('selfScans.take.develop')}
          checked={answer?.develop === true}
          onChange={(checked) => onChange(id, { develop: checked })}
        />
        <div className="rk-question__importance">
          <FormLabel htmlFor={`doel-${id}-belang`}>{t('selfScans.take.importance')}</FormLabel>
          <Select
            id={`doel-${id}-belang`}
            value={answer?.importance ? String(answer.importance) : ''}
            onChange={(event) =>
              onChange(id, {
                importance: event.target.value ? (Number(event.target.value) as Importance) : null,
              })
            }
          >
            <SelectOption value="">{t('selfScans.importance.none')}</SelectOption>
            {IMPORTANCE.map((value) => (
              <SelectOption key={value} value={String(value)}>
                {t(`selfScans.importance.${value}`)}
              </SelectOption>
            ))}
          </Select>
        </div>
      </div>
    </Fieldset>
  )
})
