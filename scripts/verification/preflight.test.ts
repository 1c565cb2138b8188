// `npm test` on a machine without what its tests need stops at once with what to install, in both languages,
// rather than minutes in. Run as a user runs it: node on the scripts, with the environment changed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly status: number | null;
  readonly output: string;
  readonly seconds: number;
}

/** Runs `node <script> ...args` at the repository root with `env` over a copy of this environment. */
function node(args: readonly string[], env: Record<string, string | undefined>): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    // Stopped if the preflight let it through to the whole check, which would take minutes.
    timeout: 20_000,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) =>
    child.on('close', (status) => done({ status, output, seconds: (performance.now() - started) / 1000 })),
  );
}

const NO_CHROMIUM = '/nonexistent/vikno-test/chromium';
// An executable file that exists: what the preflight checks of a browser before the tests launch it.
const SOME_EXECUTABLE = process.execPath;

describe('npm test on a machine that lacks what the tests need', () => {
  it('stops before the install and the checks when Chromium is missing, saying what to install in English and Ukrainian', async () => {
    const run = await node(['scripts/bootstrap.mjs', 'check'], {
      CHROMIUM_PATH: NO_CHROMIUM,
      CI: undefined,
      DATABASE_URL: undefined,
    });
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(10);
    expect(run.output).toContain(`no executable at ${NO_CHROMIUM}`);
    expect(run.output).toContain(`за шляхом ${NO_CHROMIUM} немає виконуваного файлу`);
    expect(run.output).toContain('apt-get install chromium');
  });

  it('stops under CI without DATABASE_URL, which the vendor backend tests would refuse only minutes in', async () => {
    const run = await node(['scripts/preflight.mjs'], {
      CHROMIUM_PATH: SOME_EXECUTABLE,
      CI: 'true',
      DATABASE_URL: undefined,
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('DATABASE_URL is not set');
    expect(run.output).toContain('DATABASE_URL не задано');
    expect(run.output).not.toContain('Chromium');
  });

  it('stops when DATABASE_URL names a server where no PostgreSQL answers, never printing the URL and its password', async () => {
    // Port 1 on loopback: nothing listens there.
    const run = await node(['scripts/preflight.mjs'], {
      CHROMIUM_PATH: SOME_EXECUTABLE,
      DATABASE_URL: 'postgres://vikno:secret-password@127.0.0.1:1/vikno_test',
    });
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(10);
    expect(run.output).toContain('no PostgreSQL server answers there');
    expect(run.output).toContain('сервер PostgreSQL там не відповідає');
    expect(run.output).toContain('127.0.0.1:1');
    expect(run.output).not.toContain('secret-password');
  });

  it('stops when DATABASE_URL is not a PostgreSQL URL', async () => {
    const run = await node(['scripts/preflight.mjs'], {
      CHROMIUM_PATH: SOME_EXECUTABLE,
      DATABASE_URL: 'mysql://root@127.0.0.1/x',
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('DATABASE_URL is not a PostgreSQL URL');
    expect(run.output).toContain('DATABASE_URL — не URL PostgreSQL');
  });

  it('passes silently outside CI with a browser and no database (the backend tests then run on PGlite)', async () => {
    const run = await node(['scripts/preflight.mjs'], {
      CHROMIUM_PATH: SOME_EXECUTABLE,
      CI: undefined,
      DATABASE_URL: undefined,
    });
    expect(run).toMatchObject({ status: 0, output: '' });
  });

  it.runIf(process.env.DATABASE_URL)(
    'passes under CI when DATABASE_URL names a PostgreSQL server that answers',
    async () => {
      const run = await node(['scripts/preflight.mjs'], { CHROMIUM_PATH: SOME_EXECUTABLE, CI: 'true' });
      expect(run).toMatchObject({ status: 0, output: '' });
    },
  );
});
