import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { createGoal, getGoal, updateGoal } from '../../../domain/api/learning-routes.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { showFlash } from '../../components/flash.ts'
import { Loading } from '../../components/Loading.tsx'
import { AppLink } from '../../components/links.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { reportQuery } from '../self-scans/queries.ts'
import { GoalForm } from './GoalForm.tsx'
import { objectiveWhere } from './labels.ts'
import { refreshRoute } from './queries.ts'
import './learning-routes.css'

/** Objective ids from the address, as far as they look like ids (the server checks them). */
const idsIn = (list: string | undefined) =>
  (list ?? '').split(',').filter((id) => /^[0-9a-f-]{36}$/.test(id))

/**
 * `/leerdoelen/nieuw`: write a new goal. With `?scan=<id>` (from a zelfscan report) the
 * development points of that scan are offered: `&punten=a,b` ticks those points for one goal
 * together; `&reeks=a,b,c&stap=2` makes one goal per point, this form being the one for the
 * second, and saving leads to the next. With `?scan=` alone, the points the person wants to
 * develop are ticked.
 */
export function NewGoalPage() {
  const { t } = useTranslation()
  const { scan, punten, reeks, stap } = useSearch({ from: '/leerdoelen/nieuw' })
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  usePageTitle(t('learningGoals.form.newTitle'))
  const together = idsIn(punten)
  const series = idsIn(reeks)
  const step = Math.min(stap ?? 1, Math.max(series.length, 1))
  const current = series[step - 1]
  const objectiveIds = current ? [current] : together
  const report = useQuery({ ...reportQuery(scan ?? ''), enabled: scan !== undefined && !!current })
  const currentTitle =
    report.data?.developmentPoints.find((point) => point.objectiveId === current)?.title ?? '…'
  const next = current && step < series.length ? step + 1 : null
  const toNext = { scan, reeks, stap: next ?? undefined }

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/leerdoelen">{t('learningGoals.form.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('learningGoals.form.newTitle')}</Heading1>
      <div className="rk-prose">
        <Paragraph lead>{t('learningGoals.form.newIntro')}</Paragraph>
        {current && (
          <>
            <Paragraph>
              <strong>
                {t('learningGoals.fromScan.stepOf', {
                  step,
                  steps: series.length,
                  title: currentTitle,
                })}
              </strong>
            </Paragraph>
            <Paragraph>{t('learningGoals.fromScan.seriesIntro')}</Paragraph>
          </>
        )}
        {!current && together.length > 0 && (
          <Paragraph>
            {t('learningGoals.fromScan.chosenIntro', { count: together.length })}
          </Paragraph>
        )}
      </div>
      <GoalForm
        // A new form per step of a series: nothing typed for one point carries over.
        key={`${punten ?? ''}|${current ?? ''}`}
        id="leerdoel"
        initial={{ title: '', why: '', measure: '', deadline: '', objectiveIds }}
        scanId={scan ?? 'latest'}
        submitLabel={t('learningGoals.form.save')}
        onSave={async (fields, sourceScanId) => {
          const goal = await callApi(createGoal, { body: { ...fields, sourceScanId } })
          await refreshRoute(queryClient)
          if (next) {
            showFlash({
              type: 'ok',
              message: t('learningGoals.fromScan.savedNext', { title: goal.title }),
              path: '/leerdoelen/nieuw',
            })
            await navigate({ to: '/leerdoelen/nieuw', search: toNext })
            return
          }
          showFlash({
            type: 'ok',
            message: t('learningGoals.form.created', { title: goal.title }),
            path: '/leerdoelen',
          })
          await navigate({ to: '/leerdoelen' })
        }}
      />
      {current && (
        <Paragraph>
          {next ? (
            <AppLink to="/leerdoelen/nieuw" search={toNext}>
              {t('learningGoals.fromScan.skip')}
            </AppLink>
          ) : (
            <AppLink to="/leerdoelen">{t('learningGoals.fromScan.skip')}</AppLink>
          )}
        </Paragraph>
      )}
    </>
  )
}

/** `/leerdoelen/$goalId/bewerken`: change an active goal; what it was stays in its history. */
export function EditGoalPage() {
  const { t } = useTranslation()
  const { goalId } = useParams({ from: '/leerdoelen/$goalId/bewerken' })
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const goal = useQuery({
    queryKey: ['learning-routes', 'goal', goalId],
    queryFn: () => callApi(getGoal, { params: { goalId } }),
    refetchOnWindowFocus: false,
  })
  usePageTitle(t('learningGoals.form.editTitle'))

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/leerdoelen">{t('learningGoals.form.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('learningGoals.form.editTitle')}</Heading1>
      {goal.isPending && <Loading />}
      {goal.isError && <ErrorAlert error={goal.error} />}
      {goal.data && goal.data.status !== 'active' && (
        <Paragraph>{t('learningGoals.form.notEditable')}</Paragraph>
      )}
      {goal.data?.status === 'active' && (
        <>
          <div className="rk-prose">
            <Paragraph lead>{t('learningGoals.form.editIntro')}</Paragraph>
          </div>
          <GoalForm
            id="leerdoel-wijzigen"
            initial={{
              title: goal.data.title,
              why: goal.data.why,
              measure: goal.data.measure,
              deadline: goal.data.deadline,
              objectiveIds: goal.data.objectives.map((objective) => objective.id),
            }}
            initialObjectives={goal.data.objectives.map((objective) => ({
              id: objective.id,
              title: objective.title ?? t('learningGoals.objectiveGone'),
              where: objective.title === null ? '' : objectiveWhere(objective),
            }))}
            submitLabel={t('learningGoals.form.saveEdit')}
            onSave={async (fields) => {
              await callApi(updateGoal, { params: { goalId }, body: fields })
              await refreshRoute(queryClient)
              showFlash({
                type: 'ok',
                message: t('learningGoals.form.edited'),
                path: '/leerdoelen',
              })
              await navigate({ to: '/leerdoelen' })
            }}
          />
        </>
      )}
    </>
  )
}
