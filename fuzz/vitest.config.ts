import { defineProject, mergeConfig } from 'vitest/config';
import { packageProject } from '../vitest.project.base.js';

// Every export of every package, called with hostile arguments: `*.fuzz.test.ts` beside the harness.
export default mergeConfig(
  packageProject('fuzz'),
  defineProject({ test: { include: ['*.test.ts'], typecheck: { enabled: false } } }),
);
