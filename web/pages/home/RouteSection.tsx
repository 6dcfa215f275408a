import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { Roadmap } from '../../../domain/api/system.ts'
import { PathLink } from '../../components/PathLink.tsx'
import { translateCode, translateOr } from '../../i18n/dynamic.ts'
import { type Progress, routeProgress } from './progress.ts'

type Step = Roadmap['steps'][number]

/** One route of the routekaart: its steps in order, each with what it means and its status. */
export function RouteSection({
  roadmap,
  organisationName,
}: {
  roadmap: Roadmap
  organisationName: string | null
}) {
  const { t } = useTranslation()
  const headingId = `route-${roadmap.route}`
  const total = roadmap.steps.length
  return (
    <section aria-labelledby={headingId} className="rk-route">
      <Heading2 id={headingId}>
        {roadmap.route === 'professional'
          ? t('home.professionalRoute')
          : t('home.organisationRoute', { organisation: organisationName ?? '' })}
      </Heading2>
      <Paragraph>
        {roadmap.route === 'professional'
          ? t('home.professionalIntro')
          : t('home.organisationIntro')}
      </Paragraph>
      <Paragraph className="rk-route__progress">
        <ProgressText progress={routeProgress(roadmap.steps)} steps={roadmap} />
      </Paragraph>
      <ol className="rk-steps">
        {roadmap.steps.map((step) => (
          <StepItem key={step.key} route={roadmap.route} step={step} total={total} />
        ))}
      </ol>
    </section>
  )
}

/** The step's Dutch or English name; a step added by a newer server shows its part's name. */
function stepTitle(route: Roadmap['route'], step: Step): string {
  return translateOr(`roadmap.${route}.${step.key}.title`, step.part)
}

function ProgressText({ progress, steps }: { progress: Progress; steps: Roadmap }) {
  const { t } = useTranslation()
  switch (progress.kind) {
    case 'current': {
      const step = steps.steps.find((candidate) => candidate.number === progress.step)
      return t('home.progress.current', {
        step: progress.step,
        total: progress.total,
        title: step ? stepTitle(steps.route, step) : '',
      })
    }
    case 'finished':
      return t('home.progress.finished', { total: progress.total })
    case 'not-open':
      return t('home.progress.notOpen', { total: progress.total })
    case 'partial':
      return t('home.progress.partial', { done: progress.done, total: progress.total })
  }
}

function StepItem({ route, step, total }: { route: Roadmap['route']; step: Step; total: number }) {
  const { t } = useTranslation()
  const title = stepTitle(route, step)
  const description = translateOr(`roadmap.${route}.${step.key}.description`, '')
  return (
    <li
      className={`rk-step rk-step--${step.status}`}
      aria-current={step.status === 'current' ? 'step' : undefined}
    >
      <span className="rk-step__number" aria-hidden="true">
        {step.number}
      </span>
      <div className="rk-step__body">
        <Heading3 className="rk-step__title">
          <span className="rk-step__count">{t('home.stepOf', { step: step.number, total })}</span>{' '}
          {title}
        </Heading3>
        {description && <Paragraph>{description}</Paragraph>}
        <StepStatus step={step} title={title} />
      </div>
    </li>
  )
}

function StepStatus({ step, title }: { step: Step; title: string }) {
  const { t } = useTranslation()
  if (step.status === 'not_available' || !step.href) {
    return (
      <Paragraph className="rk-step__status">
        {step.status === 'done' ? t('roadmap.status.done') : t('roadmap.status.not_available')}
      </Paragraph>
    )
  }
  return (
    <Paragraph className="rk-step__status">
      <span>{translateCode('roadmap.status', step.status, null)}</span>{' '}
      <PathLink href={step.href}>
        {step.status === 'done' ? t('home.viewStep', { title }) : t('home.goToStep', { title })}
      </PathLink>
    </Paragraph>
  )
}
