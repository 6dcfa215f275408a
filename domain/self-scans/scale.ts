import { z } from 'zod'
import { MAP_LEVELS, type MapAudience, type MapLevel } from '../knowledge-maps/model.ts'
import { AUDIENCES, type Audience } from '../roles.ts'

/**
 * The proficiency scale of a zelfscan, as data (`content/zelfscan/schalen.json`): ordered
 * levels with behavioural anchors, plus "not applicable" (never a level, never a zero).
 * Each kenniskaart names its scale and the level each stage aims for on it.
 */
const localised = z.strictObject({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
})
export type Localised = z.infer<typeof localised>

export const scaleLevelSchema = z.strictObject({
  value: z.number().int().min(0).max(10),
  label: localised,
  anchor: localised,
})

export const scaleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: localised,
    levels: z.array(scaleLevelSchema).min(2),
    notApplicable: localised,
  })
  .refine(
    (scale) =>
      scale.levels.every((level, i) => i === 0 || level.value === scale.levels[i - 1]!.value + 1),
    {
      error: 'levels must be consecutive and ascending',
    },
  )
export type Scale = z.infer<typeof scaleSchema>

/**
 * The aimed level differs per stage of the person (zij-instromer, beginner, gevorderde), not
 * only per map: a zij-instromer filling in an expert map is not measured at the expert level.
 */
export const scaleSettingSchema = z.strictObject({
  scale: z.string(),
  targets: z.strictObject(
    Object.fromEntries(AUDIENCES.map((stage) => [stage, z.number().int()])) as Record<
      Audience,
      z.ZodNumber
    >,
  ),
})

export const scalesContentSchema = z
  .strictObject({
    scales: z.array(scaleSchema).min(1),
    /** Where the aims stand: a first version until the programme has validated them. */
    aims: z.strictObject({
      status: z.enum(['first-version', 'validated']),
      note: localised,
    }),
    /** The aims per map level, for maps not named under `maps`. */
    levels: z.strictObject(
      Object.fromEntries(MAP_LEVELS.map((l) => [l, scaleSettingSchema])) as Record<
        (typeof MAP_LEVELS)[number],
        typeof scaleSettingSchema
      >,
    ),
    /** Per kenniskaart slug: its scale and the level each stage aims for. */
    maps: z.record(z.string(), scaleSettingSchema),
  })
  .superRefine((content, ctx) => {
    const settings = [...Object.entries(content.levels), ...Object.entries(content.maps)]
    for (const [key, setting] of settings) {
      const scale = content.scales.find((s) => s.id === setting.scale)
      if (!scale) {
        ctx.addIssue({ code: 'custom', message: `${key}: unknown scale ${setting.scale}` })
        continue
      }
      for (const [stage, target] of Object.entries(setting.targets))
        if (!scale.levels.some((level) => level.value === target))
          ctx.addIssue({
            code: 'custom',
            message: `${key}: ${stage} target ${target} not on scale`,
          })
    }
  })
export type ScalesContent = z.infer<typeof scalesContentSchema>

/** The stage a map is written for: what a person without a stage in their profile aims for. */
export const STAGE_OF_AUDIENCE: Record<MapAudience, Audience> = {
  'zij-instromers': 'zij-instromer',
  beginners: 'beginner',
  gevorderden: 'gevorderde',
}

/** A map fits a person when it is written for their stage. */
export const fitsStage = (map: { audience: MapAudience }, stage: Audience | null) =>
  stage !== null && STAGE_OF_AUDIENCE[map.audience] === stage

/**
 * The scale of one map and the level a person aims for on it: the map's own entry (else its
 * level's), at the person's stage — or, without a stage, at the stage the map is written for.
 *
 * @example scaleFor(content, { slug: 'toezicht-en-advies', level: 'gevorderden', audience: 'gevorderden' }, 'zij-instromer') // target 2
 */
export function scaleFor(
  content: ScalesContent,
  map: { slug: string; level: MapLevel; audience: MapAudience },
  stage: Audience | null,
): { scale: Scale; target: number; stage: Audience } {
  const setting = content.maps[map.slug] ?? content.levels[map.level]
  const scale = content.scales.find((s) => s.id === setting.scale)!
  const used = stage ?? STAGE_OF_AUDIENCE[map.audience]
  return { scale, target: setting.targets[used], stage: used }
}

export const minLevel = (scale: Scale) => scale.levels[0]!.value
export const maxLevel = (scale: Scale) => scale.levels[scale.levels.length - 1]!.value
