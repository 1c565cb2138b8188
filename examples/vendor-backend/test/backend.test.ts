// The backend over HTTP (Fastify's inject), on embedded PGlite and, when DATABASE_URL is set, on a real
// PostgreSQL server (CI installs and starts one; there the server run is required, not optional).
import type { Actor } from '@vikno/workflows';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore, type CaseView, type OutboxEntry } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { startTicker } from '../src/ticker.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'pfu-2', office: 'pension-fund' };
const SYSTEM: Actor = { role: 'system', id: 'notifier', office: 'cnap-central' };

describe.each(drivers('backend'))('vendor backend on $name', ({ open, connect }) => {
  let db: Database;
  let second: Database;
  const time = clock('2026-03-02T10:00:00+02:00');
  let app: FastifyInstance;
  let store: CaseStore;

  beforeAll(async () => {
    db = await open();
    // The second instance has its own connections where the database allows it (a server); PGlite is one
    // process's database, so there the two instances share it.
    second = db.kind === 'postgres' ? await connect() : db;
    store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now, tickBatch: 4 });
    app = devApp(store);
  });
  afterAll(async () => {
    await app.close();
    if (second !== db) await second.close();
    await db.close();
  });

  async function send(id: string, actor: Actor, event: Record<string, unknown>) {
    return app.inject({
      method: 'POST',
      url: `/cases/${id}/events`,
      headers: headers(actor),
      payload: event,
    });
  }

  async function openRegisteredCase(at: string): Promise<string> {
    time.set(at);
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<CaseView>();
    expect((await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [] })).statusCode).toBe(
      200,
    );
    expect((await send(id, ADMIN, { type: 'TRANSFER.SENT', to: DECIDER.office })).statusCode).toBe(200);
    return id;
  }

  it('walks a case from intake to the decision, with its audit trail and terms', async () => {
    const id = await openRegisteredCase('2026-03-02T10:00:00+02:00');
    time.set('2026-03-04T15:00:00+02:00');
    const decided = await send(id, DECIDER, { type: 'DECISION.MADE', outcome: 'granted', grounds: [] });
    expect(decided.json()).toEqual({ accepted: true, state: 'decided' });

    const read = await app.inject({ method: 'GET', url: `/cases/${id}` });
    const view = read.json<CaseView>();
    expect(view).toMatchObject({
      id,
      serviceId: 'birth-assistance',
      model: 'I',
      state: 'decided',
      version: 4,
    });
    expect(view.audit.map((entry) => [entry.seq, entry.type, entry.role])).toEqual([
      [0, 'CASE.CREATED', 'cnapAdministrator'],
      [1, 'PACKAGE.CHECKED', 'cnapAdministrator'],
      [2, 'TRANSFER.SENT', 'cnapAdministrator'],
      [3, 'DECISION.MADE', 'decisionMaker'],
    ]);
    expect(view.audit[3]?.at).toBe('2026-03-04T13:00:00.000Z');
    expect(view.terms).toEqual({});
  });

  it('refuses what a role or office may not do (403) and what the state does not allow (409), changing nothing', async () => {
    const id = await openRegisteredCase('2026-03-02T11:00:00+02:00');
    const asAdmin = await send(id, ADMIN, { type: 'DECISION.MADE', outcome: 'granted', grounds: [] });
    expect(asAdmin.statusCode).toBe(403);
    expect(asAdmin.json()).toEqual({
      error: {
        code: 'ROLE_NOT_PERMITTED',
        uk: 'Ця роль не може надіслати цю подію',
        en: 'This role may not send this event',
        path: 'body.type',
        state: 'consideration',
      },
    });
    const otherOffice = await send(
      id,
      { ...DECIDER, office: 'pension-fund-other' },
      { type: 'DECISION.MADE', outcome: 'granted', grounds: [] },
    );
    expect(otherOffice.statusCode).toBe(403);
    expect(otherOffice.json().error).toMatchObject({ code: 'WRONG_OFFICE' });
    const tooEarly = await send(id, SYSTEM, { type: 'APPLICANT.NOTIFIED', channel: 'sms' });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
    const view = (await app.inject({ method: 'GET', url: `/cases/${id}` })).json<CaseView>();
    expect(view.version).toBe(3);
    expect(view.audit).toHaveLength(3);
  });

  it('answers bad input with a typed error naming where, in Ukrainian and English', async () => {
    const unknownService = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-asistance', model: 'I' },
    });
    expect(unknownService.statusCode).toBe(400);
    expect(unknownService.json().error).toMatchObject({ code: 'INVALID_INPUT', path: 'input.serviceId' });
    expect(unknownService.json().error.suggestions).toContain('birth-assistance');

    const badModel = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'x', model: 'IV' },
    });
    expect(badModel.json().error).toMatchObject({
      code: 'INVALID_REQUEST',
      issues: [{ path: 'body.model' }],
    });

    const id = await openRegisteredCase('2026-03-02T12:00:00+02:00');
    const noRole = await app.inject({
      method: 'POST',
      url: `/cases/${id}/events`,
      headers: { 'x-vikno-actor': '' },
      payload: { type: 'TICK' },
    });
    expect(noRole.statusCode).toBe(400);
    expect(noRole.json().error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'headers.role',
      'headers.id',
      'headers.office',
    ]);

    const badEvent = await send(id, DECIDER, { type: 'DECISION.MADE', outcome: 'maybe', grounds: [] });
    expect(badEvent.statusCode).toBe(400);
    expect(badEvent.json().error).toMatchObject({ code: 'INVALID_INPUT', path: 'event' });
    expect(JSON.stringify(badEvent.json())).not.toContain('maybe');

    const spoofed = await send(id, ADMIN, {
      type: 'DECISION.MADE',
      outcome: 'granted',
      grounds: [],
      by: DECIDER,
    });
    expect(spoofed.statusCode).toBe(403);

    const missing = await app.inject({ method: 'GET', url: '/cases/C-nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'CASE_NOT_FOUND', uk: 'Справу не знайдено' });

    const badList = await app.inject({ method: 'GET', url: '/cases?deadline=soon' });
    expect(badList.json().error.issues[0].path).toBe('query.deadline');

    const notJson = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('two instances ticking at once tick each case once a day, and raise each deadline event once', async () => {
    await app.inject({ method: 'POST', url: '/ticks' }); // the cases of earlier tests, ticked today
    const ids: string[] = [];
    for (let index = 0; index < 30; index += 1)
      ids.push(await openRegisteredCase('2026-04-01T10:00:00+03:00'));
    const { events: before } = (await app.inject({ method: 'GET', url: '/outbox' })).json<{
      events: OutboxEntry[];
    }>();

    // Long after every decision term has run out.
    time.set('2026-06-15T09:00:00+03:00');
    const other = new CaseStore(second, 'instance-b', { keys: KEYS, now: time.now, tickBatch: 4 });
    const reports = await Promise.all([store.tick(), other.tick(), store.tick(), other.tick()]);
    const processed = reports.reduce((sum, report) => sum + report.processed, 0);
    const openCases = ids.length + 2; // two earlier cases are still under consideration
    expect(processed).toBe(openCases);
    expect(new Set(reports.map((report) => report.day))).toEqual(new Set(['2026-06-15']));

    const { events } = (
      await app.inject({ method: 'GET', url: `/outbox?after=${before.at(-1)?.id ?? 0}` })
    ).json<{
      events: OutboxEntry[];
    }>();
    const overdue = events.filter((entry) => entry.event.type === 'deadline.overdue');
    const keys = overdue.map((entry) => `${entry.caseId}/${'term' in entry.event ? entry.event.term : ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of ids) expect(keys).toContain(`${id}/decision`);

    // The same day again: nothing to do; the next day: no term changes, so no case is taken and nothing is raised
    // twice.
    expect((await other.tick()).processed).toBe(0);
    time.set('2026-06-16T09:00:00+03:00');
    const nextDay = await Promise.all([store.tick(), other.tick()]);
    expect(nextDay.reduce((sum, report) => sum + report.processed, 0)).toBe(0);
    expect(nextDay.reduce((sum, report) => sum + report.raised, 0)).toBe(0);

    const listed = (await app.inject({ method: 'GET', url: '/cases?deadline=overdue' })).json<{
      cases: CaseView[];
    }>();
    expect(listed.cases.map((view) => view.id)).toEqual(expect.arrayContaining(ids));
    expect(listed.cases.every((view) => view.terms.decision?.status === 'overdue')).toBe(true);
  });

  it('an event and a tick on the same case at once both land, one after the other', async () => {
    const id = await openRegisteredCase('2026-07-01T10:00:00+03:00');
    time.set('2026-09-01T10:00:00+03:00');
    const other = new CaseStore(second, 'instance-b', { keys: KEYS, now: time.now, tickBatch: 4 });
    const [, sent] = await Promise.all([
      other.tick(),
      store.send(id, { type: 'DOCUMENTS.REQUESTED', documents: ['identity'] }, DECIDER),
    ]);
    expect(sent.accepted).toBe(true);
    const view = await store.get(id);
    expect(view.state).toBe('suspended');
    expect(view.audit.map((entry) => entry.type)).toContain('DOCUMENTS.REQUESTED');
    expect(view.version).toBeGreaterThanOrEqual(4);
  });

  it('records who opened a case, and when, as the first entry of its audit trail', async () => {
    time.set('2026-03-03T09:15:00+02:00');
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: headers(ADMIN),
      payload: { serviceId: 'birth-assistance', model: 'II' },
    });
    const creation = {
      seq: 0,
      type: 'CASE.CREATED',
      at: '2026-03-03T07:15:00.000Z',
      role: ADMIN.role,
      actorId: ADMIN.id,
      office: ADMIN.office,
    };
    expect(created.json<CaseView>().audit).toEqual([creation]);
    const { id } = created.json<CaseView>();
    expect((await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [] })).statusCode).toBe(
      200,
    );
    const read = (await app.inject({ method: 'GET', url: `/cases/${id}` })).json<CaseView>();
    expect(read.audit[0]).toEqual(creation);
    expect(read.audit.map((entry) => entry.seq)).toEqual([0, 1]);
    const refused = await app.inject({ method: 'POST', url: '/cases', headers: headers(ADMIN), payload: {} });
    expect(refused.statusCode).toBe(400);
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from vikno_audit where type = 'CASE.CREATED' and at = $1",
      ['2026-03-03T07:15:00.000Z'],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("shows a case's state in one format everywhere: the dotted name of its state (transfer.awaitingRegister)", async () => {
    time.set('2026-03-02T10:00:00+02:00');
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    const id = created.json<CaseView>().id;
    expect(created.json<CaseView>().state).toBe('intake');
    const checked = await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [] });
    const nested = checked.json<{ state: string }>().state;
    expect(nested).toMatch(/^transfer\.[a-zA-Z]+$/);
    expect((await app.inject({ method: 'GET', url: `/cases/${id}` })).json<CaseView>().state).toBe(nested);
    const refused = await send(id, ADMIN, { type: 'DECISION.MADE', outcome: 'granted', grounds: [] });
    expect(refused.json().error.state).toBe(nested);
  });

  describe('the periodic ticker', () => {
    it('ticks again and again, never two ticks of one instance at once, and stop waits for the running one', async () => {
      let running = 0;
      let most = 0;
      let calls = 0;
      const slowStore = {
        async tick() {
          calls += 1;
          running += 1;
          most = Math.max(most, running);
          await new Promise((done) => setTimeout(done, 20));
          running -= 1;
          return { day: '2026-03-02', processed: 0, raised: 0, archived: 0 };
        },
      } as unknown as CaseStore;
      const reports: unknown[] = [];
      const ticker = startTicker(slowStore, 2, (outcome) => reports.push(outcome));
      await new Promise((done) => setTimeout(done, 120));
      await ticker.stop();
      const after = calls;
      await new Promise((done) => setTimeout(done, 30));
      expect(most).toBe(1);
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(calls).toBe(after);
      expect(running).toBe(0);
      expect(reports).toHaveLength(calls);
    });
  });
});
