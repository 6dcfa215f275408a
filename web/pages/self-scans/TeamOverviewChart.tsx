import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export interface ChartTheme {
  title: string
  mean: number | null
}

/**
 * A horizontal bar chart of the mean level per theme against the aimed level. The table
 * beside it holds the same figures and is the alternative for anyone who cannot see the
 * chart; the canvas carries a short name and points to it. Chart.js loads only here, as a
 * chunk of its own.
 */
export function TeamOverviewChart({
  themes,
  target,
  maximum,
  label,
}: {
  themes: readonly ChartTheme[]
  target: number
  maximum: number
  label: string
}) {
  const { t, i18n } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const meanLabel = t('sharedScans.team.mean')
  const targetLabel = t('sharedScans.team.target')
  const tooFew = t('sharedScans.team.tooFew')

  useEffect(() => {
    let chart: { destroy: () => void } | null = null
    let cancelled = false
    void import('chart.js').then(
      ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled || !canvas.current) return
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
        const ink = '#17212b'
        const font = { family: "'Noto Sans', sans-serif", size: 14 }
        chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels: themes.map((theme) =>
              theme.mean === null ? `${theme.title} (${tooFew})` : theme.title,
            ),
            datasets: [
              {
                label: meanLabel,
                data: themes.map((theme) => theme.mean),
                backgroundColor: '#0f6f66',
                borderColor: '#0b5e56',
                borderWidth: 1,
              },
              {
                // Outlined, not filled: the two series differ in more than colour.
                label: targetLabel,
                data: themes.map(() => target),
                backgroundColor: 'rgba(255, 255, 255, 0)',
                borderColor: '#0b3954',
                borderWidth: 2,
              },
            ],
          },
          options: {
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            locale: i18n.language === 'en' ? 'en-GB' : 'nl-NL',
            scales: {
              x: { min: 0, max: maximum, ticks: { stepSize: 1, color: ink, font } },
              y: { ticks: { color: ink, autoSkip: false, font } },
            },
            plugins: { legend: { labels: { color: ink, font } } },
          },
        })
      },
    )
    return () => {
      cancelled = true
      chart?.destroy()
    }
  }, [themes, target, maximum, meanLabel, targetLabel, tooFew, i18n.language])

  return (
    <figure className="rk-chart">
      <figcaption id="team-grafiek-titel">{label}</figcaption>
      <div className="rk-chart__canvas" style={{ blockSize: `${6 + themes.length * 2.75}rem` }}>
        <canvas ref={canvas} role="img" aria-labelledby="team-grafiek-titel">
          {t('sharedScans.team.chartFallback')}
        </canvas>
      </div>
    </figure>
  )
}
