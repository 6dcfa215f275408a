import { defineConfig } from 'vitest/config'

// Three projects: pure unit tests once, and the server's API and data tests on each database.
// The PostgreSQL project runs only when TEST_DATABASE_URL names a server (scripts/test.ts says
// so plainly when it does not).
const withPostgres = Boolean(process.env.TEST_DATABASE_URL)

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api-sqlite',
          include: ['server/**/*.test.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'api-postgres',
                include: ['server/**/*.test.ts'],
                env: { TEST_DB: 'postgres' },
                testTimeout: 20_000,
                hookTimeout: 30_000,
              },
            },
          ]
        : []),
    ],
  },
})
