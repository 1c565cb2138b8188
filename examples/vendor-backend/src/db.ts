// One small interface over the two PostgreSQLs the backend runs on: embedded PGlite (the default, nothing to
// install) and a real server through `pg` when DATABASE_URL is set. Both speak the same SQL, so the rest of the
// backend never asks which one it has.
//
// The schema is made by the SQL files of `migrations/` (0001_cases.sql, …), run in their order by umzug and
// recorded in `vikno_migration`: see `migrateDatabase`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { Umzug, type UmzugStorage } from 'umzug';

/** What a query returns. */
export interface Rows<T> {
  readonly rows: T[];
}

/** The queries the backend runs, inside or outside a transaction. */
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<Rows<T>>;
  /** Runs SQL without parameters, several statements separated by semicolons (a migration's file). */
  exec(sql: string): Promise<void>;
}

/** A database: queries, transactions, and closing. */
export interface Database extends Queryable {
  /** `pglite` or `postgres`, for logs and tests. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, a PGlite folder, or neither (PGlite in memory). */
export interface DatabaseOptions {
  readonly url?: string | undefined;
  readonly dataDir?: string | undefined;
  /** Run the pending migrations once opened (true); false leaves the schema as it is, for `schemaStatus`. */
  readonly migrate?: boolean | undefined;
}

/**
 * Opens the database and, unless `options.migrate` is false, brings its schema up to date (`migrateDatabase`).
 *
 * @example
 * ```ts
 * const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: '.data' });
 * ```
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db = options.url ? postgres(options.url) : pglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await migrateDatabase(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

function pglite(dataDir: string | undefined): Database {
  const lite = dataDir ? new PGlite(dataDir) : new PGlite();
  return {
    kind: 'pglite',
    query: (sql, params) => lite.query(sql, params ? [...params] : undefined),
    exec: async (sql) => void (await lite.exec(sql)),
    transaction: (work) =>
      lite.transaction((tx) =>
        work({
          query: (sql, params) => tx.query(sql, params ? [...params] : undefined),
          exec: async (sql) => void (await tx.exec(sql)),
        }),
      ),
    close: () => lite.close(),
  };
}

function postgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  const query = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    const result = await client.query(sql, params ? [...params] : undefined);
    return { rows: result.rows as T[] };
  };
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    // Without parameters `pg` sends the simple protocol, which takes several statements.
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: (sql, params) => query(client, sql, params),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The backend's migrations: the SQL files beside `src/` and `dist/`, so found from either. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Where the migrations are read from; the backend's own unless a test gives another folder. */
export interface MigrationOptions {
  readonly folder?: string | undefined;
}

/** The migrations recorded in a database, and those of the folder it has not had yet. */
export interface SchemaStatus {
  /** No migration of the folder is pending: the backend may use this database. */
  readonly current: boolean;
  /** Every migration recorded in the database, in their order (some may be a newer backend's). */
  readonly applied: string[];
  /** The folder's migrations the database has not had, in the order they will run. */
  readonly pending: string[];
}

/** A migration file's name: four digits, an underscore, lower-case words, `.sql`. */
const MIGRATION_NAME = /^\d{4}_[a-z0-9_]+\.sql$/;

/** The advisory lock every migration takes (the same key the backend took before it had migrations). */
const MIGRATION_LOCK = 7240130;

/** Why the migrations cannot run, or why the backend will not start on this schema. */
export class MigrationSettingError extends Error {
  override readonly name = 'MigrationSettingError';
}

/** The folder's migration names in their order; a `.sql` file not named as one is refused, never skipped. */
function migrationNames(folder: string): string[] {
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  const misnamed = names.find((name) => !MIGRATION_NAME.test(name));
  if (misnamed !== undefined) {
    throw new MigrationSettingError(
      `${misnamed} in ${folder}: a migration is named like 0003_what_it_does.sql`,
    );
  }
  return names;
}

const STORAGE_TABLE = `create table if not exists vikno_migration (
  name text primary key,
  applied_at timestamptz not null default now(),
  sha256 text not null
)`;

/** The names recorded in `vikno_migration`, none when the table is not there yet. */
async function appliedNames(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ present: boolean }>(
    "select to_regclass('vikno_migration') is not null as present",
  );
  if (!rows[0]?.present) return [];
  const applied = await db.query<{ name: string }>('select name from vikno_migration order by name');
  return applied.rows.map((row) => row.name);
}

/**
 * Which migrations `db` has had and which it lacks. A database an earlier backend made (its tables, no
 * `vikno_migration`) has every migration pending: `migrateDatabase` adopts it.
 *
 * @example
 * ```ts
 * const { current, pending } = await schemaStatus(db);
 * if (!current) console.log(`pending: ${pending.join(', ')}`);
 * ```
 */
export async function schemaStatus(db: Queryable, options: MigrationOptions = {}): Promise<SchemaStatus> {
  const names = migrationNames(options.folder ?? MIGRATIONS_FOLDER);
  const applied = await appliedNames(db);
  const done = new Set(applied);
  const pending = names.filter((name) => !done.has(name));
  return { current: pending.length === 0, applied, pending };
}

/**
 * Runs the pending migrations of the folder, in one transaction under an advisory lock: all of them or none, and
 * an instance starting while another migrates waits, then finds them applied and runs nothing. Each is recorded
 * in `vikno_migration` with its file's SHA-256. Returns the names it ran (none when the schema was current).
 *
 * @example
 * ```ts
 * const ran = await migrateDatabase(db); // ['0001_cases.sql', '0002_delivery.sql'] on an empty database
 * ```
 */
export async function migrateDatabase(db: Database, options: MigrationOptions = {}): Promise<string[]> {
  const folder = options.folder ?? MIGRATIONS_FOLDER;
  const names = migrationNames(folder);
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(STORAGE_TABLE);
    const sql = new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
    const storage: UmzugStorage<Queryable> = {
      executed: async () => appliedNames(tx),
      async logMigration({ name }) {
        const digest = createHash('sha256')
          .update(sql.get(name) ?? '')
          .digest('hex');
        await tx.query('insert into vikno_migration (name, sha256) values ($1, $2)', [name, digest]);
      },
      async unlogMigration({ name }) {
        await tx.query('delete from vikno_migration where name = $1', [name]);
      },
    };
    const umzug = new Umzug<Queryable>({
      migrations: names.map((name) => ({
        name,
        path: join(folder, name),
        up: ({ context }) => context.exec(sql.get(name) ?? ''),
      })),
      context: tx,
      storage,
      logger: undefined,
    });
    const ran = await umzug.up();
    return ran.map((migration) => migration.name);
  });
}

/**
 * Whether the server migrates when it starts: `MIGRATE_ON_START` (`true` or `false`) when set; otherwise yes
 * outside production (a developer's database follows the code) and no in production, where the migrations are
 * run as their own step (`pnpm … migrate`) before the new version starts.
 *
 * @example
 * ```ts
 * migratesOnStart({ NODE_ENV: 'production' }); //=> false
 * migratesOnStart({ NODE_ENV: 'production', MIGRATE_ON_START: 'true' }); //=> true
 * ```
 */
export function migratesOnStart(env: Readonly<Record<string, string | undefined>>): boolean {
  const setting = env.MIGRATE_ON_START?.trim();
  if (setting === 'true') return true;
  if (setting === 'false') return false;
  if (setting) throw new MigrationSettingError('MIGRATE_ON_START is set to neither true nor false');
  return env.NODE_ENV !== 'production';
}

/**
 * Makes the schema ready for the server: runs the pending migrations when `migrate`, otherwise refuses
 * (`MigrationSettingError`, naming them and the command that runs them) a database that has any pending.
 * Returns the migrations it ran.
 *
 * @example
 * ```ts
 * const ran = await prepareSchema(db, { migrate: migratesOnStart(process.env) });
 * ```
 */
export async function prepareSchema(
  db: Database,
  options: MigrationOptions & { readonly migrate: boolean },
): Promise<string[]> {
  if (options.migrate) return migrateDatabase(db, options);
  const { current, pending } = await schemaStatus(db, options);
  if (current) return [];
  throw new MigrationSettingError(
    `${pending.length} migration(s) pending (${pending.join(', ')}): run ` +
      '`pnpm --filter @vikno/example-vendor-backend migrate` first, or set MIGRATE_ON_START=true',
  );
}
