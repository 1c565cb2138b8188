// Fills the backend's database with generated case histories (generator.ts), for a demo, the control room or a
// benchmark. With the same settings as the backend (DATABASE_URL or DATA_DIR, and the keys: see keys.ts):
//
//   pnpm --filter @vikno/example-vendor-backend seed --count 5000 --seed 1 --weeks 12 --prefix G-
//
// Each case is read back with the backend's keys before it is written (so a case the backend could not read is
// never stored), inserted with its audit trail, and the columns the backend derives from a snapshot are then
// written by the store's own backfill, as for rows an older backend wrote.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type CaseKeys, type PersistedCase, restoreCase } from '@vikno/workflows';
import { CaseStore, stateName } from './cases.js';
import { type Database, openDatabase } from './db.js';
import { type CaseHistoryOptions, generateCaseHistories } from './generator.js';
import { caseKeysFromEnvironment } from './keys.js';

/** How many cases one insert writes. */
const BATCH = 250;

/**
 * Generates `options.count` case histories and stores them in `db`, signed with `options.keys` (the store's keys),
 * then lets `store` derive its columns. Returns how many cases were written.
 *
 * @example
 * ```ts
 * const written = await seedCases(db, store, { seed: 1, count: 3000, now: new Date(), keys });
 * ```
 */
export async function seedCases(
  db: Database,
  store: CaseStore,
  options: CaseHistoryOptions,
): Promise<number> {
  let written = 0;
  let batch: PersistedCase[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await insertCases(db, batch, options.keys);
    written += batch.length;
    batch = [];
  };
  for (const persisted of generateCaseHistories(options)) {
    batch.push(persisted);
    if (batch.length === BATCH) await flush();
  }
  await flush();
  await store.backfill();
  return written;
}

/** Inserts persisted cases and their audit entries in one transaction, each read back with `keys` first. */
async function insertCases(db: Database, cases: readonly PersistedCase[], keys: CaseKeys): Promise<void> {
  const rows: unknown[] = [];
  const audit: unknown[] = [];
  for (const persisted of cases) {
    const actor = restoreCase(persisted, { keys });
    const { value, context } = actor.getSnapshot();
    actor.stop();
    rows.push({
      id: context.caseId,
      service_id: context.serviceId,
      model: context.model,
      state: stateName(value),
      persisted,
      running_terms: Object.values(context.terms).some((term) => term?.state === 'running'),
      version: context.audit.length,
      updated_at: context.audit.at(-1)?.at ?? '',
    });
    for (const entry of context.audit) {
      audit.push({
        case_id: context.caseId,
        seq: entry.seq,
        type: entry.type,
        at: entry.at,
        role: entry.role,
        actor_id: entry.actorId,
        office: entry.office,
      });
    }
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
       select id, service_id, model, state, persisted, running_terms, version, updated_at
         from jsonb_to_recordset($1::jsonb) as x(id text, service_id text, model text, state text, persisted jsonb,
                                                 running_terms boolean, version integer, updated_at text)`,
      [JSON.stringify(rows)],
    );
    await tx.query(
      `insert into vikno_audit (case_id, seq, type, at, role, actor_id, office)
       select case_id, seq, type, at, role, actor_id, office
         from jsonb_to_recordset($1::jsonb) as x(case_id text, seq integer, type text, at text, role text,
                                                 actor_id text, office text)`,
      [JSON.stringify(audit)],
    );
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    // `pnpm seed -- --count 10` passes the `--` on.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      count: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      weeks: { type: 'string', default: '12' },
      prefix: { type: 'string', default: 'G-' },
    },
  });
  const env = process.env;
  const db = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname,
  });
  try {
    const { keys } = caseKeysFromEnvironment(env);
    const store = new CaseStore(db, 'seed', { keys });
    const started = performance.now();
    const written = await seedCases(db, store, {
      seed: Number(values.seed),
      count: Number(values.count),
      weeks: Number(values.weeks),
      idPrefix: values.prefix,
      now: new Date(),
      keys,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`seeded ${written} case(s) in ${seconds.toFixed(1)} s`);
  } catch (error) {
    // PostgreSQL's unique_violation: the ids are taken by an earlier seed.
    if ((error as { code?: unknown }).code !== '23505') throw error;
    console.error(`cases ${values.prefix}… are in the database already: give another --prefix`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
