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
import { GoalForm } from './GoalForm.tsx'
import { objectiveWhere } from './labels.ts'
import { refreshRoute } from './queries.ts'
import './learning-routes.css'

/**
 * `/leerdoelen/nieuw`: write a new goal. With `?scan=<id>` (the link on a zelfscan report)
 * the development points of that scan are offered, those the person wants to develop ticked.
 */
export function NewGoalPage() {
  const { t } = useTranslation()
  const { scan } = useSearch({ from: '/leerdoelen/nieuw' })
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  usePageTitle(t('learningGoals.form.newTitle'))

  return (
    <>
      <Paragraph className="rk-back">
        <AppLink to="/leerdoelen">{t('learningGoals.form.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('learningGoals.form.newTitle')}</Heading1>
      <div className="rk-prose">
        <Paragraph lead>{t('learningGoals.form.newIntro')}</Paragraph>
      </div>
      <GoalForm
        id="leerdoel"
        initial={{ title: '', why: '', measure: '', deadline: '', objectiveIds: [] }}
        scanId={scan ?? 'latest'}
        submitLabel={t('learningGoals.form.save')}
        onSave={async (fields, sourceScanId) => {
          const goal = await callApi(createGoal, { body: { ...fields, sourceScanId } })
          await refreshRoute(queryClient)
          showFlash({
            type: 'ok',
            message: t('learningGoals.form.created', { title: goal.title }),
            path: '/leerdoelen',
          })
          await navigate({ to: '/leerdoelen' })
        }}
      />
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
