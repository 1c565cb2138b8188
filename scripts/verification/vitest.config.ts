import { defineProject, mergeConfig } from 'vitest/config';
import { packageProject } from '../../vitest.project.base.js';

// The counting behind `pnpm report:verification`, tested beside it.
export default mergeConfig(
  packageProject('verification-report'),
  defineProject({ test: { include: ['*.test.ts'], typecheck: { enabled: false } } }),
);
