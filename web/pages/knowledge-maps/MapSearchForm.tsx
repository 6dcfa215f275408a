import { useNavigate } from '@tanstack/react-router'
import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A search box over the objectives of every published kenniskaart; the results are a page of
 * their own (`/kenniskaarten/zoeken?q=…`), so they can be shared and bookmarked.
 */
export function MapSearchForm({ initial = '', id = 'kenniskaarten-zoeken' }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState(initial)
  useEffect(() => setQ(initial), [initial])
  return (
    <search className="rk-map-search">
      <form
        className="rk-inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void navigate({ to: '/kenniskaarten/zoeken', search: { q: q.trim() || undefined } })
        }}
      >
        <FormField
          label={<FormLabel htmlFor={id}>{t('maps.search.label')}</FormLabel>}
          input={
            <Textbox
              id={id}
              type="search"
              name="q"
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
          }
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('maps.search.submit')}
        </Button>
      </form>
    </search>
  )
}
