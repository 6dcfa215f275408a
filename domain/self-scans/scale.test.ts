import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fitsStage, scaleFor, scalesContentSchema } from './scale.ts'

const content = scalesContentSchema.parse(
  JSON.parse(fs.readFileSync('content/zelfscan/schalen.json', 'utf8')),
)
const toezicht = {
  slug: 'toezicht-en-advies',
  level: 'gevorderden',
  audience: 'gevorderden',
} as const

describe('aims per stage (content/zelfscan/schalen.json)', () => {
  it('aims a zij-instromer lower than a gevorderde on an expert map', () => {
    expect(scaleFor(content, toezicht, 'zij-instromer')).toMatchObject({
      target: 2,
      stage: 'zij-instromer',
    })
    expect(scaleFor(content, toezicht, 'beginner').target).toBe(3)
    expect(scaleFor(content, toezicht, 'gevorderde').target).toBe(4)
  })

  it('without a stage in the profile, uses the stage the map is written for', () => {
    expect(scaleFor(content, toezicht, null)).toMatchObject({ target: 4, stage: 'gevorderde' })
    const basis = { slug: 'zij-instromers', level: 'basis', audience: 'zij-instromers' } as const
    expect(scaleFor(content, basis, null)).toMatchObject({ target: 3, stage: 'zij-instromer' })
  })

  it('says the figures are a first version', () => {
    expect(content.aims.status).toBe('first-version')
  })

  it('refuses a file with a stage missing or an aim off the scale', () => {
    const broken = structuredClone(content) as unknown as {
      maps: Record<string, { targets: Record<string, number> }>
    }
    delete broken.maps['toezicht-en-advies']!.targets.beginner
    expect(scalesContentSchema.safeParse(broken).success).toBe(false)
    const offScale = structuredClone(content)
    offScale.maps['toezicht-en-advies']!.targets['zij-instromer'] = 9
    const result = scalesContentSchema.safeParse(offScale)
    expect(result.success).toBe(false)
    expect(result.error?.message).toContain('zij-instromer target 9 not on scale')
  })

  it('lets a map fit a person only when it is written for their stage', () => {
    expect(fitsStage(toezicht, 'gevorderde')).toBe(true)
    expect(fitsStage(toezicht, 'zij-instromer')).toBe(false)
    expect(fitsStage(toezicht, null)).toBe(false)
  })
})
