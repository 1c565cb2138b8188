import { defineProject } from 'vitest/config';
import { SOURCE_CONDITIONS } from '../../vitest.project.base.js';

export default defineProject({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: { name: 'demo', include: ['src/**/*.test.ts'] },
});
