import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The library entry and the `vikno` binary; both for Node, since the binary reads files and writes to the terminal.
// The version is inlined (`vikno --version`), so the code reads no package.json at run time, bundled or not.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: { entry: 'src/index.ts' },
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  clean: true,
  treeshake: true,
  define: { __VIKNO_CLI_VERSION__: JSON.stringify(version) },
});
