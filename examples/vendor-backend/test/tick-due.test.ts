// Ticking only the cases due (next_tick_on, from nextTermChange) must raise exactly what ticking every open case
// raised: the same outbox, the same cases in the end. Two databases get the same generated cases and the same
// clock; in one every open case is made due before each tick, as the tick of every case did.

import { kyivInstant } from '@vikno/deadlines';
import { addDays } from '@vikno/law';
import type { PersistedCase } from '@vikno/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore, stateName } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { generateCaseHistories } from '../src/generator.js';
import { clock, drivers, KEYS } from './support.js';

const NOW = '2026-05-15T12:00:00+03:00';
const CASES = 160;
/** Days after NOW the tick runs on, some at 09:00, some after office hours (when a term due that day is over). */
const TICKS = Array.from({ length: 24 }, (_, index) => ({
  day: addDays('2026-05-15', 1 + index + Math.floor(index / 4) * 2),
  time: index % 3 === 0 ? '19:30' : '09:00',
}));

interface Snapshot {
  value: unknown;
  context: { serviceId: string; model: string; terms: Record<string, { state: string } | undefined> };
}

/** Inserts generated cases as rows written before next_tick_on existed: the tick's backfill fills it. */
async function insert(db: Database, cases: readonly PersistedCase[]): Promise<void> {
  for (const persisted of cases) {
    const snapshot = JSON.parse(persisted.snapshot) as Snapshot;
    const caseId = (JSON.parse(persisted.snapshot) as { context: { caseId: string } }).context.caseId;
    await db.query(
      `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
       values ($1, $2, $3, $4, $5, $6, 1, $7)`,
      [
        caseId,
        snapshot.context.serviceId,
        snapshot.context.model,
        stateName(snapshot.value),
        persisted,
        Object.values(snapshot.context.terms).some((term) => term?.state === 'running'),
        NOW,
      ],
    );
  }
}

async function outbox(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ case_id: string; event: unknown; raised_at: string }>(
    'select case_id, event, raised_at from vikno_outbox order by case_id, id',
  );
  return rows.map((row) => JSON.stringify([row.case_id, row.event, row.raised_at]));
}

async function snapshots(db: Database): Promise<Record<string, string>> {
  const { rows } = await db.query<{ id: string; persisted: PersistedCase }>(
    'select id, persisted from vikno_case order by id',
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.persisted.snapshot]));
}

const pairs = drivers('tick_due_only').map((driver, index) => ({
  name: driver.name,
  due: driver,
  every: drivers('tick_due_every')[index] as typeof driver,
}));

describe.each(pairs)('ticking only the cases due, on $name', ({ due, every }) => {
  let onlyDue: Database;
  let all: Database;

  beforeAll(async () => {
    onlyDue = await due.open();
    all = await every.open();
    const cases = [...generateCaseHistories({ seed: 15, count: CASES, now: NOW, keys: KEYS, weeks: 8 })];
    await insert(onlyDue, cases);
    await insert(all, cases);
  });
  afterAll(async () => {
    await onlyDue.close();
    await all.close();
  });

  it('raises exactly the events a tick of every open case raises, day after day, and leaves the same cases', async () => {
    const time = clock(NOW);
    const dueStore = new CaseStore(onlyDue, 'instance-a', { keys: KEYS, now: time.now, tickBatch: 7 });
    const allStore = new CaseStore(all, 'instance-a', { keys: KEYS, now: time.now, tickBatch: 7 });
    let takenDue = 0;
    let takenAll = 0;
    for (const { day, time: at } of TICKS) {
      time.set(kyivInstant(day, at));
      await allStore.backfill();
      await all.query('update vikno_case set next_tick_on = $1 where running_terms', [day]);
      takenAll += (await allStore.tick()).processed;
      takenDue += (await dueStore.tick()).processed;
    }
    const raised = await outbox(all);
    expect(raised.length).toBeGreaterThan(CASES / 4);
    expect(await outbox(onlyDue)).toEqual(raised);
    expect(await snapshots(onlyDue)).toEqual(await snapshots(all));
    // And it is the point: far fewer cases taken.
    expect(takenDue).toBeLessThan(takenAll / 3);
  });
});

describe.each(drivers('tick_abort'))('a tick asked to stop, on $name', ({ open }) => {
  it('stops after the batch it is in, and the next tick takes the cases it left', async () => {
    const db = await open();
    const cases = [...generateCaseHistories({ seed: 16, count: 60, now: NOW, keys: KEYS, weeks: 8 })];
    await insert(db, cases);
    const time = clock('2026-06-30T09:00:00+03:00');
    const store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now, tickBatch: 3 });
    await store.backfill();
    const { rows } = await db.query<{ due: number }>(
      `select count(*)::int as due from vikno_case where running_terms and next_tick_on <= '2026-06-30'`,
    );
    const due = rows[0]?.due ?? 0;
    expect(due).toBeGreaterThan(6);
    const stopping = new AbortController();
    stopping.abort();
    const stopped = await store.tick({ signal: stopping.signal });
    expect(stopped.processed + stopped.skipped.length).toBe(3);
    const rest = await store.tick();
    expect(stopped.processed + rest.processed + rest.skipped.length + stopped.skipped.length).toBe(due);
    await db.close();
  });
});
