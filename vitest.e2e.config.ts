import { defineConfig } from 'vitest/config'

// Browser journeys in Debian's Chromium against the built app. One file at a time: the
// machine has two cores, and each journey runs a server and a browser.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
