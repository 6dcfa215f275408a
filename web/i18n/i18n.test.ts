import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareMapVersions } from '../../domain/api/knowledge-maps.ts'
import { commentSchema, roundSummarySchema } from '../../domain/api/reviews.ts'
import { AUDIT_ACTIONS } from '../../domain/audit.ts'
import { ERROR_CODES } from '../../domain/errors.ts'
import {
  MAP_AUDIENCES,
  MAP_LEVELS,
  MAP_STATES,
  NODE_KINDS,
  VERSION_STATES,
} from '../../domain/knowledge-maps/model.ts'
import { isCommonPassword } from '../../domain/password-policy.ts'
import { AUDIENCES, ORGANISATION_KINDS, ROLES } from '../../domain/roles.ts'
import { CROSSWALK_FRAMEWORKS, crosswalkInput } from '../../domain/schemas/reviews.ts'
import { FIELD_ERROR_CODES } from '../../domain/validation.ts'
import en from './en.json'
import nl from './nl.json'

/** Every leaf as `dotted.path` → value; array items count as leaves with their index. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>()
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) {
        result.set(path, leaf)
      }
    }
  } else {
    result.set(prefix, value)
  }
  return result
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort()
}

describe('translations', () => {
  const dutch = leaves(nl)
  const english = leaves(en)

  it('have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort())
  })

  it('have no empty or non-string texts', () => {
    for (const [path, text] of [...dutch, ...english]) {
      expect(typeof text, path).toBe('string')
      expect(String(text).trim(), path).not.toBe('')
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const [path, text] of dutch) {
      expect(placeholders(String(english.get(path))), path).toEqual(placeholders(String(text)))
    }
  })
})

/** The kinds of change a comparison reports, as the API contract declares them. */
function changeKinds(): readonly string[] {
  const schema = compareMapVersions.responses[200].content['application/json'].schema
  return schema.shape.changes.element.shape.kind.options
}

/**
 * The codes the importers can report, read from their source: they are not exported as a
 * list, and a new one must not reach people as the generic "this is not right".
 */
function importProblemCodes(): string[] {
  const files = [
    '../../domain/knowledge-maps/csv.ts',
    '../../domain/knowledge-maps/case-import.ts',
    '../../server/features/knowledge-maps/import-map.ts',
  ]
  const codes = new Set<string>()
  for (const file of files) {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8')
    for (const match of source.matchAll(/(?:code: |depthProblem\([^,]+, )[`']([a-z_]+)/g)) {
      // `expected_${n}_columns` and `header_must_be:${…}` are translated by their stem.
      codes.add(match[1] === 'expected_' ? 'expected_columns' : (match[1] ?? ''))
    }
  }
  return [...codes]
}

describe('codes from the domain', () => {
  // A code the API can send but the app cannot say would surface as a vague fallback text.
  const cases: [string, readonly string[], Record<string, unknown>][] = [
    ['errors', Object.keys(ERROR_CODES), nl.errors],
    ['validation', FIELD_ERROR_CODES, nl.validation],
    ['roles', ROLES, nl.roles],
    ['audiences', AUDIENCES, nl.audiences],
    ['organisationKinds', ORGANISATION_KINDS, nl.organisationKinds],
    ['audit.actions', AUDIT_ACTIONS, nl.audit.actions],
    ['maps.audiences', MAP_AUDIENCES, nl.maps.audiences],
    ['maps.levels', MAP_LEVELS, nl.maps.levels],
    ['maps.levelTitles', MAP_LEVELS, nl.maps.levelTitles],
    ['maps.states', MAP_STATES, nl.maps.states],
    ['maps.versionStates', VERSION_STATES, nl.maps.versionStates],
    ['maps.nodeKinds', NODE_KINDS, nl.maps.nodeKinds],
    ['edit.rename', NODE_KINDS, nl.edit.rename],
    ['maps.crosswalks.frameworks', CROSSWALK_FRAMEWORKS, nl.maps.crosswalks.frameworks],
    ['edit.crosswalks.frameworks', CROSSWALK_FRAMEWORKS, nl.edit.crosswalks.frameworks],
    [
      'maps.crosswalks.relations',
      crosswalkInput.shape.relation.options,
      nl.maps.crosswalks.relations,
    ],
    ['maps.compare.groups', changeKinds(), nl.maps.compare.groups],
    ['reviews.states', roundSummarySchema.shape.state.options, nl.reviews.states],
    ['reviews.commentStatuses', commentSchema.shape.status.options, nl.reviews.commentStatuses],
    ['maps.import.codes', importProblemCodes(), nl.maps.import.codes],
  ]
  for (const [prefix, codes, texts] of cases) {
    it(`are all translated under ${prefix}`, () => {
      expect(codes.filter((code) => !(code in texts))).toEqual([])
    })
  }
})

describe('import problem codes', () => {
  it('are found in the importers (the scan above still works)', () => {
    expect(importProblemCodes()).toEqual(
      expect.arrayContaining(['required', 'expected_columns', 'header_must_be', 'too_deep']),
    )
  })
})

describe('password hint', () => {
  it('only names example passwords that the policy really refuses', () => {
    expect(isCommonPassword('Wachtwoord123')).toBe(true)
    expect(nl.fields.passwordPolicy).toContain('Wachtwoord123')
    expect(isCommonPassword('Password1234')).toBe(true)
    expect(en.fields.passwordPolicy).toContain('Password1234')
  })
})
