// What an app that needs only some services loads from @vikno/catalog (the built package), against the baseline of
// the whole catalogue in the same run:
// - bytes: two apps bundled with esbuild as a vendor would (minified, split, each file gzipped as a server sends
//   it; zod, ts-pattern and @vikno/* left out, as the size limits leave them out): one calls defaultCatalog(), the
//   other loadCatalog(ids) of `@vikno/catalog/lazy`. For the lazy app: what loads at start, and what each service
//   adds when named (its chunk and the chunks it shares with other services, not yet loaded);
// - time: building the catalogue of one service and of every service (data to a validated Catalog) in Node.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultCatalog } from '@vikno/catalog';
import { BUILT_IN_SERVICE_IDS, loadCatalog } from '@vikno/catalog/lazy';
import { build, type Metafile } from 'esbuild';
import { median, timeOnce } from './measure.js';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'packages/catalog/dist');
const OURS_LEFT_OUT = ['zod', 'ts-pattern', '@vikno/law', '@vikno/deadlines'];

/** Bundles an app whose entry is `source`, split into chunks; the metafile and each output file's gzipped bytes. */
async function bundle(
  source: string,
  external: string[],
): Promise<{ metafile: Metafile; gzipped: Map<string, number>; entry: string }> {
  const outdir = mkdtempSync(join(tmpdir(), 'vikno-lazy-'));
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: dist, sourcefile: 'app.js', loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      metafile: true,
      write: true,
      outdir,
      external,
      logLevel: 'silent',
      charset: 'utf8',
    });
    const gzipped = new Map<string, number>();
    let entry = '';
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.map')) continue;
      gzipped.set(file, gzipSync(readFileSync(join(root, file))).length);
      // The app itself; each chunk it imports dynamically is an entry point too, named after its module.
      if (output.entryPoint?.endsWith('app.js')) entry = file;
    }
    return { metafile: result.metafile, gzipped, entry };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The files loaded with `file`: it and every file it imports statically, transitively. */
function staticClosure(metafile: Metafile, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of metafile.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement' && !imported.external)
      staticClosure(metafile, imported.path, seen);
  }
  return seen;
}

/** The output holding a service's data: the chunk whose module is the catalogue's `chunks/<id>-<hash>.js`. */
function serviceChunk(metafile: Metafile, id: string): string | undefined {
  const module = new RegExp(`/chunks/${id}-[A-Z0-9]+\\.js$`);
  return Object.entries(metafile.outputs).find(([, output]) => module.test(output.entryPoint ?? ''))?.[0];
}

const sum = (files: Iterable<string>, gzipped: Map<string, number>) =>
  [...files].reduce((total, file) => total + (gzipped.get(file) ?? 0), 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

const WHOLE_APP =
  "import { defaultCatalog } from './index.js'; console.log(defaultCatalog().services.length);";
const LAZY_APP =
  "import { loadCatalog } from './lazy.js'; console.log((await loadCatalog(['idp-certificate'])).services.length);";

/**
 * The two apps bundled with `external` left out: the baseline's bytes, the lazy app's at start, and for each service
 * what naming it adds — its own chunk (dist/chunks/<id>-<hash>.js; see tsup.config.ts) and the chunks of data it
 * shares with other services (the citations and texts common to many), loaded with the first service that needs them.
 */
async function measure(external: readonly string[]) {
  const whole = await bundle(WHOLE_APP, [...external]);
  const lazy = await bundle(LAZY_APP, [...external]);
  const atStart = staticClosure(lazy.metafile, lazy.entry);
  const perService = BUILT_IN_SERVICE_IDS.map((id) => {
    const chunk = serviceChunk(lazy.metafile, id);
    if (chunk === undefined) throw new Error(`No chunk for ${id}`);
    const added = [...staticClosure(lazy.metafile, chunk)].filter((file) => !atStart.has(file));
    return { id, chunk, own: lazy.gzipped.get(chunk) ?? 0, added, bytes: sum(added, lazy.gzipped) };
  });
  const ownChunks = new Set(perService.map((entry) => entry.chunk));
  const shared = new Set(perService.flatMap((entry) => entry.added.filter((file) => !ownChunks.has(file))));
  return {
    wholeBytes: sum(staticClosure(whole.metafile, whole.entry), whole.gzipped),
    startBytes: sum(atStart, lazy.gzipped),
    sharedBytes: sum(shared, lazy.gzipped),
    perService,
    /** The lazy app with one service named, in all. */
    alone: (id: string) =>
      sum(atStart, lazy.gzipped) + (perService.find((entry) => entry.id === id)?.bytes ?? Number.NaN),
  };
}

const ours = await measure(OURS_LEFT_OUT);
const byOwn = [...ours.perService].sort((a, b) => a.own - b.own);
const idpAlone = ours.alone('idp-certificate');

console.log(`Bytes gzipped, each file as sent (zod, ts-pattern, @vikno/law and @vikno/deadlines left out):`);
console.log(`- baseline, defaultCatalog(): ${kB(ours.wholeBytes)} (${BUILT_IN_SERVICE_IDS.length} services)`);
console.log(`- loadCatalog at start: ${kB(ours.startBytes)} (the code, no service's data)`);
console.log(
  `- each service's own data: median ${kB(median(byOwn.map((entry) => entry.own)))}, from ` +
    `${kB(byOwn[0]?.own ?? 0)} (${byOwn[0]?.id}) to ${kB(byOwn.at(-1)?.own ?? 0)} (${byOwn.at(-1)?.id}); ` +
    `data shared between services, loaded with the first that needs it: ${kB(ours.sharedBytes)} at most`,
);
console.log(
  `- an app for the IDP certificate alone: ${kB(idpAlone)} ` +
    `(${((100 * idpAlone) / ours.wholeBytes).toFixed(0)}% of the baseline); for birth assistance alone: ` +
    `${kB(ours.alone('birth-assistance'))}`,
);

// The same two apps with @vikno/law (the register of acts the data cites) and @vikno/deadlines bundled in: what a
// browser downloads but zod and ts-pattern.
const all = await measure(['zod', 'ts-pattern']);
console.log(
  `With @vikno/law and @vikno/deadlines bundled in (zod and ts-pattern left out): defaultCatalog() ` +
    `${kB(all.wholeBytes)}, the IDP certificate alone ${kB(all.alone('idp-certificate'))}`,
);

// Time to a validated catalogue, in Node: one service, and every service, loaded and validated afresh each round.
const { Catalog } = await import('@vikno/catalog');
const oneJson = JSON.stringify((await loadCatalog(['idp-certificate'])).services);
const allJson = JSON.stringify(defaultCatalog().services);
const time = (json: string) => timeOnce(15, () => Catalog.fromUnknown(JSON.parse(json)));
console.log(
  `Validating to a Catalog: one service ${time(oneJson).toFixed(2)} ms, ` +
    `every service (baseline) ${time(allJson).toFixed(2)} ms (median of 15)`,
);
