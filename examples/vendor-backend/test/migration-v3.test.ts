// Rows the backend stored under version 2 of the case machines, read, ticked and sent events by a backend on
// version 3. The fixtures are the `persisted` column of six rows of this backend's database, written through its
// own API at commit 4691909 (returned at intake, in consideration, suspended, issued after a refusal, archived, and
// model I with the paper originals awaited); the rows here hold them as that database did, with their audit rows.
import { readFileSync } from 'node:fs';
import {
  type Actor,
  type AuditEntry,
  MACHINE_VERSION,
  type PersistedCase,
  persistedTermStatus,
} from '@vikno/workflows';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore, type CaseView, stateName, type TickReport } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

interface StoredSnapshot {
  value: unknown;
  context: {
    caseId: string;
    serviceId: string;
    model: string;
    audit: AuditEntry[];
    terms: Record<string, { state: string }>;
  };
}

/** A version-2 row: its stored case, the snapshot it holds, and the row's version when it was read out. */
function fixture(name: string, version: number) {
  const persisted = JSON.parse(
    readFileSync(new URL(`fixtures/${name}.v2.json`, import.meta.url), 'utf8'),
  ) as PersistedCase;
  const snapshot = JSON.parse(persisted.snapshot) as StoredSnapshot;
  return { name, persisted, snapshot, id: snapshot.context.caseId, version };
}
type Fixture = ReturnType<typeof fixture>;

// The row versions are those the backend had given them: one per accepted event or tick that saved the case.
const FIXTURES = {
  returned: fixture('returned', 2),
  consideration: fixture('consideration', 8),
  suspended: fixture('suspended', 4),
  issued: fixture('issued', 10),
  archived: fixture('archived', 11),
  originalsAwaited: fixture('originals-awaited', 6),
};
const ALL = Object.values(FIXTURES);

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const COMPLAINTS: Actor = { role: 'system', id: 'complaints', office: 'cnap-central' };
/** The version-2 backend's last tick was on this day. */
const LAST_V2_TICK = '2026-06-10';

const running = (snapshot: StoredSnapshot) =>
  Object.values(snapshot.context.terms).some((term) => term.state === 'running');

describe.each(drivers('migration_v3'))('version-2 rows under version 3, on $name', ({ open }) => {
  let db: Database;
  const time = clock('2026-06-11T09:00:00+03:00');
  let app: FastifyInstance;
  let store: CaseStore;

  /** Inserts a row as the version-2 backend left it: the case, its columns, and its audit rows. */
  async function insert({ id, persisted, snapshot, version }: Fixture, as = id) {
    const { context } = snapshot;
    const live = running(snapshot);
    await db.query(
      `insert into vikno_case (id, service_id, model, state, persisted, running_terms, ticked_on, version, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        as,
        context.serviceId,
        context.model,
        stateName(snapshot.value),
        persisted,
        live,
        live ? LAST_V2_TICK : null,
        version,
        context.audit.at(-1)?.at,
      ],
    );
    for (const entry of context.audit) {
      await db.query(
        'insert into vikno_audit (case_id, seq, type, at, role, actor_id, office) values ($1, $2, $3, $4, $5, $6, $7)',
        [as, entry.seq, entry.type, entry.at, entry.role, entry.actorId, entry.office],
      );
    }
  }

  beforeAll(async () => {
    db = await open();
    store = new CaseStore(db, 'instance-v3', { keys: KEYS, now: time.now });
    app = devApp(store);
    for (const row of ALL) await insert(row);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const read = (id: string) => app.inject({ method: 'GET', url: `/cases/${id}` });
  const send = (id: string, actor: Actor, event: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/cases/${id}/events`, headers: headers(actor), payload: event });
  async function tick(): Promise<TickReport> {
    const response = await app.inject({ method: 'POST', url: '/ticks' });
    expect(response.statusCode).toBe(200);
    return response.json<TickReport>();
  }
  async function stored(id: string) {
    const { rows } = await db.query<{ persisted: PersistedCase; version: number; running_terms: boolean }>(
      'select persisted, version, running_terms from vikno_case where id = $1',
      [id],
    );
    return rows[0] as { persisted: PersistedCase; version: number; running_terms: boolean };
  }
  function answered(response: LightMyRequestResponse, status: number) {
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    return response.json();
  }

  it('reads each row as the state version 2 stored, with its audit trail and terms', async () => {
    expect(MACHINE_VERSION).toBe(3);
    const now = time.now().toISOString();
    for (const { id, persisted, snapshot, version } of ALL) {
      expect(persisted.version).toBe(2);
      const view = answered(await read(id), 200) as CaseView;
      expect(view).toMatchObject({
        id,
        serviceId: snapshot.context.serviceId,
        model: snapshot.context.model,
        state: stateName(snapshot.value),
        version,
        terms: persistedTermStatus(persisted, now),
      });
      expect(view.audit).toEqual(snapshot.context.audit);
    }
    expect(FIXTURES.consideration.snapshot.value).toBe('consideration');
    expect((answered(await read(FIXTURES.consideration.id), 200) as CaseView).terms.decision?.status).toBe(
      'overdue',
    );
  });

  it('leaves signed version-2 rows to be migrated as they are read: the version-1 migration takes none', async () => {
    expect(await store.migrateLegacyCases()).toEqual({ migrated: 0, skipped: [] });
    for (const { id } of ALL) expect((await stored(id)).persisted.version).toBe(2);
  });

  it('ticks the rows with a running term, raises no warning version 2 raised already, and stores them as version 3', async () => {
    const ticked = ALL.filter(({ snapshot }) => running(snapshot)).map(({ id }) => id);
    expect(ticked.sort()).toEqual([FIXTURES.consideration.id, FIXTURES.originalsAwaited.id].sort());
    const report = await tick();
    expect(report).toEqual({
      day: '2026-06-11',
      processed: ticked.length,
      raised: 0,
      archived: 0,
      skipped: [],
    });
    for (const { id, snapshot, version } of ALL) {
      const row = await stored(id);
      const wasTicked = ticked.includes(id);
      expect(row.persisted.version, id).toBe(wasTicked ? MACHINE_VERSION : 2);
      expect(row.version).toBe(wasTicked ? version + 1 : version);
      expect((answered(await read(id), 200) as CaseView).state).toBe(stateName(snapshot.value));
    }
    expect(await tick()).toMatchObject({ processed: 0, skipped: [] });
  });

  it('takes a new event through the API as version 3 does, and stores the case as version 3', async () => {
    const { consideration, suspended, issued, archived, originalsAwaited, returned } = FIXTURES;
    const decider: Actor = { role: 'decisionMaker', id: 'uszn-1', office: 'uszn-podil' };
    const refusal = { outcome: 'refused', grounds: ['income-over-limit'] };

    // Version 3 hears the applicant before a refusal.
    expect(
      answered(await send(consideration.id, decider, { type: 'DECISION.MADE', ...refusal }), 409),
    ).toMatchObject({ error: { code: 'NOT_HEARD', state: 'consideration' } });
    const accepted: [Fixture, Actor, Record<string, unknown>, string][] = [
      [consideration, decider, { type: 'HEARING.NOTIFIED', ...refusal }, 'hearing'],
      [
        suspended,
        { role: 'usznSpecialist', id: 'uszn-5', office: 'uszn-podil' },
        { type: 'DOCUMENTS.RECEIVED' },
        'consideration',
      ],
      // Issued is no longer final: a complaint reopens the case.
      [issued, COMPLAINTS, { type: 'CASE.REOPENED', complaintId: 'CMP-1' }, 'consideration'],
      [archived, ADMIN, { type: 'DECISION.DELIVERED', channel: 'post' }, 'archived'],
      [
        originalsAwaited,
        { role: 'usznSpecialist', id: 'pfu-9', office: 'pension-fund' },
        { type: 'ORIGINALS.RECEIVED' },
        'consideration',
      ],
    ];
    for (const [row, actor, event, state] of accepted) {
      const before = await stored(row.id);
      expect(answered(await send(row.id, actor, event), 200), row.name).toEqual({ accepted: true, state });
      const after = await stored(row.id);
      expect(after.persisted.version).toBe(MACHINE_VERSION);
      expect(after.version).toBe(before.version + 1);
      const view = answered(await read(row.id), 200) as CaseView;
      expect(view.state).toBe(state);
      expect(view.audit).toHaveLength(row.snapshot.context.audit.length + 1);
      expect(view.audit.at(-1)).toMatchObject({ type: event.type, role: actor.role, actorId: actor.id });
    }
    expect((await stored(issued.id)).running_terms).toBe(true);

    // Returned at intake stays final: nothing cures it now, and nothing is written.
    expect(answered(await send(returned.id, ADMIN, { type: 'DEFECTS.CURED' }), 409)).toMatchObject({
      error: { code: 'NOT_ALLOWED_NOW', state: 'returned' },
    });
    expect(await stored(returned.id)).toMatchObject({
      version: returned.version,
      persisted: returned.persisted,
    });

    // The next day's tick takes the cases a tick would change that day, as their stored next_tick_on says.
    time.set('2026-06-12T09:00:00+03:00');
    const { rows: due } = await db.query<{ id: string }>(
      `select id from vikno_case where running_terms and next_tick_on <= '2026-06-12'`,
    );
    const report = await tick();
    expect(report.skipped).toEqual([]);
    expect(report.processed).toBe(due.length);
    const reopenedDue = due.some((row) => row.id === issued.id) ? 1 : 0;
    expect((await stored(issued.id)).version).toBe(issued.version + 1 + reopenedDue);
  });

  it('a forged version-2 row is set aside, whichever way it was forged', async () => {
    const { persisted } = FIXTURES.suspended;
    const forged: Record<string, PersistedCase> = {
      'C-v2-edited': { ...persisted, snapshot: persisted.snapshot.replace('"paused"', '"running"') },
      'C-v2-relabelled': { ...persisted, version: 3 },
    };
    for (const [id, row] of Object.entries(forged)) {
      expect(row).not.toEqual(persisted);
      await insert({ ...FIXTURES.suspended, persisted: row }, id);
      await db.query('update vikno_case set running_terms = true, ticked_on = null where id = $1', [id]);
      expect(answered(await read(id), 500)).toMatchObject({ error: { code: 'CASE_UNREADABLE' } });
    }
    const report = await tick();
    expect(report.skipped.map(({ caseId, reason, path }) => `${caseId} ${reason} ${path}`).sort()).toEqual([
      'C-v2-edited unreadable persisted.mac',
      'C-v2-relabelled unreadable persisted.mac',
    ]);
  });
});
