import { defineProject, mergeConfig } from 'vitest/config';
import { packageProject } from '../vitest.project.base.js';

// Every export of every package, called with hostile arguments: `*.fuzz.test.ts` beside the harness. A property's
// time grows with its runs, so a larger budget (VIKNO_FUZZ_RUNS) gets a longer timeout: 40 ms a run, 10 s at least.
const runs = Number(process.env.VIKNO_FUZZ_RUNS ?? 150);

export default mergeConfig(
  packageProject('fuzz'),
  defineProject({
    test: { include: ['*.test.ts'], typecheck: { enabled: false }, testTimeout: Math.max(10_000, runs * 40) },
  }),
);
