import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'examples/vendor-backend',
      'examples/demo',
      'scripts/verification',
      'fuzz',
      // Every package's type tests in one tsc run over the packages (tsconfig.type-tests.json): each project that
      // enables vitest's typecheck runs a tsc of its own and prints vitest's "experimental feature" warning.
      {
        test: {
          name: 'types',
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: './tsconfig.type-tests.json',
          },
        },
      },
    ],
  },
});
