import { defineConfig } from 'vitest/config';

// The browser tests: Debian's Chromium through playwright-core. The docs site test builds the site itself.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: ['docs/test/**/*.test.ts', 'examples/checklist-wizard/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
