import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  FormField,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAP_AUDIENCES, MAP_LEVELS, MAP_STATES } from '../../../domain/knowledge-maps/model.ts'
import { AppLink } from '../../components/links.tsx'
import { translateCode } from '../../i18n/dynamic.ts'

export interface MapFilter {
  doelgroep?: string
  niveau?: string
  status?: string
}

/**
 * Filters for the overview. They apply with a button, not on change, so choosing in a select
 * never moves a keyboard user to another page (WCAG 3.2.2); the choice travels in the address.
 */
export function MapFilters({ current }: { current: MapFilter }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [choice, setChoice] = useState<MapFilter>(current)
  useEffect(() => setChoice(current), [current])
  const active = Boolean(current.doelgroep || current.niveau || current.status)

  const select = (
    name: keyof MapFilter,
    label: string,
    prefix: string,
    codes: readonly string[],
  ) => (
    <FormField
      label={<FormLabel htmlFor={`filter-${name}`}>{label}</FormLabel>}
      input={
        <Select
          id={`filter-${name}`}
          name={name}
          value={choice[name] ?? ''}
          onChange={(event) => setChoice({ ...choice, [name]: event.target.value || undefined })}
        >
          <SelectOption value="">{t('maps.filters.all')}</SelectOption>
          {codes.map((code) => (
            <SelectOption key={code} value={code}>
              {translateCode(prefix, code, null)}
            </SelectOption>
          ))}
        </Select>
      }
    />
  )

  return (
    <form
      className="rk-inline-form rk-filters"
      aria-label={t('maps.filters.label')}
      onSubmit={(event) => {
        event.preventDefault()
        void navigate({ to: '/kenniskaarten', search: choice })
      }}
    >
      {select('doelgroep', t('maps.filters.audience'), 'maps.audiences', MAP_AUDIENCES)}
      {select('niveau', t('maps.filters.level'), 'maps.levels', MAP_LEVELS)}
      {select('status', t('maps.filters.state'), 'maps.states', MAP_STATES)}
      <Button type="submit" appearance="secondary-action-button">
        {t('maps.filters.apply')}
      </Button>
      {active && (
        <AppLink to="/kenniskaarten" search={{}} className="rk-filters__clear">
          {t('maps.filters.clear')}
        </AppLink>
      )}
    </form>
  )
}
