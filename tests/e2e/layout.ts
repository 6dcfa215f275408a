import type { Page } from 'playwright-core'

/**
 * What axe cannot see: text laid out narrower than its words (a label squeezed into a
 * checkbox-wide column, one letter per line) and a page that scrolls sideways on a phone.
 * Runs inside the page; returns one readable sentence per problem, naming the element and its
 * text. Regions that scroll on their own (ScrollTable) may be wider than the page.
 */
export async function findLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const TEXT_BEARING =
      'label, legend, button, a, th, td, li, p, h1, h2, h3, h4, h5, h6, dt, dd, .utrecht-form-label'
    const clean = (text: string) => text.replace(/\s+/g, ' ').trim()
    const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : ''
      const className =
        typeof element.className === 'string' && element.className.trim()
          ? `.${element.className.trim().split(/\s+/)[0]}`
          : ''
      return `${element.tagName.toLowerCase()}${id}${className}`
    }
    // Text for screen readers only is 1 px wide on purpose.
    const hidden = (element: Element | null): boolean => {
      if (!element || element.closest('.rk-visually-hidden, [hidden]')) return true
      const box = element.getBoundingClientRect()
      return box.width <= 2 || box.height <= 2
    }
    /** How many lines a text node is laid out on: its line boxes, grouped by their top. */
    const lineCount = (text: Text) => {
      const range = document.createRange()
      range.selectNodeContents(text)
      const tops: number[] = []
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width === 0) continue
        if (!tops.some((top) => Math.abs(top - rect.top) < 3)) tops.push(rect.top)
      }
      return tops.length
    }

    const textNodes = (element: Element) => {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (clean(node.textContent ?? '') && !hidden(node.parentElement)) nodes.push(node as Text)
      }
      return nodes
    }
    /** The width text inside `element` may use: an inline element's nearest block's width. */
    const room = (element: Element) => {
      let block: Element | null = element
      while (block?.parentElement && /^(inline|contents)$/.test(getComputedStyle(block).display)) {
        block = block.parentElement
      }
      return (block ?? element).getBoundingClientRect().width
    }

    const textWidth = (text: Text) => {
      const range = document.createRange()
      range.selectNodeContents(text)
      return Math.max(0, ...Array.from(range.getClientRects()).map((rect) => rect.width))
    }

    const reported = new Set<Element>()
    for (const element of Array.from(document.querySelectorAll(TEXT_BEARING))) {
      if (hidden(element)) continue
      const nodes = textNodes(element)
      const text = clean(nodes.map((node) => node.textContent).join(' '))
      if (text.length === 0) continue
      const box = element.getBoundingClientRect()
      const width = Math.min(box.width, room(element))
      // A box too narrow for more than a few letters (the checkbox column is 24 px), that
      // its text does not fit in: wrapped, or sticking out. A short word may be this narrow.
      const squeezed = () =>
        nodes.some((node) => lineCount(node) > 1 || textWidth(node) > width + 1)
      if (width < 40 && text.replace(/\s/g, '').length > 4 && squeezed()) {
        problems.push(`${describe(element)} "${short(text)}" is only ${Math.round(width)} px wide`)
        reported.add(element)
        continue
      }
      // More lines than words: words broken across lines, letter by letter.
      for (const node of nodes) {
        const words = clean(node.textContent ?? '').split(' ')
        const lines = lineCount(node)
        if (lines > words.length + 1) {
          const owner = node.parentElement ?? element
          if (reported.has(owner)) continue
          reported.add(owner)
          problems.push(
            `${describe(element)} "${short(text)}" wraps ${words.length} word(s) onto ${lines} lines (${Math.round(box.width)} px wide)`,
          )
        }
      }
    }

    // Sideways scrolling of the document itself on a phone-wide window (WCAG 1.4.10).
    const root = document.documentElement
    if (window.innerWidth <= 400 && root.scrollWidth > root.clientWidth + 1) {
      const scrollsOnItsOwn = (element: Element) => {
        for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
          const overflow = getComputedStyle(node).overflowX
          if (overflow !== 'visible') return true
        }
        return false
      }
      const culprits = Array.from(document.body.querySelectorAll('*'))
        .filter((element) => {
          const box = element.getBoundingClientRect()
          return box.right > root.clientWidth + 1 && box.width > 0 && !scrollsOnItsOwn(element)
        })
        // The innermost wide elements say most about the cause.
        .filter(
          (element, _, all) => !all.some((other) => other !== element && element.contains(other)),
        )
        .slice(0, 3)
        .map(
          (element) =>
            `${describe(element)} "${short(clean(element.textContent ?? ''))}" reaches ${Math.round(element.getBoundingClientRect().right)} px`,
        )
      problems.push(
        `the page scrolls sideways at ${root.clientWidth} px (${root.scrollWidth} px wide): ${culprits.join('; ') || 'no single element found'}`,
      )
    }
    return problems
  })
}
