// The test project every package shares: its own tests, resolving the workspace packages to their source (the
// `@vikno/source` export condition), so tests need no build. The type tests (`*.test-d.ts`) run in one project of
// their own, `types` (vitest.config.ts).
import { readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';

/** Resolve workspace packages to `src/` first, then as Node would. */
export const SOURCE_CONDITIONS = ['@vikno/source', 'module', 'node', 'default'];

/** What the CLI's build inlines (packages/cli/tsup.config.ts), inlined the same way in its tests. */
const { version: cliVersion } = JSON.parse(
  readFileSync(new URL('./packages/cli/package.json', import.meta.url), 'utf8'),
) as { version: string };

/** The vitest project of the package named `name`. */
export function packageProject(name: string) {
  return defineProject({
    define: { __VIKNO_CLI_VERSION__: JSON.stringify(cliVersion) },
    resolve: { conditions: SOURCE_CONDITIONS },
    ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  });
}
