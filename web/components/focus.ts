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
