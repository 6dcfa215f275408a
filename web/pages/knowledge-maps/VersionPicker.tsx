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
import type { z } from 'zod'
import type { versionSummarySchema } from '../../../domain/api/knowledge-maps.ts'
import { formatDate } from '../../components/format.ts'

export type VersionSummary = z.infer<typeof versionSummarySchema>

/** Numbered versions, newest first: the ones anybody can read. */
export function numberedVersions(versions: readonly VersionSummary[]) {
  return versions
    .filter((v): v is VersionSummary & { number: number } => v.number !== null)
    .sort((a, b) => b.number - a.number)
}

/** "Versie 2, gepubliceerd op 3 maart 2027 (huidige versie)" for a select option or a list. */
export function useVersionLabel() {
  const { t, i18n } = useTranslation()
  return (version: VersionSummary) => {
    if (version.number === null) return t('maps.version.concept')
    const text = version.publishedAt
      ? t('maps.version.published', {
          number: version.number,
          date: formatDate(version.publishedAt, i18n.language),
        })
      : t('maps.version.numbered', { number: version.number })
    return version.state === 'published' ? `${text} ${t('maps.version.currentSuffix')}` : text
  }
}

/**
 * Choose another version of the map to read. A button confirms the choice, because a select
 * that navigates on change surprises keyboard users (WCAG 3.2.2).
 */
export function VersionPicker({
  slug,
  versions,
  shown,
}: {
  slug: string
  versions: readonly VersionSummary[]
  shown: number | null
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const label = useVersionLabel()
  const numbered = numberedVersions(versions)
  const [choice, setChoice] = useState(String(shown ?? ''))
  useEffect(() => setChoice(String(shown ?? '')), [shown])
  const current = numbered.find((v) => v.state === 'published')?.number

  return (
    <form
      className="rk-inline-form rk-no-print"
      onSubmit={(event) => {
        event.preventDefault()
        const number = Number(choice)
        void navigate({
          to: '/kenniskaarten/$slug',
          params: { slug },
          search: { versie: number === current ? undefined : number },
        })
      }}
    >
      <FormField
        label={<FormLabel htmlFor="versie-kiezen">{t('maps.versions.pick')}</FormLabel>}
        input={
          <Select
            id="versie-kiezen"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            {numbered.map((version) => (
              <SelectOption key={version.id} value={String(version.number)}>
                {label(version)}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('maps.versions.show')}
      </Button>
    </form>
  )
}
