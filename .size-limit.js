// Size limits of every package, gzipped, run by `pnpm run size` (size-limit with esbuild). A JS file, not JSON, for
// one option: @vikno/catalog is built split (its `lazy` entry loads each service as a chunk), and esbuild warns of the
// bare imports that keep its chunks in order, because the package is side-effect free; it warns only for files
// outside node_modules, so only here, where the packages are read from the workspace.
const quietChunks = (config) => ({
  ...config,
  logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
});

/** Every package's check; each gets `quietChunks` below. */
const checks = [
  {
    name: '@vikno/law: its code and the register of acts; all dependencies counted but zod and @date-fns/tz',
    path: 'packages/law/dist/index.js',
    import: '*',
    ignore: ['zod', '@date-fns/tz'],
    limit: '64.5 KB',
    gzip: true,
  },
  {
    name: '@vikno/deadlines: its code and data; all dependencies counted but zod, ts-pattern, @date-fns/tz and @vikno/law',
    path: 'packages/deadlines/dist/index.js',
    import: '*',
    ignore: ['zod', 'ts-pattern', '@date-fns/tz', '@vikno/law'],
    limit: '24 KB',
    gzip: true,
  },
  {
    name: '@vikno/deadlines with the @vikno/law it uses (a calendar-only app: the acts it cites, not the whole register); all dependencies counted but zod, ts-pattern and @date-fns/tz',
    path: 'packages/deadlines/dist/index.js',
    import: '*',
    ignore: ['zod', 'ts-pattern', '@date-fns/tz'],
    limit: '35.5 KB',
    gzip: true,
  },
  {
    name: '@vikno/catalog: its code and the whole catalogue data (50 services; an app that needs a few loads @vikno/catalog/lazy, measured by bench/catalog-lazy.ts); all dependencies counted but zod, ts-pattern and @vikno/*',
    path: 'packages/catalog/dist/index.js',
    import: '*',
    ignore: ['zod', 'ts-pattern', '@vikno/deadlines', '@vikno/law'],
    limit: '136 KB',
    gzip: true,
  },
  {
    name: '@vikno/checklists: its code and the rule data; all dependencies counted but zod, ts-pattern and @vikno/*',
    path: 'packages/checklists/dist/index.js',
    import: '*',
    ignore: ['zod', 'ts-pattern', '@vikno/deadlines', '@vikno/catalog', '@vikno/law'],
    limit: '65.5 KB',
    gzip: true,
  },
  {
    name: '@vikno/workflows: its code; all dependencies counted but zod, xstate, @noble/hashes and @vikno/*',
    path: 'packages/workflows/dist/index.js',
    import: '*',
    ignore: [
      'zod',
      'xstate',
      '@vikno/deadlines',
      '@vikno/catalog',
      '@vikno/checklists',
      '@noble/hashes',
      '@vikno/law',
    ],
    limit: '50 KB',
    gzip: true,
  },
  {
    name: "@vikno/cli: the run function (with advise, plan and cards and their help; the HTML card is @vikno/catalog's); all dependencies counted but zod, @vikno/* and Node's fs and util",
    path: 'packages/cli/dist/index.js',
    import: '*',
    ignore: [
      'zod',
      '@vikno/deadlines',
      '@vikno/catalog',
      '@vikno/checklists',
      '@vikno/adoption',
      'fs',
      'util',
      '@vikno/law',
    ],
    limit: '13 KB',
    gzip: true,
  },
  {
    name: '@vikno/monitoring: its code; all dependencies counted but zod, xstate, @noble/hashes and @vikno/*',
    path: 'packages/monitoring/dist/index.js',
    import: '*',
    ignore: [
      'zod',
      'xstate',
      '@vikno/deadlines',
      '@vikno/catalog',
      '@vikno/checklists',
      '@vikno/workflows',
      '@noble/hashes',
      '@vikno/law',
    ],
    limit: '29 KB',
    gzip: true,
  },
  {
    name: '@vikno/monitoring/xlsx: the XLSX writer with write-excel-file and fflate; all dependencies counted but zod, xstate and @vikno/*',
    path: 'packages/monitoring/dist/xlsx.js',
    import: '*',
    ignore: [
      'zod',
      'xstate',
      '@vikno/law',
      '@vikno/deadlines',
      '@vikno/workflows',
      '@vikno/catalog',
      '@vikno/checklists',
    ],
    limit: '32 KB',
    gzip: true,
  },
  {
    name: '@vikno/adoption: its code and the material; all dependencies counted but zod, xstate and @vikno/*',
    path: 'packages/adoption/dist/index.js',
    import: '*',
    ignore: [
      'zod',
      'xstate',
      '@vikno/law',
      '@vikno/deadlines',
      '@vikno/catalog',
      '@vikno/checklists',
      '@vikno/workflows',
      '@vikno/monitoring',
    ],
    limit: '47 KB',
    gzip: true,
  },
];

export default checks.map((check) => ({ ...check, modifyEsbuildConfig: quietChunks }));
