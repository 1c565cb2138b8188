// Entry point of the README's two commands (`npm run demo`, `npm test`) on a machine that has only Node and
// npm: checks the machine for what the tests need (before `check`), finds pnpm 10 (or runs it through npx),
// installs the workspace, then runs the named root script.
import { spawnSync } from 'node:child_process';
import { preflight } from './preflight.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Vikno needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  console.error(`Vikno потребує Node.js 20.19 або новішого; встановлено ${process.versions.node}.`);
  process.exit(1);
}

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <root script>');
  process.exit(2);
}

// The tests need Chromium (and, under CI, PostgreSQL): say so now, before the install and the minutes of checks.
if (script === 'check') await preflight();

const PNPM_VERSION = '10.34.9';
const shell = process.platform === 'win32';

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [pnpm, ...pnpmArgs] = pnpmCommand();
run(pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--reporter=silent']);
run(pnpm, [...pnpmArgs, 'run', '--silent', script, ...process.argv.slice(3)]);
