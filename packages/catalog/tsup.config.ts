import type { Options } from 'tsup';
import config from '../../tsup.config.base.js';

const base = config as Options;

// Two entries: the package, and `@vikno/catalog/lazy`, which loads each service's data as a chunk of its own
// (`dist/chunks/<file>-<hash>.js`), so an app that names a few services fetches only their data.
export default {
  ...base,
  entry: ['src/index.ts', 'src/lazy.ts'],
  splitting: true,
  esbuildOptions(options, context) {
    base.esbuildOptions?.(options, context);
    options.chunkNames = 'chunks/[name]-[hash]';
  },
} satisfies Options;
