import { defaultClientConditions, defineConfig } from 'vite';

// The workspace packages export their TypeScript source under the `@vikno/source` condition, so the page is built
// from the packages' src without building them first.
export default defineConfig({
  resolve: { conditions: ['@vikno/source', ...defaultClientConditions] },
});
