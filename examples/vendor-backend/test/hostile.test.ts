// The backend under hostile HTTP and hostile rows: text the database cannot store, bodies that are not UTF-8 JSON,
// personal data typed into any field (never answered back, never logged), events to finished cases, and stored
// rows that once crash-looped the server.
import { readFileSync } from 'node:fs';
import { type Actor, type CaseEventType, PERMISSIONS, type PersistedCase } from '@vikno/workflows';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PLANTED_NAME, PLANTED_TAX_NUMBER } from '../../../fuzz/harness.js';
import { CaseStore, type CaseView, type TickReport } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const PLANTED = [PLANTED_NAME, PLANTED_TAX_NUMBER, 'Шевченко', '3012456'];
/** Strings PostgreSQL refuses in `text` (NUL) or in `jsonb` (NUL, and a surrogate without its pair). */
const UNSTORABLE = [
  'N-\u0000',
  '\u0000',
  'N-\ud800',
  '\udfff-N',
  `${PLANTED_NAME}\u0000${PLANTED_TAX_NUMBER}`,
];

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
/** A row written by @vikno/workflows 1 after a TICK past the calendar's range: an `error` snapshot, checksum valid. */
const CRASH_LOOPED = fixture('crash-looped.v1.json');
/** A row written by @vikno/workflows 1: a registered case under consideration. */
const REGISTERED_V1 = fixture('registered.v1.json');
/** A row written by @vikno/workflows 1: a case whose decision-maker has asked for documents. */
const SUSPENDED_V1 = fixture('suspended.v1.json');

/** The statuses a list of responses got, counted: `{ 400: 12 }`. */
function statuses(responses: readonly LightMyRequestResponse[]): Record<number, number> {
  const counted: Record<number, number> = {};
  for (const response of responses) counted[response.statusCode] = (counted[response.statusCode] ?? 0) + 1;
  return counted;
}

/** Asserts a typed error answer: `{ error: { code, uk, en } }`, bounded, not repeating anything planted. */
function expectTypedError(response: LightMyRequestResponse, status: number, code?: string) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  const { error } = response.json<{ error: { code: string; uk: string; en: string } }>();
  expect(error.code).toMatch(/^[A-Z_]+$/);
  if (code) expect(error.code).toBe(code);
  expect(error.uk.length).toBeGreaterThan(0);
  expect(error.en.length).toBeGreaterThan(0);
  expect(response.body.length).toBeLessThanOrEqual(8 * 1024);
  for (const planted of PLANTED) expect(response.body).not.toContain(planted);
}

describe.each(drivers('hostile'))('the vendor backend under hostile input, on $name', ({ open }) => {
  let db: Database;
  const time = clock('2026-03-02T10:00:00+02:00');
  const log: string[] = [];
  let app: FastifyInstance;
  let store: CaseStore;

  beforeAll(async () => {
    db = await open();
    store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now, tickBatch: 3 });
    app = devApp(store, { logger: { stream: { write: (line: string) => log.push(line) } } });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });
  beforeEach(() => {
    time.set('2026-03-02T10:00:00+02:00');
  });

  async function openCase(): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    expect(created.statusCode).toBe(201);
    return created.json<CaseView>().id;
  }

  function send(id: string, actor: Actor, event: unknown, extra: Record<string, string> = {}) {
    return app.inject({
      method: 'POST',
      url: `/cases/${id}/events`,
      headers: { ...headers(actor), ...extra },
      payload: event as Record<string, unknown>,
    });
  }

  async function read(id: string): Promise<CaseView> {
    const response = await app.inject({ method: 'GET', url: `/cases/${id}` });
    expect(response.statusCode).toBe(200);
    return response.json<CaseView>();
  }

  it('refuses text the database cannot store (NUL, a lone surrogate) with a typed 400, wherever it comes from', async () => {
    const id = await openCase();
    const inPath = [
      await app.inject({ method: 'GET', url: '/cases/C-%00' }),
      await app.inject({ method: 'GET', url: '/cases/%00' }),
      await app.inject({
        method: 'POST',
        url: `/cases/${id}%00/events`,
        headers: headers(ADMIN),
        payload: { type: 'TRANSFER.SENT' },
      }),
    ];
    expect(statuses(inPath)).toEqual({ 400: inPath.length });
    for (const response of inPath) expectTypedError(response, 400, 'INVALID_REQUEST');

    // Percent-encoded bytes that are not UTF-8 (a surrogate's CESU bytes, a lone 0xFF): not a path at all.
    const notUtf8Paths = [
      await app.inject({ method: 'GET', url: '/cases/C-%ED%A0%80' }),
      await app.inject({ method: 'GET', url: `/cases/C-%FF${encodeURIComponent(PLANTED_NAME)}` }),
    ];
    for (const response of notUtf8Paths) expectTypedError(response, 400);

    const inHeaders: LightMyRequestResponse[] = [];
    for (const bad of UNSTORABLE) {
      inHeaders.push(
        await send(id, { ...ADMIN, id: bad }, { type: 'PACKAGE.CHECKED', complete: true, missing: [] }),
      );
      inHeaders.push(
        await send(id, { ...ADMIN, office: bad }, { type: 'PACKAGE.CHECKED', complete: true, missing: [] }),
      );
    }
    expect(statuses(inHeaders)).toEqual({ 400: inHeaders.length });
    for (const response of inHeaders) expectTypedError(response, 400, 'INVALID_REQUEST');

    // Each of these events would be accepted with clean text, and so reach the database.
    const inEvents: LightMyRequestResponse[] = [];
    for (const bad of UNSTORABLE) {
      inEvents.push(
        await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: bad }),
      );
      inEvents.push(await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: false, missing: [bad] }));
      inEvents.push(
        await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [], [bad]: 1 }),
      );
      inEvents.push(
        await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [], deep: [{ x: [bad] }] }),
      );
      inEvents.push(await send(id, ADMIN, { type: bad }));
    }
    const inCreate: LightMyRequestResponse[] = [];
    for (const bad of UNSTORABLE) {
      inCreate.push(
        await app.inject({ method: 'POST', url: '/cases', payload: { serviceId: bad, model: 'I' } }),
      );
    }
    expect(statuses(inEvents)).toEqual({ 400: inEvents.length });
    expect(statuses(inCreate)).toEqual({ 400: inCreate.length });
    for (const response of [...inEvents, ...inCreate]) expectTypedError(response, 400);
    const caseNumberRefusal = inEvents[0]?.json().error;
    expect(caseNumberRefusal).toMatchObject({
      code: 'INVALID_REQUEST',
      issues: [{ path: 'body.caseNumber' }],
    });
    expect(inEvents[1]?.json().error.issues[0].path).toBe('body.missing.0');

    const view = await read(id);
    expect(view).toMatchObject({ state: 'intake', version: 1, audit: [{ seq: 0, type: 'CASE.CREATED' }] });
    // The case still takes a clean event.
    expect((await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [] })).statusCode).toBe(
      200,
    );
  });

  it('refuses a body that is not UTF-8 JSON: 415 for another charset, 400 for bytes that are not UTF-8', async () => {
    const id = await openCase();
    const json = JSON.stringify({ type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'N-é' });
    const post = (contentType: string, body: Buffer) =>
      app.inject({
        method: 'POST',
        url: `/cases/${id}/events`,
        headers: { ...headers(ADMIN), 'content-type': contentType },
        payload: body,
      });
    const otherCharsets = [
      await post('application/json; charset=utf-16', Buffer.from(`\ufeff${json}`, 'utf16le')),
      await post('application/json; charset=UTF-16LE', Buffer.from(json, 'utf16le')),
      await post('application/json; charset=iso-8859-1', Buffer.from(json, 'latin1')),
      await post('application/json;charset=windows-1251', Buffer.from(json, 'latin1')),
      await post('application/json; charset=', Buffer.from(json)),
    ];
    expect(statuses(otherCharsets)).toEqual({ 415: otherCharsets.length });
    for (const response of otherCharsets) expectTypedError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');

    // Latin-1 bytes sent as UTF-8: 0xE9 alone is not UTF-8, and must not become U+FFFD in the case.
    const notUtf8 = [
      await post('application/json', Buffer.from(json, 'latin1')),
      await post(
        'application/json; charset=utf-8',
        Buffer.from([...Buffer.from('{"type":"'), 0xff, 0x22, 0x7d]),
      ),
    ];
    expect(statuses(notUtf8)).toEqual({ 400: notUtf8.length });
    for (const response of notUtf8) expectTypedError(response, 400, 'INVALID_JSON');
    const elsewhere = [
      await app.inject({
        method: 'POST',
        url: '/cases',
        headers: { 'content-type': 'text/plain' },
        payload: PLANTED_NAME,
      }),
      await app.inject({
        method: 'POST',
        url: '/cases',
        headers: { 'content-type': 'application/json' },
        payload: `{"serviceId": "${PLANTED_NAME}`,
      }),
      await app.inject({
        method: 'POST',
        url: '/cases',
        headers: { 'content-type': 'application/json' },
        payload: `{"__proto__": {"x": "${PLANTED_NAME}"}}`,
      }),
    ];
    expectTypedError(elsewhere[0] as LightMyRequestResponse, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectTypedError(elsewhere[1] as LightMyRequestResponse, 400, 'INVALID_JSON');
    expectTypedError(elsewhere[2] as LightMyRequestResponse, 400, 'INVALID_JSON');
    const deep = await post(
      'application/json',
      Buffer.from(`${'['.repeat(100_000)}"\u0000"${']'.repeat(100_000)}`),
    );
    expectTypedError(deep, 400);

    expect(await read(id)).toMatchObject({ state: 'intake', version: 1 });
    const utf8 = await post('application/json; charset="UTF-8"', Buffer.from(json));
    expect(utf8.statusCode).toBe(200);
  });

  it('never answers back a value it was given, nor a name it does not know, and never logs it', async () => {
    const id = await openCase();
    const both = `${PLANTED_NAME} ${PLANTED_TAX_NUMBER}`;
    const requests = [
      app.inject({ method: 'POST', url: '/cases', payload: { serviceId: both, model: 'I' } }),
      app.inject({ method: 'POST', url: '/cases', payload: { serviceId: PLANTED_TAX_NUMBER, model: 'I' } }),
      app.inject({ method: 'POST', url: '/cases', payload: { serviceId: 'birth-assistance', model: both } }),
      app.inject({
        method: 'POST',
        url: '/cases',
        payload: { serviceId: 'birth-assistance', model: 'I', [both]: 1 },
      }),
      app.inject({ method: 'POST', url: '/cases', payload: { serviceId: 'x'.repeat(100_000), model: 'I' } }),
      app.inject({ method: 'POST', url: '/cases', payload: [both] }),
      send(id, ADMIN, { type: both }),
      send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [], [both]: both }),
      send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: both, missing: [] }),
      send(id, { ...ADMIN, role: both as Actor['role'] }, { type: 'TRANSFER.SENT' }),
      send(id, { ...ADMIN, id: both.repeat(10) }, { type: 'TRANSFER.SENT' }),
      send(id, ADMIN, { type: 'DECISION.MADE', outcome: both, grounds: [both] }),
      app.inject({ method: 'GET', url: `/cases/${encodeURIComponent(both)}` }),
      app.inject({ method: 'GET', url: `/cases/${encodeURIComponent(both.repeat(20))}` }),
      app.inject({
        method: 'POST',
        url: `/cases/${encodeURIComponent(both)}/events`,
        headers: headers(ADMIN),
        payload: { type: 'TRANSFER.SENT' },
      }),
      app.inject({ method: 'GET', url: `/cases?deadline=${encodeURIComponent(both)}` }),
      app.inject({ method: 'GET', url: `/cases?deadline=overdue&${encodeURIComponent(both)}=1` }),
      app.inject({ method: 'GET', url: `/outbox?after=${encodeURIComponent(both)}` }),
      app.inject({ method: 'GET', url: `/${encodeURIComponent(both)}?tax=${PLANTED_TAX_NUMBER}` }),
      app.inject({ method: 'DELETE', url: `/cases/${encodeURIComponent(both)}` }),
    ];
    const responses = await Promise.all(requests);
    expect(statuses(responses)).toEqual({ 400: 15, 404: 4, 414: 1 });
    for (const response of responses) expectTypedError(response, response.statusCode);

    const text = log.join('');
    expect(text.length).toBeGreaterThan(0);
    for (const planted of PLANTED) expect(text).not.toContain(planted);
    const lines = log.map((line) => JSON.parse(line) as { req?: Record<string, unknown> });
    const routes = lines.flatMap((line) => (line.req ? [line.req.route] : []));
    expect(routes).toContain('/cases/:id');
    expect(lines.every((line) => line.req?.url === undefined && line.req?.remoteAddress === undefined)).toBe(
      true,
    );
  });

  it('refuses a bound the database cannot hold with a typed 400', async () => {
    const responses = [
      await app.inject({ method: 'GET', url: '/outbox?after=99999999999999999999' }),
      await app.inject({ method: 'GET', url: '/outbox?after=1e400' }),
      await app.inject({ method: 'GET', url: '/outbox?after=-1' }),
    ];
    expect(statuses(responses)).toEqual({ 400: responses.length });
    for (const response of responses) expectTypedError(response, 400, 'INVALID_REQUEST');
  });

  it('answers 409 to every event a finished case receives, changing nothing', async () => {
    const finished: string[] = [];
    const returned = await openCase();
    expect(
      (
        await send(returned, ADMIN, { type: 'PACKAGE.CHECKED', complete: false, missing: ['identity'] })
      ).json(),
    ).toMatchObject({ state: 'withoutMovement' });
    // Left without movement, not cured within its term: returned with the reasons (Law 2073-IX).
    time.set('2026-04-06T10:00:00+03:00');
    expect(
      (await send(returned, ADMIN, { type: 'APPLICATION.RETURNED', reasons: ['defects-not-cured'] })).json(),
    ).toMatchObject({ state: 'returned' });
    time.set('2026-03-02T10:00:00+02:00');
    finished.push(returned);
    const withdrawn = await openCase();
    expect((await send(withdrawn, ADMIN, { type: 'APPLICATION.WITHDRAWN' })).json()).toMatchObject({
      state: 'withdrawn',
    });
    finished.push(withdrawn);

    const samples: Record<CaseEventType, Record<string, unknown>> = {
      'PACKAGE.CHECKED': { complete: true, missing: [] },
      'TRANSFER.SENT': { to: 'pension-fund' },
      'TRANSFER.HANDED_OVER': {},
      'TRANSFER.ADDED': { registerId: 'R-1' },
      'TRANSFER.DISPATCHED': { registerId: 'R-1' },
      'TRANSFER.RECEIVED': { registerId: 'R-1', to: 'uszn-1' },
      'ORIGINALS.RECEIVED': {},
      'DOCUMENTS.REQUESTED': { documents: ['identity'] },
      'DOCUMENTS.RECEIVED': {},
      'DECISION.MADE': { outcome: 'granted', grounds: [] },
      'CNAP.INFORMED': {},
      'APPLICANT.NOTIFIED': { channel: 'sms' },
      'RESULT.ISSUED': {},
      'APPLICATION.WITHDRAWN': {},
      TICK: {},
      'DEFECTS.CURED': {},
      'APPLICATION.RETURNED': { reasons: ['defects-not-cured'] },
      'HEARING.NOTIFIED': { outcome: 'refused', grounds: ['income-above-threshold'] },
      'POSITION.PRESENTED': {},
      'TERM.EXTENDED': { extension: { amount: 5, unit: 'calendarDays' }, reasons: ['expert-opinion'] },
      'DECISION.DELIVERED': { channel: 'post' },
      'FILE.ACCESS_REQUESTED': {},
      'FILE.ACCESS_GIVEN': {},
      'CASE.REOPENED': { complaintId: 'S-1' },
      'DECISION.REPLACED': { complaintId: 'S-1', outcome: 'granted', grounds: [] },
    };
    for (const id of finished) {
      const before = await read(id);
      const responses: LightMyRequestResponse[] = [];
      for (const [type, fields] of Object.entries(samples)) {
        for (const role of PERMISSIONS[type as CaseEventType]) {
          responses.push(await send(id, { role, id: 'u-1', office: 'cnap-central' }, { type, ...fields }));
        }
      }
      expect(statuses(responses)).toEqual({ 409: responses.length });
      for (const response of responses)
        expect(response.json().error).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
      expect(await read(id)).toEqual(before);
    }
  });

  describe('rows that once crash-looped the server', () => {
    async function insertRow(id: string, persisted: unknown) {
      await db.query(
        `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
         values ($1, 'birth-assistance', 'I', 'consideration', $2, true, 3, '2026-03-02T08:00:00.000Z')`,
        [id, persisted],
      );
    }

    async function registered(): Promise<string> {
      const id = await openCase();
      expect(
        (await send(id, ADMIN, { type: 'PACKAGE.CHECKED', complete: true, missing: [] })).statusCode,
      ).toBe(200);
      expect((await send(id, ADMIN, { type: 'TRANSFER.SENT', to: 'pension-fund' })).statusCode).toBe(200);
      return id;
    }

    async function tick(): Promise<TickReport> {
      const response = await app.inject({ method: 'POST', url: '/ticks' });
      expect(response.statusCode, log.filter((line) => line.includes('"level":50')).join('\n')).toBe(200);
      return response.json<TickReport>();
    }

    it('refuses them at restore with a typed error, logs it without personal data, and ticks the other cases', async () => {
      await db.query('truncate vikno_outbox, vikno_audit, vikno_case');
      const healthy = [await registered(), await registered(), await registered()];
      const { rows } = await db.query<{ persisted: PersistedCase }>(
        'select persisted from vikno_case where id = $1',
        [healthy[0]],
      );
      const good = rows[0]?.persisted as PersistedCase;
      const broken: Record<string, unknown> = {
        'C-crash-looped': CRASH_LOOPED,
        'C-v1-registered': REGISTERED_V1,
        'C-tampered': {
          ...good,
          snapshot: good.snapshot.replace(
            '"birth-assistance"',
            JSON.stringify(`${PLANTED_NAME} ${PLANTED_TAX_NUMBER}`),
          ),
        },
        'C-retired-key': { ...good, key: 'test-0' },
        'C-copied': good,
        'C-truncated': { ...good, snapshot: good.snapshot.slice(0, good.snapshot.length / 2) },
        'C-not-a-case': { format: 'vikno.case', note: PLANTED_NAME },
      };
      for (const [id, persisted] of Object.entries(broken)) await insertRow(id, persisted);
      log.length = 0;

      time.set('2026-06-15T09:00:00+03:00');
      const report = await tick();
      expect(report.processed).toBe(healthy.length);
      expect(report.raised).toBeGreaterThanOrEqual(healthy.length);
      expect(
        Object.fromEntries(
          report.skipped.map(({ caseId, reason, code, path }) => [caseId, `${reason} ${code} ${path}`]),
        ),
      ).toEqual({
        // Version 1 is refused outside the migration, whatever it holds.
        'C-crash-looped': 'unreadable INVALID_INPUT persisted.version',
        'C-v1-registered': 'unreadable INVALID_INPUT persisted.version',
        'C-tampered': 'unreadable INVALID_INPUT persisted.mac',
        'C-retired-key': 'unreadable INVALID_INPUT persisted.key',
        'C-copied': 'unreadable INVALID_INPUT persisted.snapshot.context.caseId',
        'C-truncated': 'unreadable INVALID_INPUT persisted.mac',
        'C-not-a-case': 'unreadable INVALID_INPUT persisted.machine',
      });
      for (const id of healthy) expect((await read(id)).terms.decision?.status).toBe('overdue');

      const lines = log.map((line) => JSON.parse(line) as Record<string, unknown>);
      const skipped = lines.filter((line) => line.msg === 'case skipped by the tick');
      expect(skipped.map((line) => line.caseId).sort()).toEqual(Object.keys(broken).sort());
      const text = log.join('');
      for (const planted of PLANTED) expect(text).not.toContain(planted);
      expect(text).not.toContain('2036-01-05');

      // Set aside: neither the same day nor the next retries them, and the others go on when a term of theirs
      // changes: not the next day, their warnings raised.
      expect(await tick()).toMatchObject({ processed: 0, skipped: [] });
      time.set('2026-06-16T09:00:00+03:00');
      expect(await tick()).toMatchObject({ processed: 0, skipped: [] });

      // Reading or sending to one answers a typed error, without its content; the lists leave them out.
      for (const id of Object.keys(broken)) {
        expectTypedError(await app.inject({ method: 'GET', url: `/cases/${id}` }), 500, 'CASE_UNREADABLE');
        expectTypedError(await send(id, ADMIN, { type: 'DOCUMENTS.RECEIVED' }), 500, 'CASE_UNREADABLE');
      }
      const overdue = (await app.inject({ method: 'GET', url: '/cases?deadline=overdue' })).json<{
        cases: CaseView[];
      }>();
      expect(overdue.cases.map((view) => view.id).sort()).toEqual([...healthy].sort());
    });

    it('a clock past the calendar refuses ticks, events and reads with a typed error, and changes no case', async () => {
      await db.query('truncate vikno_outbox, vikno_audit, vikno_case');
      const ids = [await registered(), await registered()];
      const before = await Promise.all(ids.map(read));
      log.length = 0;

      time.set('2036-01-05T10:00:00+02:00');
      const id = ids[0] as string;
      const refused = [
        await app.inject({ method: 'POST', url: '/ticks' }),
        await send(id, ADMIN, { type: 'APPLICATION.WITHDRAWN' }),
        await app.inject({ method: 'GET', url: `/cases/${id}` }),
        await app.inject({ method: 'GET', url: '/cases?deadline=overdue' }),
        await app.inject({
          method: 'POST',
          url: '/cases',
          payload: { serviceId: 'birth-assistance', model: 'I' },
        }),
      ];
      for (const response of refused) expectTypedError(response, 500, 'CLOCK_OUT_OF_RANGE');
      expect(log.join('')).not.toContain('2036-01-05');

      // The clock put right: nothing was changed, and the cases are ticked as ever.
      time.set('2026-03-02T10:00:00+02:00');
      expect(await Promise.all(ids.map(read))).toEqual(before);
      time.set('2026-06-15T09:00:00+03:00');
      expect(await tick()).toMatchObject({ processed: ids.length, skipped: [] });
    });

    it('migrates version-1 rows once: the one that passes its checks is signed and taken up, the broken one stays aside', async () => {
      await db.query('truncate vikno_outbox, vikno_audit, vikno_case');
      await insertRow('C-crash-looped', CRASH_LOOPED);
      await insertRow('C-v1-suspended', SUSPENDED_V1);
      time.set('2026-03-04T09:00:00+02:00');
      const refused = await tick();
      expect(refused.skipped.map((skip) => skip.caseId).sort()).toEqual(['C-crash-looped', 'C-v1-suspended']);
      expectTypedError(
        await app.inject({ method: 'GET', url: '/cases/C-v1-suspended' }),
        500,
        'CASE_UNREADABLE',
      );
      log.length = 0;

      const migration = await store.migrateLegacyCases();
      expect(migration.migrated).toBe(1);
      expect(migration.skipped).toEqual([
        { caseId: 'C-crash-looped', reason: 'unreadable', code: 'INVALID_INPUT', path: expect.any(String) },
      ]);
      // Run again, it signs nothing more and names the broken one again.
      expect(await store.migrateLegacyCases()).toEqual({ migrated: 0, skipped: migration.skipped });

      // The migrated case goes on where it stopped, its provider office taken from its audit trail.
      expect((await read('C-v1-suspended')).state).toBe('suspended');
      expect((await send('C-v1-suspended', ADMIN, { type: 'DOCUMENTS.RECEIVED' })).statusCode).toBe(200);
      const decision = { type: 'DECISION.MADE', outcome: 'granted', grounds: [] };
      const elsewhere = { role: 'decisionMaker', id: 'pfu-9', office: 'pension-fund-other' } as const;
      expect((await send('C-v1-suspended', elsewhere, decision)).statusCode).toBe(403);
      const decider = { role: 'decisionMaker', id: 'pfu-2', office: 'pension-fund' } as const;
      expect((await send('C-v1-suspended', decider, decision)).json()).toEqual({
        accepted: true,
        state: 'decided',
      });
      expect((await read('C-v1-suspended')).audit.map((entry) => entry.type)).toEqual([
        'DOCUMENTS.RECEIVED',
        'DECISION.MADE',
      ]);
      for (const planted of PLANTED) expect(log.join('')).not.toContain(planted);
    });

    it('a case that refuses its TICK stays as it was, and is not tried again', async () => {
      await db.query('truncate vikno_outbox, vikno_audit, vikno_case');
      const ticked = await registered();
      // A finished case whose row still says it has running terms and is due, as a backend that once took events
      // in finished cases could have left it: the SDK refuses its TICK.
      const finished = await registered();
      expect((await send(finished, ADMIN, { type: 'APPLICATION.WITHDRAWN' })).statusCode).toBe(200);
      await db.query(
        `update vikno_case set running_terms = true, next_tick_on = '2026-03-02' where id = $1`,
        [finished],
      );
      const before = await read(finished);
      log.length = 0;

      time.set('2026-06-15T09:00:00+03:00');
      const report = await tick();
      expect(report).toMatchObject({
        processed: 1,
        skipped: [{ caseId: finished, reason: 'tickRefused', code: 'NOT_ACCEPTED', path: 'notAllowedNow' }],
      });
      expect(await read(finished)).toEqual(before);
      expect((await read(ticked)).terms.decision?.status).toBe('overdue');
      expect(log.join('')).toContain('case skipped by the tick');
      time.set('2026-06-16T09:00:00+03:00');
      expect(await tick()).toMatchObject({ processed: 0, skipped: [] });
    });
  });
});
