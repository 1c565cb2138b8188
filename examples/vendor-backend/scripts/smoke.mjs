// The production build, tried as a vendor runs it: builds dist/ (tsup), then on loopback with a free port and
// embedded PGlite in a temporary folder (never DATABASE_URL), with plain `node` on the built @vikno packages:
//
// 1. `node dist/main.js` as in development migrates an empty database, and answers GET /health (200);
// 2. with NODE_ENV=production it refuses the same kind of database, migrations pending, exit code 1, naming
//    `migrate`;
// 3. `node dist/migrate.js up`, then `node dist/main.js` in production answers, and stops on SIGTERM.
//
// Each step is bounded in time; the script exits non-zero on the first that fails. Needs the packages built
// (`pnpm run build` at the root), as `node` resolves them to their dist/.
//
//   pnpm --filter @vikno/example-vendor-backend smoke
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STEP_MS = 60_000;
const KEYS = { VIKNO_CASE_KEYS: 'smoke:smoke-test-key-0123456789abcdef-0123456789' };

function fail(message) {
  console.error(`vendor backend smoke: ${message}`);
  process.exit(1);
}

/** The environment of a child: this one's, less the database settings, plus `extra`. */
function environment(dataDir, extra = {}) {
  const env = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ...extra };
  for (const name of [
    'DATABASE_URL',
    'NODE_ENV',
    'MIGRATE_ON_START',
    'VIKNO_CASE_KEYS',
    'VIKNO_CASE_KEY_ID',
  ]) {
    if (!(name in extra)) delete env[name];
  }
  for (const name of ['OUTBOX_WEBHOOK_URL', 'NODE_OPTIONS']) delete env[name];
  return env;
}

/** Runs `node dist/main.js` until it logs that it is ready or exits; resolves either way, bounded. */
function start(env) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'vendor backend ready')
            resolve({ address: entry.address, ms: performance.now() - started });
        } catch {
          // not a log line
        }
      }
    });
    exited.then(({ code }) => reject(Object.assign(new Error('exited'), { code, stderr })));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), STEP_MS);
  exited.finally(() => clearTimeout(timer));
  return { child, ready, exited, stderr: () => stderr };
}

/** GET /health, or on a backend without it the outbox (a read of the database): 200. Returns the path asked. */
async function answers(address) {
  for (const path of ['/health', '/outbox?after=0']) {
    const response = await fetch(new URL(path, address), { signal: AbortSignal.timeout(10_000) });
    if (response.status === 404) continue;
    if (response.status !== 200) fail(`GET ${path} answered ${response.status}`);
    return path;
  }
  fail('neither GET /health nor GET /outbox is there');
}

async function stop(running) {
  running.child.kill('SIGTERM');
  const { code, signal } = await running.exited;
  if (code !== 0) fail(`the backend stopped with ${signal ?? `exit code ${code}`} on SIGTERM`);
}

const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit', timeout: STEP_MS });
if (build.status !== 0) fail('the build failed');

const folders = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'vikno-smoke-'));
  folders.push(made);
  return made;
};
try {
  // 1. Development: migrates at start.
  const development = start(environment(folder()));
  const { address, ms } = await development.ready.catch((error) =>
    fail(`node dist/main.js did not start (exit ${error.code}): ${error.stderr}`),
  );
  const asked = await answers(address);
  await stop(development);
  console.log(`development: migrated, ready in ${Math.round(ms)} ms, answered GET ${asked}, stopped`);

  // 2. Production, migrations pending: refuses.
  const dataDir = folder();
  const refused = start(environment(dataDir, { NODE_ENV: 'production', ...KEYS }));
  const outcome = await refused.ready.then(
    () => fail('production started on a database with migrations pending'),
    (error) => error,
  );
  if (outcome.code !== 1 || !/pending.*migrate/.test(outcome.stderr)) {
    fail(`production with migrations pending: exit ${outcome.code}, ${outcome.stderr}`);
  }
  console.log('production, migrations pending: refused to start (exit 1), naming migrate');

  // 3. Production after `migrate`: starts.
  const migrate = spawnSync(process.execPath, ['dist/migrate.js', 'up'], {
    cwd: root,
    env: environment(dataDir),
    encoding: 'utf8',
    timeout: STEP_MS,
  });
  if (migrate.status !== 0 || !migrate.stdout.includes('applied 0001_cases.sql')) {
    fail(`node dist/migrate.js up: exit ${migrate.status}, ${migrate.stdout}${migrate.stderr}`);
  }
  const production = start(environment(dataDir, { NODE_ENV: 'production', ...KEYS }));
  const ready = await production.ready.catch((error) =>
    fail(`production did not start after migrate (exit ${error.code}): ${error.stderr}`),
  );
  const answered = await answers(ready.address);
  await stop(production);
  console.log(
    `production after migrate: ready in ${Math.round(ready.ms)} ms, answered GET ${answered}, stopped`,
  );
} finally {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
}
