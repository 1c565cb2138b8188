// The schema's migrations (migrations/*.sql through db.ts's migrateDatabase): a database an earlier backend made
// is adopted with its rows, running them again does nothing, a failing one leaves nothing behind, and two instances
// migrating at once run each migration once. On PGlite, and on a PostgreSQL server when DATABASE_URL is set.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Database,
  MIGRATIONS_FOLDER,
  MigrationSettingError,
  migrateDatabase,
  migratesOnStart,
  openDatabase,
  prepareSchema,
  schemaStatus,
} from '../src/db.js';
import { runMigrateCommand } from '../src/migrate.js';

// Most tests start one or two PGlite databases, seconds each when the machine is busy (35 s seen on two CPUs at a
// load of 15): more room than the project's 30 s.
vi.setConfig({ testTimeout: 90_000 });

/** The schema as the backend made it before migrations, copied from db.ts and delivery-schema.ts of that time. */
const SCHEMA_BEFORE_MIGRATIONS = readFileSync(
  new URL('./fixtures/schema-before-migrations.sql', import.meta.url),
  'utf8',
);
const MIGRATIONS = ['0001_cases.sql', '0002_delivery.sql'];

interface Place {
  readonly name: string;
  /** A new, empty database (or schema), its migrations not run. */
  empty(schema: string): Promise<Database>;
  /** Another connection to the schema `empty` made; PGlite has one per process. */
  again?(schema: string): Promise<Database>;
}

const places: Place[] = [{ name: 'PGlite', empty: () => openDatabase({ migrate: false }) }];
const url = process.env.DATABASE_URL;
if (url) {
  const inSchema = (schema: string) => {
    const address = new URL(url);
    address.searchParams.set('options', `-c search_path=${schema}`);
    return address.toString();
  };
  places.push({
    name: 'PostgreSQL server',
    async empty(schema) {
      const admin = await openDatabase({ url, migrate: false });
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.query(`create schema ${schema}`);
      await admin.close();
      return openDatabase({ url: inSchema(schema), migrate: false });
    },
    again: (schema) => openDatabase({ url: inSchema(schema), migrate: false }),
  });
}

/** The tables' columns, constraints and indexes, as the catalog tells them, without the migrations' own table. */
async function catalog(db: Database): Promise<string[]> {
  const columns = await db.query<{ line: string }>(
    `select concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default) as line
       from information_schema.columns
      where table_schema = current_schema() and table_name <> 'vikno_migration'`,
  );
  const constraints = await db.query<{ line: string }>(
    `select concat_ws(' ', conrelid::regclass::text, conname, pg_get_constraintdef(oid)) as line
       from pg_constraint
      where connamespace = current_schema()::regnamespace and conrelid::regclass::text <> 'vikno_migration'`,
  );
  const indexes = await db.query<{ line: string }>(
    `select replace(indexdef, current_schema() || '.', '') as line
       from pg_indexes
      where schemaname = current_schema() and tablename <> 'vikno_migration'`,
  );
  return [...columns.rows, ...constraints.rows, ...indexes.rows].map((row) => row.line).sort();
}

async function recorded(db: Database): Promise<{ name: string; applied_at: string; sha256: string }[]> {
  const { rows } = await db.query<{ name: string; applied_at: string; sha256: string }>(
    'select name, applied_at::text, sha256 from vikno_migration order by name',
  );
  return rows;
}

/** A folder of migrations: the backend's own, then `extra` (name → SQL). */
function folderWith(extra: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'vikno-migrations-'));
  for (const name of MIGRATIONS) copyFileSync(join(MIGRATIONS_FOLDER, name), join(folder, name));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(folder, name), sql);
  folders.push(folder);
  return folder;
}

const open: Database[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe.each(places)('migrations on $name', (place) => {
  const empty = async (schema: string) => {
    const db = await place.empty(schema);
    open.push(db);
    return db;
  };

  it('make on an empty database the schema the backend made before it had migrations, and record them', async () => {
    const before = await empty('migrations_before');
    await before.exec(SCHEMA_BEFORE_MIGRATIONS);
    const fresh = await empty('migrations_fresh');
    expect(await schemaStatus(fresh)).toEqual({ current: false, applied: [], pending: MIGRATIONS });

    expect(await migrateDatabase(fresh)).toEqual(MIGRATIONS);

    expect(await catalog(fresh)).toEqual(await catalog(before));
    expect(await schemaStatus(fresh)).toEqual({ current: true, applied: MIGRATIONS, pending: [] });
    expect((await recorded(fresh)).map((row) => row.sha256)).toEqual(
      await Promise.all(
        MIGRATIONS.map(async (name) => {
          const { createHash } = await import('node:crypto');
          return createHash('sha256')
            .update(readFileSync(join(MIGRATIONS_FOLDER, name)))
            .digest('hex');
        }),
      ),
    );
  });

  it('adopt a database an earlier backend made, keeping its rows', async () => {
    const db = await empty('migrations_adopt');
    await db.exec(SCHEMA_BEFORE_MIGRATIONS);
    await db.exec(`
      insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at, office)
        values ('C-1', 'birth-assistance', 'I', 'registered', '{"v": 2}', true, 3, '2026-03-02T09:00:00.000Z', 'cnap-1');
      insert into vikno_audit (case_id, seq, type, at, role, actor_id, office)
        values ('C-1', 1, 'CASE.RECEIVED', '2026-03-02T09:00:00.000Z', 'cnapAdministrator', 'a-1', 'cnap-1');
      insert into vikno_outbox (case_id, event, raised_at, instance, attempts)
        values ('C-1', '{"type": "deadline.atRisk"}', '2026-03-02T09:00:00.000Z', 'old', 2);
      insert into vikno_access_code (case_id, case_number, code_hash, issued_at)
        values ('C-1', 'N-1', 'hash', '2026-03-02T09:00:00.000Z');
    `);
    const before = await catalog(db);
    expect(await schemaStatus(db)).toEqual({ current: false, applied: [], pending: MIGRATIONS });

    expect(await migrateDatabase(db)).toEqual(MIGRATIONS);

    expect(await catalog(db)).toEqual(before);
    const cases = await db.query('select id, state, persisted, office from vikno_case');
    expect(cases.rows).toEqual([{ id: 'C-1', state: 'registered', persisted: { v: 2 }, office: 'cnap-1' }]);
    expect((await db.query('select case_id, seq, actor_id from vikno_audit')).rows).toEqual([
      { case_id: 'C-1', seq: 1, actor_id: 'a-1' },
    ]);
    expect((await db.query('select case_id, attempts, event from vikno_outbox')).rows).toEqual([
      { case_id: 'C-1', attempts: 2, event: { type: 'deadline.atRisk' } },
    ]);
    expect((await db.query('select case_number from vikno_access_code')).rows).toEqual([
      { case_number: 'N-1' },
    ]);
    expect((await recorded(db)).map((row) => row.name)).toEqual(MIGRATIONS);
    expect(await schemaStatus(db)).toEqual({ current: true, applied: MIGRATIONS, pending: [] });
  });

  it('adopt a database of an older backend still, adding the columns it lacked', async () => {
    const db = await empty('migrations_older');
    // The first tables the backend had: no quarantine, no derived columns, no delivery state.
    await db.exec(`
      create table vikno_case (id text primary key, service_id text not null, model text not null,
        state text not null, persisted jsonb not null, running_terms boolean not null, ticked_on text,
        version integer not null, updated_at text not null);
      create table vikno_audit (case_id text not null references vikno_case (id), seq integer not null,
        type text not null, at text not null, role text not null, actor_id text not null, office text not null,
        primary key (case_id, seq));
      create table vikno_outbox (id bigserial primary key, case_id text not null references vikno_case (id),
        event jsonb not null, raised_at text not null, instance text not null);
      insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
        values ('C-1', 'birth-assistance', 'I', 'registered', '{}', true, 1, '2026-03-02T09:00:00.000Z');
      insert into vikno_outbox (case_id, event, raised_at, instance)
        values ('C-1', '{}', '2026-03-02T09:00:00.000Z', 'old');
    `);

    await migrateDatabase(db);

    const reference = await empty('migrations_reference');
    await reference.exec(SCHEMA_BEFORE_MIGRATIONS);
    expect(await catalog(db)).toEqual(await catalog(reference));
    expect((await db.query('select id, quarantined_at, derived from vikno_case')).rows).toEqual([
      { id: 'C-1', quarantined_at: null, derived: null },
    ]);
    expect((await db.query('select attempts, delivered_at from vikno_outbox')).rows).toEqual([
      { attempts: 0, delivered_at: null },
    ]);
  });

  it('do nothing when run again', async () => {
    const db = await empty('migrations_twice');
    await migrateDatabase(db);
    const schema = await catalog(db);
    const log = await recorded(db);

    expect(await migrateDatabase(db)).toEqual([]);

    expect(await catalog(db)).toEqual(schema);
    expect(await recorded(db)).toEqual(log);
  });

  it('run only the migrations a database has not had, in their order', async () => {
    const db = await empty('migrations_later');
    await migrateDatabase(db);
    const folder = folderWith({
      '0004_second.sql': 'insert into vikno_note (line) values (2);',
      '0003_first.sql': 'create table vikno_note (line integer not null); insert into vikno_note values (1);',
    });
    expect(await schemaStatus(db, { folder })).toEqual({
      current: false,
      applied: MIGRATIONS,
      pending: ['0003_first.sql', '0004_second.sql'],
    });

    expect(await migrateDatabase(db, { folder })).toEqual(['0003_first.sql', '0004_second.sql']);

    expect((await db.query('select line from vikno_note order by line')).rows).toEqual([
      { line: 1 },
      { line: 2 },
    ]);
    expect((await schemaStatus(db, { folder })).current).toBe(true);
  });

  it('leave nothing of a run whose migration fails, and record none of it', async () => {
    const db = await empty('migrations_failing');
    const folder = folderWith({
      '0003_fine.sql': 'create table vikno_note (line integer);',
      '0004_broken.sql': 'alter table vikno_note add column more integer; select * from no_such_table;',
    });

    await expect(migrateDatabase(db, { folder })).rejects.toThrow(/0004_broken\.sql/);

    expect(await schemaStatus(db, { folder })).toEqual({
      current: false,
      applied: [],
      pending: [...MIGRATIONS, '0003_fine.sql', '0004_broken.sql'],
    });
    const tables = await db.query("select to_regclass('vikno_case') as c, to_regclass('vikno_note') as n");
    expect(tables.rows).toEqual([{ c: null, n: null }]);
  });

  it('refuse a .sql file not named as a migration, rather than skip it', async () => {
    const db = await empty('migrations_misnamed');
    const folder = folderWith({ 'add-notes.sql': 'create table vikno_note (line integer);' });

    await expect(migrateDatabase(db, { folder })).rejects.toThrow(MigrationSettingError);
    await expect(schemaStatus(db, { folder })).rejects.toThrow(/0003_what_it_does\.sql/);
    expect((await db.query("select to_regclass('vikno_note') as n")).rows).toEqual([{ n: null }]);
  });

  // PGlite is one connection in one process: there, nothing migrates at once.
  it.skipIf(!place.again)('run each migration once when two instances migrate at once', async () => {
    const first = await empty('migrations_race');
    const second = await (place.again as NonNullable<Place['again']>)('migrations_race');
    open.push(second);
    // Without the lock both would find it pending while the other sleeps, and the second insert would fail on the
    // primary key of vikno_migration (or, on a slower second, write the note twice).
    const folder = folderWith({
      '0003_once.sql':
        'create table if not exists vikno_note (line integer); insert into vikno_note values (1); select pg_sleep(0.3);',
    });

    const runs = await Promise.all([migrateDatabase(first, { folder }), migrateDatabase(second, { folder })]);

    expect(runs.map((names) => names.length).sort()).toEqual([0, 3]);
    expect((await first.query('select count(*)::int as n from vikno_note')).rows).toEqual([{ n: 1 }]);
    expect((await recorded(first)).map((row) => row.name)).toEqual([...MIGRATIONS, '0003_once.sql']);
  });
});

describe('openDatabase', () => {
  it('migrates unless told not to', async () => {
    const migrated = await openDatabase();
    open.push(migrated);
    expect(await schemaStatus(migrated)).toEqual({ current: true, applied: MIGRATIONS, pending: [] });
    const left = await openDatabase({ migrate: false });
    open.push(left);
    expect(await schemaStatus(left)).toEqual({ current: false, applied: [], pending: MIGRATIONS });
  });
});

describe('the server at start', () => {
  it('migrates outside production and not in it, unless MIGRATE_ON_START says', () => {
    expect(migratesOnStart({})).toBe(true);
    expect(migratesOnStart({ NODE_ENV: 'development' })).toBe(true);
    expect(migratesOnStart({ NODE_ENV: 'production' })).toBe(false);
    expect(migratesOnStart({ NODE_ENV: 'production', MIGRATE_ON_START: 'true' })).toBe(true);
    expect(migratesOnStart({ MIGRATE_ON_START: 'false' })).toBe(false);
    expect(() => migratesOnStart({ MIGRATE_ON_START: 'yes please 0123' })).toThrow(MigrationSettingError);
    expect(() => migratesOnStart({ MIGRATE_ON_START: 'yes please 0123' })).not.toThrow(/please|0123/);
  });

  it('answers any MIGRATE_ON_START and NODE_ENV with a yes or no, or its own error, never quoting the value', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), (setting, nodeEnv) => {
        const env = { MIGRATE_ON_START: setting ?? undefined, NODE_ENV: nodeEnv ?? undefined };
        try {
          expect(typeof migratesOnStart(env)).toBe('boolean');
        } catch (error) {
          expect(error).toBeInstanceOf(MigrationSettingError);
          // One fixed sentence, whatever was set.
          expect((error as Error).message).toBe('MIGRATE_ON_START is set to neither true nor false');
        }
      }),
    );
  });

  it('refuses a database with a migration pending when it does not migrate, naming them and the command', async () => {
    const db = await openDatabase({ migrate: false });
    open.push(db);

    await expect(prepareSchema(db, { migrate: false })).rejects.toThrow(
      /2 migration\(s\) pending \(0001_cases\.sql, 0002_delivery\.sql\).*migrate/,
    );
    expect(await schemaStatus(db)).toMatchObject({ applied: [] });

    expect(await prepareSchema(db, { migrate: true })).toEqual(MIGRATIONS);
    expect(await prepareSchema(db, { migrate: false })).toEqual([]);
  });
});

describe('migrate.ts', () => {
  const run = async (command: 'up' | 'status' | 'cases', db: Database, folder?: string) => {
    const lines: string[] = [];
    const code = await runMigrateCommand(command, db, (line) => lines.push(line), {}, { folder });
    return { code, lines };
  };

  it('status lists applied and pending, and exits 1 while one is pending', async () => {
    const db = await openDatabase({ migrate: false });
    open.push(db);
    expect(await run('status', db)).toEqual({
      code: 1,
      lines: ['pending  0001_cases.sql', 'pending  0002_delivery.sql', '2 pending'],
    });

    const up = await run('up', db);
    expect(up.code).toBe(0);
    expect(up.lines.slice(0, 2)).toEqual(['applied 0001_cases.sql', 'applied 0002_delivery.sql']);
    expect(up.lines[2]).toMatch(/^applied 2 in \d+ ms$/);

    expect(await run('status', db)).toEqual({
      code: 0,
      lines: ['applied  0001_cases.sql', 'applied  0002_delivery.sql', 'the schema is current'],
    });
    expect(await run('up', db)).toEqual({ code: 0, lines: ['the schema is current: nothing to apply'] });
  });

  it('cases migrates the schema, then the legacy cases (none here)', async () => {
    const db = await openDatabase({ migrate: false });
    open.push(db);
    expect(await run('cases', db)).toEqual({ code: 0, lines: ['migrated 0 case(s); set aside 0'] });
    expect((await schemaStatus(db)).current).toBe(true);
  });
});
