import '../../styles/employability.css'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../../domain/permissions.ts'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { TrainingNeedsSection } from '../learning-routes/TrainingNeedsSection.tsx'
import { type TeamOverview, teamOverviewQuery } from './employability-queries.ts'
import { formatScore } from './format.ts'
import { TeamOverviewChart } from './TeamOverviewChart.tsx'

/** The highest level of the zelfscan scales: the end of the chart's axis. */
const SCALE_MAXIMUM = 5

/**
 * `/organisatie/zelfscan-overzicht`: a manager's anonymous team overview per theme of one
 * kenniskaart, over the latest scan each colleague chose to share with a manager. Below
 * `minGroupSize` people the page says so and shows nothing else; a theme too few people
 * rated says "too few answers".
 */
export function TeamOverviewPage() {
  const { t } = useTranslation()
  usePageTitle(t('sharedScans.team.title'))
  const user = useUser()
  const { kaart } = useSearch({ from: '/organisatie/zelfscan-overzicht' })
  const organisationId =
    user?.organisation && !user.organisation.pending ? user.organisation.id : undefined
  const allowed =
    user !== null &&
    organisationId !== undefined &&
    can({ roles: user.roles, organisationId }, 'selfscan.team.read', organisationId)
  const overview = useQuery({
    ...teamOverviewQuery(organisationId ?? '', kaart),
    enabled: allowed,
  })
  if (!user) return null

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/organisatie">{t('sharedScans.team.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('sharedScans.team.title')}</Heading1>
      {!allowed ? (
        <Paragraph>{t('sharedScans.team.noAccess')}</Paragraph>
      ) : (
        <>
          <div className="rk-prose">
            <Paragraph lead>{t('sharedScans.team.intro')}</Paragraph>
          </div>
          {overview.isPending && <Loading />}
          {overview.isError && <ErrorAlert error={overview.error} />}
          {overview.data && <Overview data={overview.data} />}
          {organisationId && <TrainingNeedsSection organisationId={organisationId} />}
        </>
      )}
    </>
  )
}

function Overview({ data }: { data: TeamOverview }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const themes = useMemo(
    () => data.themes.map((theme) => ({ title: theme.title, mean: theme.mean })),
    [data.themes],
  )
  if (!data.map) return <Paragraph>{t('sharedScans.team.noMaps')}</Paragraph>
  const tooFew = t('sharedScans.team.tooFew')

  return (
    <>
      <MapPicker maps={data.maps} selected={data.map.slug} />
      <section aria-labelledby="team-kaart" className="rk-section">
        <Heading2 id="team-kaart">{data.map.title}</Heading2>
        {data.people === null || data.target === null ? (
          <Alert type="info">
            <Paragraph>{t('sharedScans.team.hidden', { minimum: data.minGroupSize })}</Paragraph>
          </Alert>
        ) : (
          <>
            <Paragraph>
              {t('sharedScans.team.basis', {
                count: data.people,
                target: formatScore(data.target, lang),
              })}
            </Paragraph>
            <TeamOverviewChart
              themes={themes}
              target={data.target}
              maximum={SCALE_MAXIMUM}
              label={t('sharedScans.team.chart', { map: data.map.title })}
            />
            <ScrollTable label={t('sharedScans.team.table')}>
              <Table>
                <TableCaption>{t('sharedScans.team.table')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('sharedScans.team.theme')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.team.people')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.team.mean')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.team.target')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sharedScans.team.gap')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('sharedScans.team.developing')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.themes.map((theme) => (
                    <TableRow key={theme.id}>
                      <TableHeaderCell scope="row">
                        {theme.title}
                        <span className="rk-history__shown"> ({theme.domainTitle})</span>
                      </TableHeaderCell>
                      {theme.people === null ? (
                        <TableCell colSpan={5}>{tooFew}</TableCell>
                      ) : (
                        <>
                          <TableCell>{theme.people}</TableCell>
                          <TableCell>{formatScore(theme.mean, lang)}</TableCell>
                          <TableCell>{formatScore(data.target, lang)}</TableCell>
                          <TableCell>{formatScore(theme.gap, lang)}</TableCell>
                          <TableCell>
                            {t('sharedScans.team.developingCount', {
                              count: theme.developing ?? 0,
                              people: theme.people,
                            })}
                          </TableCell>
                        </>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTable>
          </>
        )}
      </section>
    </>
  )
}

/** Which kenniskaart to look at; a button confirms, so the keyboard is never surprised. */
function MapPicker({
  maps,
  selected,
}: {
  maps: readonly { slug: string; title: string }[]
  selected: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [choice, setChoice] = useState(selected)
  useEffect(() => setChoice(selected), [selected])
  return (
    <form
      className="rk-inline-form"
      onSubmit={(event) => {
        event.preventDefault()
        void navigate({ to: '/organisatie/zelfscan-overzicht', search: { kaart: choice } })
      }}
    >
      <FormField
        label={<FormLabel htmlFor="team-kaart-kiezen">{t('sharedScans.team.pick')}</FormLabel>}
        input={
          <Select
            id="team-kaart-kiezen"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            {maps.map((map) => (
              <SelectOption key={map.slug} value={map.slug}>
                {map.title}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('sharedScans.team.show')}
      </Button>
    </form>
  )
}

/** On the organisation page: where a manager finds the team overview. */
export function TeamOverviewSection() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="team-zelfscans" className="rk-section">
      <Heading2 id="team-zelfscans">{t('sharedScans.team.title')}</Heading2>
      <Paragraph>{t('sharedScans.team.teaser')}</Paragraph>
      <Paragraph>
        <AppLink to="/organisatie/zelfscan-overzicht">{t('sharedScans.team.open')}</AppLink>
      </Paragraph>
    </section>
  )
}
