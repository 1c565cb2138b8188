import { defineProject } from 'vitest/config';
import { SOURCE_CONDITIONS } from '../../vitest.project.base.js';

export default defineProject({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    name: 'vendor-backend',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
