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

/**
 * For administrators: which organisation to look at. A button confirms the choice, because
 * a select that navigates on change surprises keyboard users (WCAG 3.2.2).
 */
export function OrganisationPicker({
  organisations,
  selected,
}: {
  organisations: readonly { id: string; name: string }[]
  selected: string | undefined
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [choice, setChoice] = useState(selected ?? '')
  useEffect(() => setChoice(selected ?? ''), [selected])

  return (
    <form
      className="rk-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        void navigate({ to: '/organisatie', search: { id: choice || undefined } })
      }}
    >
      <FormField
        label={<FormLabel htmlFor="organisatie-kiezen">{t('organisation.pick')}</FormLabel>}
        input={
          <Select
            id="organisatie-kiezen"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <SelectOption value="">{t('organisation.pickNone')}</SelectOption>
            {organisations.map((org) => (
              <SelectOption key={org.id} value={org.id}>
                {org.name}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('organisation.show')}
      </Button>
    </form>
  )
}
