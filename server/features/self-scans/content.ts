import fs from 'node:fs'
import path from 'node:path'
import {
  type EmployabilityContent,
  employabilityContentSchema,
} from '../../../domain/self-scans/employability.ts'
import { type ScalesContent, scalesContentSchema } from '../../../domain/self-scans/scale.ts'

/**
 * The zelfscan's scales and the inzetbaarheidscheck's statements, from `content/`, validated
 * once; an invalid file stops start-up with the problem named, like the kenniskaarten.
 */
function readJson<T>(
  file: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Error } },
): T {
  const result = schema.safeParse(JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')))
  if (!result.success) throw new Error(`${file} is not valid: ${result.error.message}`)
  return result.data
}

let scales: ScalesContent | undefined
let employability: EmployabilityContent | undefined

export function scalesContent(): ScalesContent {
  scales ??= readJson('content/zelfscan/schalen.json', scalesContentSchema)
  return scales
}

export function employabilityContent(): EmployabilityContent {
  employability ??= readJson('content/duurzame-inzetbaarheid.json', employabilityContentSchema)
  return employability
}
