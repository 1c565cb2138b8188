// The vendor backend's daily tick and its timeliness report over 1,000,000 open cases on a real PostgreSQL
// (DATABASE_URL), in one run:
//
// - before: the tick as it was, its claim `order by id` over every open case not ticked today (no next_tick_on),
//   run for 60 s: the cases ticked, and the total projected from how the claim slows down as the day goes on;
// - after: the tick as it is, claiming through vikno_case_next_tick only the cases a tick changes today, whole;
// - GET /reports/timeliness over the million cases, answered from the record column (no snapshot read).
//
// The million rows are copies of a few hundred real open cases (generated histories, driven through the SDK), each
// with its own id: its snapshot names its id, so every copy is signed again (HMAC-SHA-256 by pgcrypto, in the
// INSERT), and restores and ticks as a real case does. Each copy's next_tick_on and record are its template's
// (nextTermChange and caseRecord of the same snapshot, with the id put in), as the store would write them.
// Everything lives in the schema bench_tick, dropped at the end.

import { caseKeys, nextTermChange } from '@vikno/workflows';
import { buildApp } from '../examples/vendor-backend/src/app.js';
import { developmentAuth } from '../examples/vendor-backend/src/auth.js';
import { CaseStore, DERIVED_VERSION, stateName } from '../examples/vendor-backend/src/cases.js';
import { type Database, openDatabase } from '../examples/vendor-backend/src/db.js';
import { generateCaseHistories } from '../examples/vendor-backend/src/generator.js';
import { caseRecord } from '../packages/monitoring/src/index.js';

const CASES = Number(process.env.BENCH_TICK_CASES ?? 1_000_000);
const TEMPLATES = 300;
const BEFORE_SECONDS = 60;
const SCHEMA = 'bench_tick';
const HISTORY_END = '2026-05-15T12:00:00+03:00';
/** The morning after the histories end: the day both ticks are for. */
const TICK_AT = '2026-05-16T07:00:00+03:00';
const SECRET = 'bench-key-0123456789abcdef-0123456789abcdef';
const keys = caseKeys({ current: 'bench', secrets: { bench: SECRET } });
const HEAD = {
  'x-vikno-role': 'authorisedOfficial',
  'x-vikno-actor': 'head-1',
  'x-vikno-office': 'cnap-central',
};

/** The claim of the tick before next_tick_on: every open case not ticked today, in id order. */
const OLD_CLAIM = `select id, service_id, model, state, persisted, version from vikno_case
  where running_terms and quarantined_at is null and (ticked_on is null or ticked_on < $1)
    and (tick_refused_on is null or tick_refused_on <> $1)
  order by id limit $2 for update skip locked`;

/** The store with the tick's claim as it was. */
class OldClaimStore extends CaseStore {
  protected override readonly tickClaim = OLD_CLAIM;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const int = (value: number) => Math.round(value).toLocaleString('en');

async function fillTemplates(db: Database): Promise<number> {
  await db.query(`create table bench_template (
    n integer primary key, quoted_id text, header text, snapshot text, machine text, version integer, key text,
    service_id text, model text, state text, next_tick_on text, record jsonb, office text, provider_office text,
    received_on text)`);
  let n = 0;
  for (const persisted of generateCaseHistories({
    seed: 2026,
    count: 4 * TEMPLATES,
    now: HISTORY_END,
    keys,
  })) {
    const snapshot = JSON.parse(persisted.snapshot) as {
      value: unknown;
      context: { caseId: string; serviceId: string; model: string; terms: Record<string, { state: string }> };
    };
    if (!Object.values(snapshot.context.terms).some((term) => term.state === 'running')) continue;
    const record = caseRecord(persisted);
    await db.query(
      `insert into bench_template values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        n,
        JSON.stringify(snapshot.context.caseId),
        `vikno.case\n${persisted.machine}\n${persisted.version}\n${persisted.key}\n`,
        persisted.snapshot,
        persisted.machine,
        persisted.version,
        persisted.key,
        snapshot.context.serviceId,
        snapshot.context.model,
        stateName(snapshot.value),
        nextTermChange(persisted) ?? null,
        record,
        record.office,
        record.providerOffice,
        record.receivedOn,
      ],
    );
    n += 1;
    if (n === TEMPLATES) break;
  }
  return n;
}

/** Inserts the copies numbered `from` to `to` (ids B-0000001…), signed again, in one statement. */
async function insertCopies(db: Database, templates: number, from: number, to: number, only?: number[]) {
  await db.query(
    `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at,
                             next_tick_on, derived, record, office, provider_office, received_on)
     select copy.id, t.service_id, t.model, t.state,
            jsonb_build_object('format', 'vikno.case', 'machine', t.machine, 'version', t.version, 'key', t.key,
              'snapshot', signed.snapshot,
              'mac', rtrim(translate(encode(hmac(t.header || signed.snapshot, $3, 'sha256'), 'base64'), '+/', '-_'), '=')),
            true, 1, $4, t.next_tick_on, $5, jsonb_set(t.record, '{caseId}', to_jsonb(copy.id)), t.office,
            t.provider_office, t.received_on
       from generate_series($1::int, $2::int) as g(i)
       join bench_template t on t.n = g.i % $6
       cross join lateral (select 'B-' || lpad(g.i::text, 7, '0') as id) as copy
       cross join lateral (select replace(t.snapshot, t.quoted_id, to_json(copy.id)::text) as snapshot) as signed
      where $7::int[] is null or g.i = any($7::int[])`,
    [from, to, SECRET, HISTORY_END, DERIVED_VERSION, templates, only ?? null],
  );
}

/** The execution time (ms) of a claim of 50 at `day`, as EXPLAIN ANALYZE gives it, rolled back. */
async function claimMs(db: Database, claim: string, day: string): Promise<number> {
  const explained = await db
    .transaction(async (tx) => {
      const { rows } = await tx.query<Record<string, unknown>>(`explain (analyze, format json) ${claim}`, [
        day,
        50,
      ]);
      throw Object.assign(new Error('rollback'), { rows });
    })
    .catch((error: { rows?: Record<string, unknown>[] }) => error.rows);
  const value = Object.values(explained?.[0] ?? {})[0];
  const plan = (typeof value === 'string' ? JSON.parse(value) : value) as { 'Execution Time': number }[];
  return plan[0]?.['Execution Time'] ?? Number.NaN;
}

const url = process.env.DATABASE_URL;
if (!url) {
  console.log(
    'backend tick over 1,000,000 cases: skipped (set DATABASE_URL to a PostgreSQL server to measure it)',
  );
} else {
  const started = process.hrtime.bigint();
  const admin = await openDatabase({ url });
  await admin.query(`drop schema if exists ${SCHEMA} cascade`);
  await admin.query(`create schema ${SCHEMA}`);
  await admin.query(`create extension if not exists pgcrypto schema ${SCHEMA}`);
  await admin.close();
  const inSchema = new URL(url);
  inSchema.searchParams.set('options', `-c search_path=${SCHEMA}`);
  const open = () => openDatabase({ url: inSchema.toString() });
  let db = await open();
  try {
    const templates = await fillTemplates(db);
    // Loaded without the secondary indexes, which are built once after.
    const { rows: indexes } = await db.query<{ indexname: string }>(
      `select indexname from pg_indexes where schemaname = $1 and tablename = 'vikno_case' and indexname <> 'vikno_case_pkey'`,
      [SCHEMA],
    );
    for (const { indexname } of indexes) await db.query(`drop index ${indexname}`);
    const load = process.hrtime.bigint();
    const chunk = 100_000;
    for (let from = 1; from <= CASES; from += chunk) {
      await insertCopies(db, templates, from, Math.min(CASES, from + chunk - 1));
    }
    const loaded = seconds(load);
    await db.close();
    db = await open(); // the migration builds the indexes again
    await db.query('create index vikno_case_tick on vikno_case (ticked_on) where running_terms');
    await db.query('analyze vikno_case');
    console.log(
      `loaded ${int(CASES)} open cases (copies of ${templates} generated ones, each signed again) in ${seconds(load).toFixed(0)} s ` +
        `(insert ${loaded.toFixed(0)} s, then the indexes)`,
    );

    const day = TICK_AT.slice(0, 10);
    const clock = () => new Date(TICK_AT);
    const { rows: dueRows } = await db.query<{ due: number }>(
      'select count(*)::int as due from vikno_case where running_terms and next_tick_on <= $1',
      [day],
    );
    const due = dueRows[0]?.due ?? 0;

    // Before: the old claim, bounded to 60 s.
    const oldStore = new OldClaimStore(db, 'bench-before', { keys, now: clock });
    const firstClaim = await claimMs(db, OLD_CLAIM, day);
    const stopping = new AbortController();
    const timer = setTimeout(() => stopping.abort(), BEFORE_SECONDS * 1000);
    const before = process.hrtime.bigint();
    const partial = await oldStore.tick({ signal: stopping.signal });
    const beforeSeconds = seconds(before);
    clearTimeout(timer);
    const ticked = partial.processed + partial.skipped.length;
    const laterClaim = await claimMs(db, OLD_CLAIM, day);
    // The claim's cost grows with the cases already ticked (it walks past them); the rest of a case's tick does not.
    const claimAt = (k: number) => firstClaim + ((laterClaim - firstClaim) * k) / ticked;
    const claimsSoFar = ((ticked / 50) * (firstClaim + claimAt(ticked))) / 2 / 1000;
    const perCase = (beforeSeconds - claimsSoFar) / ticked;
    const projected = CASES * perCase + ((CASES / 50) * (firstClaim + claimAt(CASES))) / 2 / 1000;
    console.log(
      `before (claim in id order, every open case): ${int(ticked)} cases ticked in ${beforeSeconds.toFixed(0)} s ` +
        `(${int(ticked / beforeSeconds)}/s), ${partial.raised} events; a claim of 50 took ${firstClaim.toFixed(1)} ms ` +
        `at the start and ${laterClaim.toFixed(1)} ms after ${int(ticked)} cases; projected for all ` +
        `${int(CASES)}: ${int(projected)} s (${(projected / 3600).toFixed(1)} h)`,
    );

    // The cases the partial tick changed are put back as they were, so the second tick starts from the same day.
    const { rows: touched } = await db.query<{ id: string }>(
      'select id from vikno_case where ticked_on is not null',
    );
    await db.query('truncate vikno_outbox, vikno_audit');
    await db.query('delete from vikno_case where ticked_on is not null');
    await insertCopies(
      db,
      templates,
      1,
      CASES,
      touched.map((row) => Number(row.id.slice(2))),
    );
    await db.query('drop index vikno_case_tick');
    await db.query('analyze vikno_case');

    // After: next_tick_on and the claim's index, the whole tick.
    const store = new CaseStore(db, 'bench-after', { keys, now: clock });
    const newClaim = await claimMs(db, (store as unknown as { tickClaim: string }).tickClaim, day);
    const after = process.hrtime.bigint();
    const whole = await store.tick();
    const afterSeconds = seconds(after);
    console.log(
      `after (next_tick_on, vikno_case_next_tick): ${int(whole.processed)} cases due of ${int(CASES)} ` +
        `(${int(due)} with next_tick_on <= ${day}) ticked in ${afterSeconds.toFixed(1)} s, ${whole.raised} events, ` +
        `${whole.archived} archived, ${whole.skipped.length} skipped; a claim of 50 took ${newClaim.toFixed(1)} ms`,
    );

    // The report over every case, from the record column.
    const app = buildApp(store, { auth: developmentAuth() });
    for (const [label, query] of [
      ['one group', 'from=2026-01-01&to=2026-12-31'],
      ['by office and model', 'from=2026-01-01&to=2026-12-31&groupBy=office,model'],
    ] as const) {
      const asked = process.hrtime.bigint();
      const response = await app.inject({
        method: 'GET',
        url: `/reports/timeliness?${query}`,
        headers: HEAD,
      });
      const took = seconds(asked);
      if (response.statusCode !== 200) throw new Error(`the report answered ${response.statusCode}`);
      const received = (response.json() as { total: { received: number } }).total.received;
      console.log(
        `GET /reports/timeliness (${label}) over ${int(CASES)} cases: ${took.toFixed(1)} s ` +
          `(${int(CASES / took)} records/s), ${int(received)} received in the period; ` +
          `heap ${int(process.memoryUsage().heapUsed / 1e6)} MB after`,
      );
    }
    await app.close();
    console.log(`backend tick bench: ${seconds(started).toFixed(0)} s in all`);
  } finally {
    await db.close();
    const cleanup = await openDatabase({ url });
    await cleanup.query(`drop schema if exists ${SCHEMA} cascade`);
    await cleanup.close();
  }
}
