/**
 * Moves focus to the first of `ids` that is on the page and can take it: after an action that
 * re-rendered or moved the element a keyboard user was on.
 */
export function focusFirst(ids: readonly (string | null | undefined)[]): void {
  for (const id of ids) {
    if (!id) continue
    const element = document.getElementById(id)
    if (!element || (element as HTMLButtonElement).disabled) continue
    if (element.tabIndex < 0 && !element.matches('a, button, input, select, textarea')) {
      element.tabIndex = -1
    }
    element.focus()
    return
  }
}

/**
 * After a navigation, focuses the new page's main heading (`main h1`) as soon as it is on the
 * page: pages load their code on first visit and many show their heading only once their data
 * is in, so a single animation frame is often too early and focus fell to the body. A page that
 * swaps its "loading" heading for the real one gets the new one focused too. Focus is left alone
 * when it went somewhere on purpose: a page that focuses an error summary or a field, or a
 * person who tabbed on while the page was loading. `trigger` is what had focus when the
 * navigation began (a link, a button); focus still there, or on nothing, is moved.
 * Returns a function that stops watching (a newer navigation, unmounting).
 */
export function focusHeadingWhenShown(
  trigger: Element | null,
  { timeoutMs = 10_000 }: { timeoutMs?: number } = {},
): () => void {
  const main = document.querySelector<HTMLElement>('main')
  if (!main) return () => {}
  const active = document.activeElement
  const untouched =
    !active ||
    active === document.body ||
    active === trigger ||
    active === main ||
    !main.contains(active)
  if (!untouched) return () => {}

  let done = false
  let focused: HTMLElement | null = null
  const stop = () => {
    done = true
    observer.disconnect()
    clearTimeout(timer)
    document.removeEventListener('focusin', onFocusIn)
  }
  const follow = () => {
    if (done || focused?.isConnected) return
    // Our heading went away, and focus with it to the body: follow to the new heading.
    if (focused && document.activeElement && document.activeElement !== document.body) return
    const heading = main.querySelector<HTMLElement>('h1')
    if (!heading) return
    focused = heading
    heading.tabIndex = -1
    // The router already restores or resets the scroll position; focus must not move it.
    heading.focus({ preventScroll: true })
  }
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== focused) stop()
  }
  const observer = new MutationObserver(follow)
  const timer = setTimeout(stop, timeoutMs)
  observer.observe(main, { childList: true, subtree: true })
  document.addEventListener('focusin', onFocusIn)
  follow()
  return stop
}
