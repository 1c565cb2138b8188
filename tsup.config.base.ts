// The build every package shares: ESM with types, for any runtime, from src/index.ts.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Ukrainian text as it is, not as \uXXXX escapes: six bytes a letter would bloat every package's data.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
