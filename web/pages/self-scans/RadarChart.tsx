import type { Chart } from 'chart.js'
import { useEffect, useRef } from 'react'

export interface RadarSeries {
  label: string
  values: (number | null)[]
  kind: 'score' | 'target' | 'previous'
}

const COLOURS: Record<RadarSeries['kind'], { line: string; fill: string; dash: number[] }> = {
  score: { line: '#0f6f66', fill: 'rgba(15, 111, 102, 0.18)', dash: [] },
  target: { line: '#0b3954', fill: 'rgba(0, 0, 0, 0)', dash: [6, 4] },
  previous: { line: '#4b3a78', fill: 'rgba(0, 0, 0, 0)', dash: [2, 3] },
}

/** Long theme names over a few lines, so the labels stay inside the chart on a phone. */
function wrap(label: string, width = 18): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * At this width or less (a phone, or 400% zoom) the theme names around the chart would be cut
 * off at the canvas edge, whatever the wrapping: the chart then shows its shape only, and the
 * table under it names the themes with their numbers.
 */
const NARROW = 320

/** Theme names as the chart's width allows: wrapped, or none at all when it is narrow. */
function pointLabels(width: number, labels: string[]) {
  return {
    display: width > NARROW,
    labels: labels.map((label) => wrap(label, width < 480 ? 12 : 18)),
  }
}

/**
 * A radar chart (Chart.js, loaded only when a report is shown): themes as axes, the person's
 * scores against the aimed level and, if there is one, the previous scan. The canvas is an
 * image with a short description; the numbers themselves are in the table beside it, which
 * is the accessible version of this chart.
 */
export function RadarChart({
  labels,
  series,
  min,
  max,
  description,
}: {
  labels: string[]
  series: RadarSeries[]
  min: number
  max: number
  description: string
}) {
  const canvas = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    let chart: Chart | null = null
    let cancelled = false
    void import('chart.js').then(
      ({
        Chart,
        RadarController,
        RadialLinearScale,
        PointElement,
        LineElement,
        Filler,
        Legend,
      }) => {
        if (cancelled || !canvas.current) return
        const fit = pointLabels(canvas.current.parentElement?.clientWidth ?? 0, labels)
        Chart.register(
          RadarController,
          RadialLinearScale,
          PointElement,
          LineElement,
          Filler,
          Legend,
        )
        chart = new Chart(canvas.current, {
          type: 'radar',
          data: {
            labels: fit.labels,
            datasets: series.map((item) => ({
              label: item.label,
              data: item.values,
              borderColor: COLOURS[item.kind].line,
              backgroundColor: COLOURS[item.kind].fill,
              borderDash: COLOURS[item.kind].dash,
              pointBackgroundColor: COLOURS[item.kind].line,
              fill: item.kind === 'score',
              spanGaps: true,
            })),
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            events: [],
            onResize: (resized, size) => {
              const next = pointLabels(size.width, labels)
              const r = resized.options.scales?.r as { pointLabels: { display: boolean } }
              if (r.pointLabels.display === next.display) return
              r.pointLabels.display = next.display
              resized.data.labels = next.labels
              resized.update('none')
            },
            scales: {
              r: {
                min,
                max,
                ticks: { stepSize: 1, color: '#17212b', backdropColor: 'rgba(255,255,255,0.8)' },
                pointLabels: { display: fit.display, color: '#17212b', font: { size: 12 } },
                grid: { color: '#c5ced6' },
                angleLines: { color: '#c5ced6' },
              },
            },
            plugins: { legend: { position: 'bottom', labels: { color: '#17212b' } } },
          },
        })
      },
    )
    return () => {
      cancelled = true
      chart?.destroy()
    }
  }, [labels, series, min, max])

  return (
    <div className="rk-radar">
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  )
}
