// The test project every package shares: its own tests, resolving the workspace packages to their source (the
// `@vikno/source` export condition), so tests need no build. The type tests (`*.test-d.ts`) run in one project of
// their own, `types` (vitest.config.ts).
import { defineProject } from 'vitest/config';

/** Resolve workspace packages to `src/` first, then as Node would. */
export const SOURCE_CONDITIONS = ['@vikno/source', 'module', 'node', 'default'];

/** The vitest project of the package named `name`. */
export function packageProject(name: string) {
  return defineProject({
    resolve: { conditions: SOURCE_CONDITIONS },
    ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  });
}
