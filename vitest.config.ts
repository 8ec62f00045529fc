import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests run against src/, never dist/: see the "@snackplan/source" export condition.
    conditions: ['@snackplan/source'],
  },
  ssr: { resolve: { conditions: ['@snackplan/source'] } },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
      'docs/test/**/*.test.ts',
      'bench/test/**/*.test.ts',
    ],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
    // Hooks too: the ICS conformance checkers run over every sample calendar in a beforeAll.
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
