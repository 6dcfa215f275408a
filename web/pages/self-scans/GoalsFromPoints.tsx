import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanReport } from '../../../domain/api/self-scans.ts'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'

type Point = ScanReport['developmentPoints'][number]

/**
 * From the chosen development points to leerdoelen: tick points, then make one goal of them
 * together, or one goal per point — the goal form opens for the first, and after saving for
 * the next (`/leerdoelen/nieuw?scan=…&reeks=…&stap=…`). Every point starts ticked.
 */
export function GoalsFromPoints({ scanId, points }: { scanId: string; points: Point[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [ticked, setTicked] = useState(() => new Set(points.map((point) => point.objectiveId)))
  const [empty, setEmpty] = useState(false)
  const id = 'punten-voor-leerdoelen'
  // In the report's order: what the person finds most important first.
  const chosen = points.map((point) => point.objectiveId).filter((point) => ticked.has(point))

  const toggle = (objectiveId: string, checked: boolean) => {
    setEmpty(false)
    setTicked((previous) => {
      const next = new Set(previous)
      if (checked) next.add(objectiveId)
      else next.delete(objectiveId)
      return next
    })
  }

  const open = (mode: 'together' | 'each') => {
    if (chosen.length === 0) {
      setEmpty(true)
      document.getElementById(`${id}-${points[0]?.objectiveId}`)?.focus()
      return
    }
    void navigate({
      to: '/leerdoelen/nieuw',
      search:
        mode === 'together'
          ? { scan: scanId, punten: chosen.join(',') }
          : { scan: scanId, reeks: chosen.join(','), stap: 1 },
    })
  }

  return (
    <form className="rk-goals-from-points" onSubmit={(event) => event.preventDefault()}>
      <Fieldset
        invalid={empty}
        aria-describedby={[`${id}-description`, empty && `${id}-error`].filter(Boolean).join(' ')}
      >
        <FieldsetLegend>{t('selfScans.goals.legend')}</FieldsetLegend>
        <FormFieldDescription id={`${id}-description`}>
          {t('selfScans.goals.intro')}
        </FormFieldDescription>
        {empty && (
          <FormFieldErrorMessage id={`${id}-error`}>
            {t('selfScans.goals.pickOne')}
          </FormFieldErrorMessage>
        )}
        {points.map((point) => {
          const boxId = `${id}-${point.objectiveId}`
          return (
            <ChoiceOption
              key={point.objectiveId}
              type="checkbox"
              id={boxId}
              checked={ticked.has(point.objectiveId)}
              invalid={empty}
              onChange={(checked) => toggle(point.objectiveId, checked)}
              label={
                <>
                  {point.title}
                  <span className="rk-muted"> — {point.themeTitle}</span>
                </>
              }
            />
          )
        })}
      </Fieldset>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => open('together')}>
          {t('selfScans.goals.together')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => open('each')}>
          {t('selfScans.goals.each')}
        </Button>
      </ButtonGroup>
    </form>
  )
}
