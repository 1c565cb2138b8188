import { defineConfig } from 'vitest/config';
import { SOURCE_CONDITIONS } from './vitest.project.base.js';

// The browser tests: Debian's Chromium through playwright-core. The docs site test builds the site itself.
export default defineConfig({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    include: [
      'docs/test/**/*.test.ts',
      'examples/checklist-wizard/test/**/*.test.ts',
      'examples/control-room/test/**/*.test.ts',
      'packages/adoption/test/**/*.browser.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
