import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Button,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OFFERING_FORMS, OFFERING_LEVELS } from '../../../domain/catalogue/model.ts'
import { ChoiceOption } from '../../components/form/ChoiceOption.tsx'
import { AppLink } from '../../components/links.tsx'
import { mapsQuery } from '../knowledge-maps/queries.ts'
import { formLabel, levelLabel } from './labels.tsx'
import type { CatalogueSearch } from './queries.ts'

/**
 * Search words and filters. They apply with a button, not on change (WCAG 3.2.2), and travel
 * in the address, so a search can be bookmarked and shared. A theme or objective filter
 * comes from a link (a kenniskaart, an offering) and is kept until cleared.
 */
export function CatalogueFilters({
  current,
  showArchived = false,
}: {
  current: CatalogueSearch
  /** For those who keep offerings: a box to include archived ones. */
  showArchived?: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const maps = useQuery(mapsQuery({ state: 'published' }))
  const [choice, setChoice] = useState<CatalogueSearch>(current)
  useEffect(() => setChoice(current), [current])
  const set = (patch: Partial<CatalogueSearch>) => setChoice((now) => ({ ...now, ...patch }))
  const active = Object.values(current).some((value) => value !== undefined)

  const select = (
    name: 'vorm' | 'niveau' | 'kaart' | 'online',
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <FormField
      label={<FormLabel htmlFor={`aanbod-${name}`}>{label}</FormLabel>}
      input={
        <Select
          id={`aanbod-${name}`}
          name={name}
          value={String(choice[name] ?? '')}
          onChange={(event) => set({ [name]: event.target.value || undefined })}
        >
          <SelectOption value="">{t('catalogue.filters.all')}</SelectOption>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  )

  return (
    <form
      className="rk-form rk-filters"
      aria-label={t('catalogue.search.label')}
      onSubmit={(event) => {
        event.preventDefault()
        void navigate({ to: '/opleidingsaanbod', search: { ...choice, pagina: undefined } })
      }}
    >
      <FormField
        label={<FormLabel htmlFor="aanbod-q">{t('catalogue.search.label')}</FormLabel>}
        description={<span id="aanbod-q-hint">{t('catalogue.search.hint')}</span>}
        input={
          <Textbox
            id="aanbod-q"
            type="search"
            name="q"
            value={choice.q ?? ''}
            aria-describedby="aanbod-q-hint"
            onChange={(event) => set({ q: event.target.value || undefined })}
          />
        }
      />
      <div className="rk-inline-form">
        {select(
          'vorm',
          t('catalogue.filters.form'),
          OFFERING_FORMS.map((code) => ({ value: code, label: formLabel(code) })),
        )}
        {select(
          'niveau',
          t('catalogue.filters.level'),
          OFFERING_LEVELS.map((code) => ({ value: code, label: levelLabel(code) })),
        )}
        {select(
          'kaart',
          t('catalogue.filters.map'),
          (maps.data?.maps ?? []).map((map) => ({ value: map.slug, label: map.title })),
        )}
        {select('online', t('catalogue.filters.online'), [
          { value: 'ja', label: t('catalogue.filters.onlineYes') },
          { value: 'nee', label: t('catalogue.filters.onlineNo') },
        ])}
        <FormField
          label={<FormLabel htmlFor="aanbod-maxkosten">{t('catalogue.filters.maxCost')}</FormLabel>}
          input={
            <Textbox
              id="aanbod-maxkosten"
              name="maxkosten"
              inputMode="numeric"
              value={choice.maxkosten === undefined ? '' : String(choice.maxkosten)}
              onChange={(event) => {
                const value = event.target.value.replace(/\D/g, '')
                set({ maxkosten: value === '' ? undefined : Number(value) })
              }}
            />
          }
        />
      </div>
      {showArchived && (
        <ChoiceOption
          type="checkbox"
          id="aanbod-gearchiveerd"
          label={t('catalogue.filters.archived')}
          checked={choice.gearchiveerd === 'ja'}
          onChange={(checked) => set({ gearchiveerd: checked ? 'ja' : undefined })}
        />
      )}
      <div className="rk-button-row">
        <Button type="submit" appearance="primary-action-button">
          {t('catalogue.search.submit')}
        </Button>
        {active && (
          <AppLink to="/opleidingsaanbod" search={{}} className="rk-filters__clear">
            {t('catalogue.filters.clear')}
          </AppLink>
        )}
      </div>
    </form>
  )
}
