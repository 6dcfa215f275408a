import { type RefObject, useEffect } from 'react'

type Edge = 'start' | 'end'

/**
 * Keeps focused controls out from under sticky bars (WCAG 2.4.11): while a bar sticks to the
 * top (`start`) or bottom (`end`) of the window, the page gets scroll padding as tall as the
 * bar, so the browser scrolls a control that takes focus clear of it. Measured, because a bar
 * wraps onto more lines on a narrow or zoomed screen; none when the CSS lets the bar scroll
 * with the page (a short screen).
 *
 * @example useStickyScrollPadding({ start: progressRef, end: buttonsRef })
 */
export function useStickyScrollPadding(bars: Partial<Record<Edge, RefObject<HTMLElement | null>>>) {
  const { start, end } = bars
  useEffect(() => {
    const root = document.documentElement
    const edges = [
      ['start', start],
      ['end', end],
    ] as const
    const update = () => {
      for (const [edge, ref] of edges) {
        const bar = ref?.current
        const property = `scroll-padding-block-${edge}`
        if (bar && getComputedStyle(bar).position === 'sticky') {
          // A little air, so the focus outline is not cut off by the bar's edge either.
          const height = Math.ceil(bar.getBoundingClientRect().height) + 8
          root.style.setProperty(property, `${height}px`)
        } else root.style.removeProperty(property)
      }
    }
    // Chromium honours the padding when scrolling on its own, not always for a focused
    // control half under a bar: then move the page just enough to show it whole.
    const clearOfBars = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof HTMLElement)) return
      requestAnimationFrame(() => {
        const box = target.getBoundingClientRect()
        const bottomBar = end?.current
        const topBar = start?.current
        if (bottomBar?.contains(target) || topBar?.contains(target)) return
        const sticky = (bar: HTMLElement | null | undefined) =>
          bar && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect() : null
        const below = sticky(bottomBar)
        const above = sticky(topBar)
        if (below && box.bottom > below.top - 8)
          window.scrollBy({ top: box.bottom - below.top + 8, behavior: 'instant' })
        else if (above && box.top < above.bottom + 8)
          window.scrollBy({ top: box.top - above.bottom - 8, behavior: 'instant' })
      })
    }
    document.addEventListener('focusin', clearOfBars)
    const observer = new ResizeObserver(update)
    for (const [, ref] of edges) if (ref?.current) observer.observe(ref.current)
    // A change of window height can switch the bar between sticky and not.
    window.addEventListener('resize', update)
    update()
    return () => {
      observer.disconnect()
      document.removeEventListener('focusin', clearOfBars)
      window.removeEventListener('resize', update)
      for (const [edge] of edges) root.style.removeProperty(`scroll-padding-block-${edge}`)
    }
  }, [start, end])
}
