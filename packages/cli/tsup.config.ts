import { defineConfig } from 'tsup';

// The library entry and the `vikno` binary; both for Node, since the binary reads files and writes to the terminal.
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
});
