// The packages as a user installs them: every public package is packed as `pnpm publish` packs it (from its
// built `dist/`), the tarballs are installed with npm into a scratch project outside the repository, and the
// TypeScript examples of the READMEs are type-checked against what was installed, with `skipLibCheck: false`,
// as a Node project (`nodenext`) and as a bundled app (`bundler`), each under `strict` alone and under
// `strict` with `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`. A declaration that compiles here
// only because the repository skips library checks or resolves packages to their `@vikno/source` fails this check.
// Then an app imports every library in a Vite build whose config sets a bare `source` condition, as a monorepo's
// own config does: it must load the libraries' dist/, not the TypeScript src/ the tarballs carry.
//
// `--keep` leaves the scratch project in place and prints its path.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const started = performance.now();
const INSTALL_TIMEOUT_MS = 5 * 60_000;
const TSC_TIMEOUT_MS = 3 * 60_000;
const shell = process.platform === 'win32';
/** Errors printed per configuration; the rest are counted. */
const SHOWN = 10;

// pnpm itself as it runs this script (`npm test` may have started it through npx), else the one on the PATH.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.env.npm_node_execpath ?? process.execPath, process.env.npm_execpath]
  : ['pnpm'];

// npm in the scratch project reads the machine's own npm settings; of the ones pnpm passes down to scripts as
// `npm_config_*` (its reporter, lockfile and global config among them), only how to reach the registry is kept.
const REGISTRY_SETTINGS =
  /^npm_config_(registry|cafile|ca|strict_ssl|proxy|https_proxy|http_proxy|noproxy|cache|userconfig)$/i;
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^p?npm_config_/i.test(name) || REGISTRY_SETTINGS.test(name),
  ),
);
env.CI = 'true';

/**
 * The values a README example uses without defining them: the reader's own data and services, declared with the
 * types the packages give them. Keyed by the README, relative to the repository.
 */
const READER_VALUES = {
  'packages/catalog/README.md': `
import type { LegalSource } from '@vikno/deadlines';
import type { Service } from '@vikno/catalog';
declare const myCouncilDecision: LegalSource;
declare const myLocalFirewoodAid: Service;
`,
  'packages/workflows/README.md': `
import type { Checklist, SubmittedDocument } from '@vikno/checklists';
declare const checklist: Checklist;
declare const submitted: SubmittedDocument[];
declare function alertSupervisor(caseId: string, term: string): void;
declare function sendSms(caseId: string, outcome: 'granted' | 'partiallyGranted' | 'refused'): void;
declare const db: { save(id: string, json: string): Promise<void>; load(id: string): Promise<string> };
`,
  'packages/monitoring/README.md': `
import type { CaseRecord } from '@vikno/monitoring';
import type { PersistedCase } from '@vikno/workflows';
declare const persisted: PersistedCase;
declare const records: CaseRecord[];
declare const now: string;
`,
};

/**
 * Upstream declarations that fail a consumer's strictest settings on their own (a bare `import 'xstate'` fails
 * the same way), reported but not failing this check: errors located in these files under that option.
 */
const UPSTREAM = [
  {
    file: /^node_modules\/xstate\//,
    option: 'exactOptionalPropertyTypes',
    why: "xstate 5's own declarations (setup.d.ts, TS2344 on StateSchema) do not compile with exactOptionalPropertyTypes",
  },
];

const COMMON = {
  target: 'es2022',
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  pretty: false,
};
const RESOLUTIONS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022'], types: ['node'] },
  // As Next.js sets up an app: bundled for the browser and the server.
  bundler: { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: ['node'] },
};
const STRICTNESS = {
  strict: {},
  strictest: { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
};

/** Runs a command; resolves with its output, rejects with it on a non-zero exit or after `timeout` ms. */
function run(command, args, { cwd, timeout, allowFailure = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout, shell });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal)
        reject(new Error(`${command} ${args.join(' ')} stopped by ${signal} (timeout ${timeout} ms)`));
      else if (code !== 0 && !allowFailure)
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
      else resolve({ code, output });
    });
  });
}

/** The files an `exports` map points a consumer at: its string leaves, but for the workspace's `@vikno/source`. */
function shipped(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.entries(exports).flatMap(([condition, target]) =>
    condition === '@vikno/source' ? [] : shipped(target),
  );
}

/** The client conditions Vite sets by default (`defaultClientConditions`), for a production build. */
const VITE_CLIENT_CONDITIONS = ['module', 'browser', 'production'];

/**
 * Builds, with the Vite of the checklist wizard, an app in the scratch project that imports every JavaScript
 * export of the libraries installed there (the CLI aside), with a bare `source` condition first as a monorepo's config
 * sets it; resolves with the ids of the modules the build loaded.
 */
async function bundledModules(packages) {
  const app = join(work, 'vite-app');
  mkdirSync(app);
  const specifiers = packages
    .filter(({ manifest }) => !manifest.bin)
    .flatMap(({ manifest }) =>
      Object.keys(manifest.exports ?? {})
        .filter((subpath) => subpath !== './package.json' && !subpath.endsWith('.json'))
        .map((subpath) => `${manifest.name}${subpath.slice(1)}`),
    );
  writeFileSync(
    join(app, 'main.js'),
    specifiers.map((specifier, index) => `export * as m${index} from '${specifier}';\n`).join(''),
  );
  const modulesFile = join(app, 'modules.json');
  writeFileSync(
    join(app, 'vite.config.mjs'),
    `import { writeFileSync } from 'node:fs';
export default {
  root: ${JSON.stringify(app)},
  logLevel: 'error',
  resolve: { conditions: ${JSON.stringify(['source', ...VITE_CLIENT_CONDITIONS])} },
  build: {
    outDir: 'out',
    lib: { entry: 'main.js', formats: ['es'], fileName: 'app' },
    rollupOptions: { external: [/^node:/] },
  },
  plugins: [{
    name: 'record-modules',
    buildEnd() { writeFileSync(${JSON.stringify(modulesFile)}, JSON.stringify([...this.getModuleIds()])); },
  }],
};
`,
  );
  const vite = join(root, 'examples', 'checklist-wizard', 'node_modules', 'vite', 'bin', 'vite.js');
  await run(process.execPath, [vite, 'build', '--config', 'vite.config.mjs'], {
    cwd: app,
    timeout: TSC_TIMEOUT_MS,
  });
  return JSON.parse(readFileSync(modulesFile, 'utf8'));
}

/**
 * The TypeScript examples of a README: its ```ts blocks, and inline code that starts with an import; each with
 * the README line its code starts on.
 */
function examplesOf(markdown) {
  const lineOf = (index) => markdown.slice(0, index).split('\n').length;
  const blocks = [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
    code: match[1],
    line: lineOf(match.index) + 1,
  }));
  const inline = [...markdown.matchAll(/`(import [^`]+)`/g)].map((match) => ({
    code: `${match[1]}\n`,
    line: lineOf(match.index),
  }));
  return [...blocks, ...inline];
}

/** Maps `items` through `task`, at most `limit` at a time, in their order. */
async function pooled(items, limit, task) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const work = mkdtempSync(join(tmpdir(), 'vikno-consumer-'));

try {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => ({ name, dir: join(root, 'packages', name) }))
    .filter(({ dir }) => existsSync(join(dir, 'package.json')))
    .map((entry) => ({
      ...entry,
      manifest: JSON.parse(readFileSync(join(entry.dir, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => !manifest.private);
  for (const { name, manifest } of packages) {
    for (const target of shipped(manifest.exports ?? {})) {
      const file = join('packages', name, target);
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run pnpm build first`);
    }
  }

  // Packed one by one: pnpm pack writes the tarball name to stdout as its last line.
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const dependencies = {};
  for (const { dir, manifest } of packages) {
    const { output } = await run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', tarballs], {
      cwd: dir,
      timeout: 60_000,
    });
    const file = output.trim().split('\n').at(-1).split('/').at(-1);
    if (!file.endsWith('.tgz')) throw new Error(`pnpm pack of ${manifest.name} named no tarball:\n${output}`);
    dependencies[manifest.name] = `file:./tarballs/${file}`;
  }

  // The peers and tools at the versions this repository builds with.
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const workflows = packages.find(({ manifest }) => manifest.name === '@vikno/workflows')?.manifest;
  const pinned = {
    typescript: rootManifest.devDependencies.typescript,
    '@types/node': rootManifest.devDependencies['@types/node'],
    zod: rootManifest.devDependencies.zod,
    xstate: workflows?.devDependencies?.xstate,
  };
  for (const [dependency, version] of Object.entries(pinned)) {
    if (!version) throw new Error(`no version of ${dependency} in the repository's manifests`);
  }
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify(
      {
        name: 'vikno-consumer',
        private: true,
        type: 'module',
        dependencies: { ...dependencies, ...pinned },
        // The packages' dependencies on each other resolve to these tarballs, never to the registry.
        overrides: dependencies,
      },
      null,
      2,
    ),
  );
  const installStarted = performance.now();
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--prefer-offline',
      '--fetch-timeout=60000',
      '--loglevel=error',
    ],
    { cwd: work, timeout: INSTALL_TIMEOUT_MS },
  );
  const installed = performance.now() - installStarted;

  // The READMEs as shipped in the tarballs, and the repository's README.
  const readmes = [
    ...packages.map(({ name, manifest }) => ({
      source: `packages/${name}/README.md`,
      path: join(work, 'node_modules', manifest.name, 'README.md'),
    })),
    { source: 'README.md', path: join(root, 'README.md') },
  ];
  mkdirSync(join(work, 'examples'));
  const written = [];
  for (const { source, path } of readmes) {
    examplesOf(readFileSync(path, 'utf8')).forEach(({ code, line }, index) => {
      const file = `${source.replace(/\/?README\.md$/, '').replaceAll('/', '-') || 'root'}-${index + 1}.ts`;
      const header = `// ${source}\n${READER_VALUES[source] ?? ''}\n`;
      writeFileSync(join(work, 'examples', file), `${header}${code}`);
      written.push({ file, source, line, headerLines: header.split('\n').length - 1 });
    });
  }
  /** A diagnostic in an example, located in its README as well. */
  const located = (text) =>
    text.replace(/^examples\/([^(]+)\((\d+),(\d+)\)/, (whole, file, line, column) => {
      const example = written.find((entry) => entry.file === file);
      const inExample = Number(line) - (example?.headerLines ?? 0);
      if (!example || inExample < 1) return whole;
      return `${example.source}:${example.line + inExample - 1}:${column} (${whole})`;
    });
  for (const { name, manifest } of packages) {
    if (!written.some(({ source }) => source === `packages/${name}/README.md`)) {
      throw new Error(`${manifest.name}: its README has no TypeScript example to check`);
    }
  }

  // A bundled app whose own monorepo sets a bare `source` condition, as the wizard's Vite config once did: the
  // libraries must still load from their built dist/, never from the TypeScript src/ the tarballs also carry.
  const viteStarted = performance.now();
  const viteModules = await bundledModules(packages);
  const fromSource = viteModules.filter((id) => /\/node_modules\/@vikno\/[^/]+\/src\//.test(id));
  const fromDist = viteModules.filter((id) => /\/node_modules\/@vikno\/[^/]+\/dist\//.test(id));
  if (fromSource.length > 0 || fromDist.length === 0) {
    throw new Error(
      `a Vite build with resolve.conditions ['source', …] loaded ${fromSource.length} modules of @vikno/* ` +
        `from src/ and ${fromDist.length} from dist/:\n  ${fromSource.slice(0, SHOWN).join('\n  ')}`,
    );
  }
  const bundled = performance.now() - viteStarted;

  const configs = Object.entries(RESOLUTIONS).flatMap(([resolution, resolutionOptions]) =>
    Object.entries(STRICTNESS).map(([strictness, strictnessOptions]) => {
      const options = { ...COMMON, ...resolutionOptions, ...strictnessOptions };
      const file = `tsconfig.${resolution}.${strictness}.json`;
      writeFileSync(
        join(work, file),
        JSON.stringify({ compilerOptions: options, include: ['examples'] }, null, 2),
      );
      return { name: `${resolution}, ${strictness}`, file, options };
    }),
  );
  const checkStarted = performance.now();
  const results = await pooled(configs, availableParallelism(), async (config) => {
    const { code, output } = await run(
      process.execPath,
      [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', config.file],
      {
        cwd: work,
        timeout: TSC_TIMEOUT_MS,
        allowFailure: true,
      },
    );
    // One diagnostic per `file(line,col): error TSnnnn: message` line; the lines after it explain it.
    const diagnostics = output
      .split(/\n(?=\S+\(\d+,\d+\): error TS)/)
      .map((text) => text.trim())
      .filter((text) => /^\S+\(\d+,\d+\): error TS/.test(text));
    const upstream = diagnostics.filter((text) =>
      UPSTREAM.some(({ file, option }) => config.options[option] && file.test(text)),
    );
    const ours = diagnostics.filter((text) => !upstream.includes(text));
    // Errors of the configuration itself name no file; a failure with no error at all is reported whole.
    ours.push(...output.split('\n').filter((line) => /^error TS\d+/.test(line)));
    if (code !== 0 && diagnostics.length === 0 && ours.length === 0) ours.push(output.trim());
    return { config, ours, upstream };
  });
  const checked = performance.now() - checkStarted;

  for (const { config, upstream } of results) {
    if (upstream.length === 0) continue;
    const why = UPSTREAM.filter(({ option }) => config.options[option]).map(({ why }) => why);
    console.log(
      `${config.name}: ${upstream.length} errors in upstream declarations, not ours: ${why.join('; ')}`,
    );
  }
  const failed = results.filter(({ ours }) => ours.length > 0);
  if (failed.length > 0) {
    console.error('Consumer check failed / Перевірка встановлених пакетів не пройшла:');
    for (const { config, ours } of failed) {
      console.error(`\n${config.name} (${config.file}): ${ours.length} errors`);
      for (const text of ours.slice(0, SHOWN)) console.error(`  ${located(text).replaceAll('\n', '\n  ')}`);
      if (ours.length > SHOWN) console.error(`  … and ${ours.length - SHOWN} more`);
    }
    process.exitCode = 1;
  } else {
    console.log(
      `Consumer check: ${packages.map(({ manifest }) => manifest.name).join(', ')} installed from their tarballs; ` +
        `${written.length} README examples type-checked under ${configs.map(({ name }) => name).join('; ')} ` +
        `with skipLibCheck: false; a Vite build with a bare \`source\` condition loaded ${fromDist.length} ` +
        `modules of @vikno/* from dist/, none from src/ (install ${seconds(installed)}, Vite ${seconds(bundled)}, ` +
        `tsc ${seconds(checked)}, all ${seconds(performance.now() - started)}).`,
    );
  }
} catch (error) {
  console.error(`Consumer check failed / Перевірка встановлених пакетів не пройшла: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (process.argv.includes('--keep')) console.log(`Scratch project kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
