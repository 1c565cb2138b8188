// What `npm test` needs from the machine besides Node, checked in seconds before the minutes of the run, so a
// missing browser or database stops it at the start with what to install rather than at step 7 of 9.
// Plain Node, no dependencies: it runs before `pnpm install`.
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import { pathToFileURL } from 'node:url';

/** Where the browser tests look for Chromium (scripts/browser.ts reads the same variable). */
export function chromiumPath(env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * A PostgreSQL server answers at host:port within `ms`: it replies to the protocol's SSLRequest with one byte,
 * `S` or `N` (a bare TCP connect proves little where a proxy accepts every connection).
 */
function postgresAnswers(host, port, ms) {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(ms, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => {
      const sslRequest = Buffer.alloc(8);
      sslRequest.writeInt32BE(8, 0);
      sslRequest.writeInt32BE(80877103, 4);
      socket.write(sslRequest);
    });
    socket.once('data', (reply) => finish(reply.length === 1 && (reply[0] === 0x53 || reply[0] === 0x4e)));
  });
}

/**
 * The problems that would fail the run later, each in English and Ukrainian with the way to fix it; empty when
 * the machine has what the tests need. `env` is the environment the tests will run in.
 */
export async function machineProblems(env, { timeoutMs = 3000 } = {}) {
  const problems = [];
  const chromium = chromiumPath(env);
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    problems.push({
      en: `The browser tests need Chromium, and there is no executable at ${chromium}. Install Debian's package (apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary.`,
      uk: `Браузерним тестам потрібен Chromium, а за шляхом ${chromium} немає виконуваного файлу. Встановіть пакет Debian (apt-get install chromium) або задайте CHROMIUM_PATH — шлях до Chromium.`,
    });
  }

  const url = env.DATABASE_URL;
  if (!url) {
    // The same test as examples/vendor-backend/test/support.ts, which refuses CI without it minutes later.
    if (env.CI) {
      problems.push({
        en: 'Under CI the vendor backend tests run against a real PostgreSQL, and DATABASE_URL is not set. Install and start PostgreSQL (apt-get install postgresql) and set DATABASE_URL=postgres://user:password@127.0.0.1:5432/database; .ci/run does both.',
        uk: 'У CI тести бекенду постачальника працюють зі справжнім PostgreSQL, а DATABASE_URL не задано. Встановіть і запустіть PostgreSQL (apt-get install postgresql) і задайте DATABASE_URL=postgres://user:password@127.0.0.1:5432/database; .ci/run робить і те, і те.',
      });
    }
    return problems;
  }
  let server;
  try {
    server = new URL(url);
  } catch {
    server = undefined;
  }
  // The value holds a password: messages name only the host and port, never the URL.
  if (!server || !['postgres:', 'postgresql:'].includes(server.protocol)) {
    problems.push({
      en: 'DATABASE_URL is not a PostgreSQL URL (postgres://user:password@host:port/database).',
      uk: 'DATABASE_URL — не URL PostgreSQL (postgres://user:password@host:port/database).',
    });
  } else if (server.hostname) {
    // A URL without a host connects through a Unix socket, which the driver finds; only TCP is probed here.
    const host = server.hostname.replace(/^\[|\]$/g, '');
    const port = Number(server.port || 5432);
    if (!(await postgresAnswers(host, port, timeoutMs))) {
      problems.push({
        en: `DATABASE_URL names a PostgreSQL server at ${host}:${port}, and no PostgreSQL server answers there. Start it (pg_ctlcluster <version> main start; see pg_lsclusters), or unset DATABASE_URL outside CI to test on the embedded PGlite only.`,
        uk: `DATABASE_URL вказує на сервер PostgreSQL за адресою ${host}:${port}, але сервер PostgreSQL там не відповідає. Запустіть його (pg_ctlcluster <версія> main start; див. pg_lsclusters) або поза CI приберіть DATABASE_URL, щоб тестувати лише на вбудованому PGlite.`,
      });
    }
  }
  return problems;
}

/** The problems as the text printed before stopping. */
export function describeProblems(problems) {
  return [
    'npm test cannot run on this machine yet:',
    ...problems.map((problem) => `- ${problem.en}`),
    '',
    'npm test поки не може працювати на цій машині:',
    ...problems.map((problem) => `- ${problem.uk}`),
  ].join('\n');
}

/** Prints the problems and exits 1 when there are any. */
export async function preflight(env = process.env) {
  const problems = await machineProblems(env);
  if (problems.length === 0) return;
  console.error(describeProblems(problems));
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await preflight();
