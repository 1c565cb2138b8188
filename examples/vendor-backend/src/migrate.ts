// The backend's migrations, run as their own step, with the same settings as the backend (DATABASE_URL or
// DATA_DIR, and for `cases` the keys: see keys.ts):
//
//   pnpm --filter @vikno/example-vendor-backend migrate          # runs the pending migrations of migrations/
//   pnpm --filter @vikno/example-vendor-backend migrate:status   # lists them; exits 1 when one is pending
//   pnpm --filter @vikno/example-vendor-backend migrate-cases    # signs cases an older backend stored (below)
//
// `migrate-cases` migrates the cases an older backend stored (@vikno/workflows 1: a public checksum, no key) to
// the keyed format, once: it prints one line per case it could not migrate (id, and the check it failed), and a
// count of the others.
import { pathToFileURL } from 'node:url';
import { CaseStore } from './cases.js';
import { type Database, type MigrationOptions, migrateDatabase, openDatabase, schemaStatus } from './db.js';
import { caseKeysFromEnvironment } from './keys.js';

/** What `migrate.ts` is asked to do. */
export type MigrateCommand = 'up' | 'status' | 'cases';

/**
 * Runs one migration command on `db`, printing what it did through `print`. Returns the exit code: 0, or 1 for
 * `status` when a migration is pending.
 *
 * @example
 * ```ts
 * const code = await runMigrateCommand('status', db, console.log, process.env);
 * ```
 */
export async function runMigrateCommand(
  command: MigrateCommand,
  db: Database,
  print: (line: string) => void,
  env: Readonly<Record<string, string | undefined>>,
  options: MigrationOptions = {},
): Promise<number> {
  if (command === 'up') {
    const started = performance.now();
    const ran = await migrateDatabase(db, options);
    const took = `${Math.round(performance.now() - started)} ms`;
    for (const name of ran) print(`applied ${name}`);
    print(ran.length === 0 ? 'the schema is current: nothing to apply' : `applied ${ran.length} in ${took}`);
    return 0;
  }
  if (command === 'status') {
    const { applied, pending } = await schemaStatus(db, options);
    for (const name of applied) print(`applied  ${name}`);
    for (const name of pending) print(`pending  ${name}`);
    print(pending.length === 0 ? 'the schema is current' : `${pending.length} pending`);
    return pending.length === 0 ? 0 : 1;
  }
  await migrateDatabase(db, options);
  const store = new CaseStore(db, 'migrate-cases', { keys: caseKeysFromEnvironment(env).keys });
  const { migrated, skipped } = await store.migrateLegacyCases();
  for (const { caseId, code, path } of skipped) print(`set aside ${caseId}: ${code} at ${path}`);
  print(`migrated ${migrated} case(s); set aside ${skipped.length}`);
  return 0;
}

const COMMANDS: readonly MigrateCommand[] = ['up', 'status', 'cases'];

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const command = process.argv.slice(2).find((arg) => arg !== '--') ?? 'up';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    console.error(`migrate: give one of ${COMMANDS.join(', ')}`);
    process.exit(2);
  }
  const env = process.env;
  const db = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname,
    migrate: false,
  });
  try {
    process.exitCode = await runMigrateCommand(command as MigrateCommand, db, console.log, env);
  } finally {
    await db.close();
  }
}
