// One small interface over the two PostgreSQLs the backend runs on: embedded PGlite (the default, nothing to
// install) and a real server through `pg` when DATABASE_URL is set. Both speak the same SQL, so the rest of the
// backend never asks which one it has.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateDelivery } from './delivery-schema.js';

/** What a query returns. */
export interface Rows<T> {
  readonly rows: T[];
}

/** The queries the backend runs, inside or outside a transaction. */
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<Rows<T>>;
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
}

/** Opens the database and creates the backend's tables when they are missing. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db = options.url ? postgres(options.url) : pglite(options.dataDir);
  await migrate(db);
  return db;
}

function pglite(dataDir: string | undefined): Database {
  const lite = dataDir ? new PGlite(dataDir) : new PGlite();
  return {
    kind: 'pglite',
    query: (sql, params) => lite.query(sql, params ? [...params] : undefined),
    transaction: (work) =>
      lite.transaction((tx) =>
        work({ query: (sql, params) => tx.query(sql, params ? [...params] : undefined) }),
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
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params) => query(client, sql, params) });
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

// Audit times and term days are kept as the text the SDK produced (ISO instants, civil dates), so nothing is
// shifted by a driver's idea of time zones. A case whose TICK the SDK refused is marked with that day
// (`tick_refused_on`) so the tick does not retry it until another day. A case that fails to restore is set aside with when and why
// (`quarantined_at`, `quarantine_reason`: the SDK error's code and path); clearing `quarantined_at` after a repair
// gives it back to the tick. The `alter table`s bring a database made before those columns up to date.
// `next_tick_on` is the first day a tick would change the case (`nextTermChange` of @vikno/workflows), written with
// every change; `vikno_case_next_tick` is the tick's claim (cases.ts `TICK_CLAIM`): its filter and order, so a
// batch starts at the first case due instead of walking past those already ticked today. `derived` is the version
// of such columns a row was written with (cases.ts `DERIVED_VERSION`, the number in `vikno_case_underived_3`): null
// in a row written before them, which the tick's backfill brings up to date. `record` is the case's `caseRecord` of
// @vikno/monitoring (what reports fold, never the snapshot), and `office`, `provider_office`, `received_on` (with
// `service_id` and `model`) the columns a report filters on, each indexed with the day.
const SCHEMA = `
  create table if not exists vikno_case (
    id text primary key,
    service_id text not null,
    model text not null,
    state text not null,
    persisted jsonb not null,
    running_terms boolean not null,
    ticked_on text,
    version integer not null,
    updated_at text not null,
    tick_refused_on text,
    quarantined_at text,
    quarantine_reason text
  );
  alter table vikno_case add column if not exists tick_refused_on text;
  alter table vikno_case add column if not exists quarantined_at text;
  alter table vikno_case add column if not exists quarantine_reason text;
  alter table vikno_case add column if not exists next_tick_on text;
  alter table vikno_case add column if not exists derived smallint;
  drop index if exists vikno_case_tick;
  drop index if exists vikno_case_claim;
  create index if not exists vikno_case_next_tick on vikno_case (next_tick_on, id)
    where running_terms and quarantined_at is null;
  alter table vikno_case add column if not exists record jsonb;
  alter table vikno_case add column if not exists office text;
  alter table vikno_case add column if not exists provider_office text;
  alter table vikno_case add column if not exists received_on text;
  drop index if exists vikno_case_underived;
  drop index if exists vikno_case_underived_2;
  create index if not exists vikno_case_underived_3 on vikno_case (id) where derived is distinct from 3;
  create index if not exists vikno_case_received on vikno_case (received_on);
  create index if not exists vikno_case_office on vikno_case (office, received_on);
  create index if not exists vikno_case_provider on vikno_case (provider_office, received_on);
  create index if not exists vikno_case_service on vikno_case (service_id, received_on);
  create index if not exists vikno_case_model on vikno_case (model, received_on);
  create table if not exists vikno_audit (
    case_id text not null references vikno_case (id),
    seq integer not null,
    type text not null,
    at text not null,
    role text not null,
    actor_id text not null,
    office text not null,
    primary key (case_id, seq)
  );
  create table if not exists vikno_outbox (
    id bigserial primary key,
    case_id text not null references vikno_case (id),
    event jsonb not null,
    raised_at text not null,
    instance text not null
  );
`;

async function migrate(db: Database): Promise<void> {
  // Two instances starting together on one server would race on `create table if not exists`; an advisory lock
  // held for the migration's transaction serialises them.
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7240130)');
    for (const statement of SCHEMA.split(';').filter((part) => part.trim())) await tx.query(statement);
    await migrateDelivery(tx);
  });
}
