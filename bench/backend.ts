// Benchmarks of examples/vendor-backend's case store: events sent through the store (a transaction that locks the
// row, restores the actor, sends, and writes snapshot, audit and outbox) and the daily tick of every open case,
// on embedded PGlite and, when DATABASE_URL is set, on a PostgreSQL server, where two instances tick at once.
// Baseline in the same run: the same restore + send + persist in memory, with no database.
import {
  type CaseEvent,
  caseKeys,
  createCase,
  type PersistedCase,
  persistCase,
  restoreCase,
  sendCaseEvent,
} from '@vikno/workflows';
import { CaseStore } from '../examples/vendor-backend/src/cases.js';
import { type Database, openDatabase } from '../examples/vendor-backend/src/db.js';
import { median } from './measure.js';

const CASES = 2_000;
const ROUNDS = 3;
const admin = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap' } as const;
const system = { role: 'system', id: 'bench', office: 'host' } as const;
const keys = caseKeys({
  current: 'bench',
  secrets: { bench: 'bench-key-0123456789abcdef-0123456789abcdef' },
});

function clock() {
  let now = new Date('2026-03-02T08:00:00Z');
  return { now: () => now, set: (at: string) => (now = new Date(at)) };
}

/** Cases per second of `work`, which handles `count` cases. */
async function rate(count: number, work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function fill(
  db: Database,
  time: ReturnType<typeof clock>,
): Promise<{ store: CaseStore; ids: string[] }> {
  await db.query('truncate vikno_outbox, vikno_audit, vikno_case');
  const store = new CaseStore(db, 'bench-a', { keys, now: time.now });
  const ids: string[] = [];
  time.set('2026-03-02T08:00:00Z');
  for (let i = 0; i < CASES; i++)
    ids.push((await store.create({ serviceId: 'birth-assistance', model: 'I' })).id);
  return { store, ids };
}

const fmt = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')}/s`;

async function suite(name: string, open: () => Promise<Database>, second?: () => Promise<Database>) {
  const db = await open();
  const other = second ? await second() : undefined;
  const sends: number[] = [];
  const raising: number[] = [];
  const ticks: number[] = [];
  const shared: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const time = clock();
    const { store, ids } = await fill(db, time);
    sends.push(
      await rate(ids.length * 2, async () => {
        for (const id of ids) {
          await store.send(id, { type: 'PACKAGE.CHECKED', complete: true, missing: [] }, admin);
          await store.send(id, { type: 'TRANSFER.SENT', to: 'pfu' }, admin);
        }
      }),
    );
    // The first tick raises an overdue decision on every case; the next days' ticks raise nothing new, and
    // compare one instance with two sharing the work.
    time.set('2026-06-15T06:00:00Z');
    raising.push(await rate(ids.length, () => store.tick()));
    time.set('2026-06-16T06:00:00Z');
    ticks.push(await rate(ids.length, () => store.tick()));
    if (other) {
      time.set('2026-06-17T06:00:00Z');
      const b = new CaseStore(other, 'bench-b', { keys, now: time.now });
      shared.push(await rate(ids.length, () => Promise.all([store.tick(), b.tick()])));
    }
  }
  console.log(
    `${name}: events through the store ${fmt(median(sends))}; ` +
      `tick raising overdue ${fmt(median(raising))} cases; tick raising nothing ${fmt(median(ticks))} cases`,
  );
  if (other) console.log(`${name}: tick raising nothing, two instances at once ${fmt(median(shared))} cases`);
  await other?.close();
  await db.close();
}

// The baseline: the same work on persisted JSON in memory.
const memory: PersistedCase[] = [];
const baseSends: number[] = [];
const baseTicks: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  memory.length = 0;
  for (let i = 0; i < CASES; i++) {
    memory.push(
      persistCase(
        createCase({ caseId: `C-${i}`, serviceId: 'birth-assistance', model: 'I', asOf: '2026-03-02' }),
        { keys },
      ),
    );
  }
  const step = (event: CaseEvent) => {
    for (let i = 0; i < memory.length; i++) {
      const actor = restoreCase(memory[i], { keys, caseId: `C-${i}` });
      sendCaseEvent(actor, event);
      memory[i] = persistCase(actor, { keys });
    }
  };
  baseSends.push(
    await rate(CASES * 2, async () => {
      step({ type: 'PACKAGE.CHECKED', by: admin, at: '2026-03-02T08:00:00Z', complete: true, missing: [] });
      step({ type: 'TRANSFER.SENT', by: admin, at: '2026-03-02T08:00:00Z', to: 'pfu' });
    }),
  );
  baseTicks.push(
    await rate(CASES, async () => step({ type: 'TICK', by: system, at: '2026-06-15T06:00:00Z' })),
  );
}
console.log(
  `baseline (in memory, no database): events ${fmt(median(baseSends))}; tick ${fmt(median(baseTicks))} cases`,
);

await suite('PGlite', () => openDatabase());
const url = process.env.DATABASE_URL;
if (url)
  await suite(
    'PostgreSQL server',
    () => openDatabase({ url }),
    () => openDatabase({ url }),
  );
else console.log('PostgreSQL server: skipped (set DATABASE_URL to measure it)');
