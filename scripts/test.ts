/**
 * `npm test`: lint, type check, the unit and API suites (SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set), then the browser journeys; ends with one line
 * `N passed, N failed` summed over every suite.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

interface VitestJson {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: {
    name: string
    status: string
    message?: string
    assertionResults: { status: string }[]
  }[]
}

fs.mkdirSync('.vitest-results', { recursive: true })

function step(title: string, command: string, args: string[]): boolean {
  console.log(`\n── ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  return result.status === 0
}

function suite(title: string, config: string, output: string) {
  step(title, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ])
  if (!fs.existsSync(output)) return { passed: 0, failed: 1, skipped: 0 }
  const json = JSON.parse(fs.readFileSync(output, 'utf8')) as VitestJson
  // A file that failed to load has no failed test but is a failure all the same.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
  ).length
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    skipped: json.numPendingTests + json.numTodoTests,
  }
}

const lintOk = step('Biome (lint and format)', 'npx', ['biome', 'check', '.'])
const typesOk = step('TypeScript', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])

const postgres = Boolean(process.env.TEST_DATABASE_URL)
const results = [
  suite(
    postgres ? 'Unit and API tests (SQLite and PostgreSQL)' : 'Unit and API tests (SQLite)',
    'vitest.config.ts',
    '.vitest-results/main.json',
  ),
]
if (process.env.SKIP_E2E === '1') {
  console.log('\nBrowser journeys: NOT run (SKIP_E2E=1).')
} else {
  results.push(
    suite('Browser journeys (Chromium)', 'vitest.e2e.config.ts', '.vitest-results/e2e.json'),
  )
}

const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0) + (lintOk ? 0 : 1) + (typesOk ? 0 : 1)
const skipped = results.reduce((sum, r) => sum + r.skipped, 0)

console.log('')
if (!lintOk) console.log('Biome found problems (counted as 1 failure).')
if (!typesOk) console.log('TypeScript found errors (counted as 1 failure).')
console.log(
  postgres
    ? 'PostgreSQL: tested (TEST_DATABASE_URL is set).'
    : 'PostgreSQL: NOT tested — set TEST_DATABASE_URL=postgres://... to run the API suite on PostgreSQL too.',
)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
