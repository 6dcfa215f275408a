import { z } from 'zod'
import { MAP_LEVELS } from '../knowledge-maps/model.ts'

/**
 * The proficiency scale of a zelfscan, as data (`content/zelfscan/schalen.json`): ordered
 * levels with behavioural anchors, plus "not applicable" (never a level, never a zero).
 * Each kenniskaart names its scale and the level its audience aims for.
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

export const scaleSettingSchema = z.strictObject({
  scale: z.string(),
  target: z.number().int(),
})

export const scalesContentSchema = z
  .strictObject({
    scales: z.array(scaleSchema).min(1),
    /** The aim per map level, for maps not named under `maps`. */
    levels: z.strictObject(
      Object.fromEntries(MAP_LEVELS.map((l) => [l, scaleSettingSchema])) as Record<
        (typeof MAP_LEVELS)[number],
        typeof scaleSettingSchema
      >,
    ),
    /** Per kenniskaart slug: its scale and the level its audience aims for. */
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
      if (!scale.levels.some((level) => level.value === setting.target)) {
        ctx.addIssue({ code: 'custom', message: `${key}: target ${setting.target} not on scale` })
      }
    }
  })
export type ScalesContent = z.infer<typeof scalesContentSchema>

/** The scale and aim for one map: its own entry, else its level's. */
export function scaleFor(
  content: ScalesContent,
  map: { slug: string; level: (typeof MAP_LEVELS)[number] },
): { scale: Scale; target: number } {
  const setting = content.maps[map.slug] ?? content.levels[map.level]
  const scale = content.scales.find((s) => s.id === setting.scale)!
  return { scale, target: setting.target }
}

export const minLevel = (scale: Scale) => scale.levels[0]!.value
export const maxLevel = (scale: Scale) => scale.levels[scale.levels.length - 1]!.value
