import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The browser suite: Debian's chromium driven by playwright-core against the
// built site (`pnpm docs:build` first). A run of its own (`pnpm test:browser`)
// because it needs the build; .ci/run adds its counts to the final line.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { conditions: ['@snackplan/source'] },
  ssr: { resolve: { conditions: ['@snackplan/source'] } },
  test: {
    include: ['docs/e2e/**/*.e2e.ts'],
    // Generous hang detectors: the machine is shared, and a test-rules run
    // plans hundreds of weeks in the page.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
