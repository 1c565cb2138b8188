import { defaultClientConditions, defineConfig } from 'vite';

// The page reads the vendor backend at the same origin: `vite` (dev) and `vite preview` pass /reports and /actions
// on to VIKNO_BACKEND_URL (the backend's `pnpm start`, http://127.0.0.1:3000 by default). The workspace packages
// export their TypeScript source under the `@vikno/source` condition, so the page is built from their src.
const backend = process.env.VIKNO_BACKEND_URL ?? 'http://127.0.0.1:3000';
const proxy = { '/reports': backend, '/actions': backend };

export default defineConfig({
  resolve: { conditions: ['@vikno/source', ...defaultClientConditions] },
  server: { proxy },
  preview: { proxy },
  // Plot (with D3) and the catalogue's data make one bundle of about 700 kB (200 kB gzipped), said once here.
  build: { chunkSizeWarningLimit: 800 },
});
