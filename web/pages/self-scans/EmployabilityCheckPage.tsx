import '../../styles/employability.css'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { startCheck } from '../../../domain/api/self-scans.ts'
import { can } from '../../../domain/permissions.ts'
import { callApi } from '../../api/client.ts'
import { useUser } from '../../api/session.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { focusFirst } from '../../components/focus.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { EmployabilityForm } from './EmployabilityForm.tsx'
import { EmployabilityHistory } from './EmployabilityHistory.tsx'
import { EmployabilityResults } from './EmployabilityResults.tsx'
import { checksQuery, submittedChecks } from './employability-queries.ts'
import { localised } from './format.ts'

/**
 * `/inzetbaarheid`: the duurzame-inzetbaarheidscheck. Private: only its owner ever sees it.
 * Start or resume a check, answer with autosave, submit, and read the result per dimension
 * with tips; earlier checks stay listed so change over time shows. `?check=` opens an
 * earlier result.
 */
export function EmployabilityCheckPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const user = useUser()
  const { check: chosen } = useSearch({ from: '/inzetbaarheid' })
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const allowed = user !== null && can({ roles: user.roles, organisationId: null }, 'selfscan.take')
  const checks = useQuery({ ...checksQuery, enabled: allowed })
  const [starting, setStarting] = useState(false)
  const [startError, setStartError] = useState<unknown>(null)
  const [justSubmitted, setJustSubmitted] = useState(false)
  const title = checks.data ? localised(checks.data.content.title, lang) : t('employability.title')
  usePageTitle(title)

  if (!user) return null
  if (!allowed) {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Paragraph>{t('employability.noAccess')}</Paragraph>
      </>
    )
  }

  const start = async () => {
    setStarting(true)
    setStartError(null)
    try {
      const check = await callApi(startCheck, {})
      queryClient.setQueryData(checksQuery.queryKey, (data) =>
        data ? { ...data, checks: [check, ...data.checks.filter((c) => c.id !== check.id)] } : data,
      )
      setJustSubmitted(false)
      requestAnimationFrame(() => focusFirst(['check-invullen']))
    } catch (error) {
      setStartError(error)
    } finally {
      setStarting(false)
    }
  }

  const data = checks.data
  const draft = data?.checks.find((check) => check.status === 'draft') ?? null
  const submitted = data ? submittedChecks(data.checks) : []
  const shownIndex = Math.max(
    0,
    submitted.findIndex((check) => check.id === chosen),
  )
  const shown = submitted[shownIndex] ?? null

  return (
    <>
      <Heading1>{title}</Heading1>
      <Alert type="info" className="rk-private-note">
        <Paragraph>
          <strong>{t('employability.private.title')}</strong> {t('employability.private.text')}
        </Paragraph>
      </Alert>
      {checks.isPending && <Loading />}
      {checks.isError && <ErrorAlert error={checks.error} />}
      {data && (
        <>
          <div className="rk-prose">
            <Paragraph lead>{localised(data.content.intro, lang)}</Paragraph>
          </div>
          {draft ? (
            <EmployabilityForm
              key={draft.id}
              content={data.content}
              check={draft}
              onSubmitted={(check) => {
                setJustSubmitted(true)
                void navigate({ to: '/inzetbaarheid', search: { check: check.id } }).then(() =>
                  requestAnimationFrame(() => focusFirst(['uitslag'])),
                )
              }}
            />
          ) : (
            <div className="rk-section">
              {justSubmitted && (
                <Alert type="ok">
                  <Paragraph>{t('employability.start.submitted')}</Paragraph>
                </Alert>
              )}
              <Paragraph>
                {submitted.length === 0
                  ? t('employability.start.first', {
                      count: data.content.dimensions.reduce((n, d) => n + d.statements.length, 0),
                    })
                  : t('employability.start.again')}
              </Paragraph>
              {startError !== null && <ErrorAlert error={startError} />}
              <Button
                type="button"
                appearance={
                  submitted.length === 0 ? 'primary-action-button' : 'secondary-action-button'
                }
                busy={starting}
                onClick={start}
              >
                {submitted.length === 0
                  ? t('employability.start.button')
                  : t('employability.start.buttonAgain')}
              </Button>
            </div>
          )}
          {shown && (
            <EmployabilityResults
              content={data.content}
              check={shown}
              previous={submitted[shownIndex + 1] ?? null}
            />
          )}
          <EmployabilityHistory content={data.content} checks={submitted} shown={shown?.id} />
        </>
      )}
    </>
  )
}
