import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { objectivesOf } from '../../../domain/knowledge-maps/tree.ts'
import { loadMapContent } from './content.ts'

const SEED = fs.readFileSync('content/bronnen/lifelong-learning-archiefsector.txt', 'utf8')

/** The bullets ("• ...") of one slide of the seed, with lines broken by the PDF joined again. */
function bulletsOf(slideTitle: string): string[] {
  const start = SEED.indexOf(slideTitle)
  const end = SEED.indexOf('KENNISKAART', start + slideTitle.length)
  const slide = SEED.slice(start, end === -1 ? undefined : end)
  const bullets: string[] = []
  let current: string | null = null
  for (const line of slide.split('\n')) {
    const text = line.trim()
    if (text.startsWith('•')) {
      if (current) bullets.push(current)
      current = text.slice(1).trim()
    } else if (text === '') {
      // The PDF puts blank lines inside bullets; only a new heading ends one.
    } else if (current !== null && /^[a-z(]/.test(text)) {
      current = `${current} ${text}`
    } else if (current !== null) {
      bullets.push(current)
      current = null
    }
  }
  if (current) bullets.push(current)
  return bullets.map(mend)
}

// Mends of obvious PDF extraction breaks, and nothing else: a word split at a line end
// ("toezicht-\nmethodieken") and a stray full stop before "binnen".
function mend(text: string): string {
  return text.replace(/\s+/g, ' ').replace('voldoet. binnen', 'voldoet binnen').trim()
}

describe('kenniskaarten content', () => {
  const maps = loadMapContent()

  it('has the five maps of the seed, with their audience and state', () => {
    expect(maps.map((m) => [m.slug, m.level, m.audience, m.status])).toEqual([
      ['zij-instromers', 'basis', 'zij-instromers', 'concept'],
      ['beginners', 'basis', 'beginners', 'concept'],
      ['toezicht-en-advies', 'gevorderden', 'gevorderden', 'published'],
      ['digitaal-erfgoed', 'gevorderden', 'gevorderden', 'concept'],
      ['digitaal-informatiebeheer', 'gevorderden', 'gevorderden', 'concept'],
    ])
  })

  it('holds Toezicht en Advies word for word: every bullet of the seed, in the seed order', () => {
    const map = maps.find((m) => m.slug === 'toezicht-en-advies')!
    const seedBullets = [
      ...bulletsOf('KENNISKAART TOEZICHT EN ADVIES 1/2'),
      ...bulletsOf('KENNISKAART TOEZICHT EN ADVIES 2/2'),
    ]
    expect(seedBullets).toHaveLength(36)
    expect(objectivesOf(map).map((o) => o.title)).toEqual(seedBullets)
  })

  it('puts each bullet under the theme it belongs to', () => {
    const map = maps.find((m) => m.slug === 'toezicht-en-advies')!
    const outline = map.domains.map((d) => [
      d.title,
      d.themes.map((t) => `${t.title} (${t.objectives.length})`),
    ])
    expect(outline).toEqual([
      [
        'Vakinhoudelijke kennis',
        [
          'Toezicht en toezichtmethodieken (5)',
          'Wet- en regelgeving (2)',
          'Organisatie en processen bij overheden (4)',
          'Informatiehuishouding van overheden (6)',
          'Archivistiek (6)',
        ],
      ],
      [
        'Vaardigheden',
        ['Analytisch vermogen (3)', 'Advisering (2)', 'Kunnen toepassen (3)', 'Communiceren (5)'],
      ],
    ])
    const theme = (title: string) =>
      map.domains.flatMap((d) => d.themes).find((t) => t.title === title)!
    expect(theme('Wet- en regelgeving').objectives[0]!.title).toMatch(
      /^Actuele kennis van relevante wet- en regelgeving/,
    )
    expect(theme('Archivistiek').objectives.at(-1)!.title).toBe('Ethiek')
    expect(theme('Communiceren').objectives.map((o) => o.title)).toContain('Netwerken')
  })

  it('names every domain and theme as the seed does', () => {
    // A word split over two lines ("toezicht-\nmethodieken") is one word again.
    const joined = SEED.replace(/-\n/g, '').replace(/\s+/g, ' ')
    const map = maps.find((m) => m.slug === 'toezicht-en-advies')!
    for (const domain of map.domains) {
      expect(joined).toContain(domain.title)
      for (const theme of domain.themes) expect(joined).toContain(theme.title)
    }
  })
})
