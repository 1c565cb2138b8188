// The reports over HTTP (Fastify's inject), on PGlite and on a PostgreSQL server: the timeliness report and the
// action list the backend answers from its SQL columns must be exactly what @vikno/monitoring computes over the same
// cases in memory; roles and offices are held to what they may see; hostile queries get the one error shape.
import {
  type ActionList,
  actionList,
  caseRecord,
  reportToCsv,
  reportToJson,
  type TimelinessOptions,
  timelinessReport,
} from '@vikno/monitoring';
import type { Actor, PersistedCase } from '@vikno/workflows';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore, stateName } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { FRONT_OFFICES, generateCaseHistories, PROVIDER_OFFICES } from '../src/generator.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

const HISTORY_END = '2026-05-15T12:00:00+03:00';
const NOW = '2026-05-18T10:00:00+03:00';
const CASES = 400;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEAD: Actor = { role: 'authorisedOfficial', id: 'head-1', office: 'cnap-central' };
const PFU = PROVIDER_OFFICES.pfu.id;
const PROVIDER: Actor = { role: 'decisionMaker', id: 'pfu-2', office: PFU };
const PLANTED = 'Шевченко Тарас 1234567890';

interface Snapshot {
  value: unknown;
  context: { caseId: string; serviceId: string; model: string; terms: Record<string, { state: string }> };
}

describe.each(drivers('reports'))('the reports on $name', ({ open }) => {
  let db: Database;
  let app: FastifyInstance;
  let store: CaseStore;
  const time = clock(NOW);
  const cases: PersistedCase[] = [
    ...generateCaseHistories({ seed: 9, count: CASES, now: HISTORY_END, keys: KEYS, weeks: 10 }),
  ];

  beforeAll(async () => {
    db = await open();
    store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now });
    app = devApp(store);
    // Stored as a backend before the report columns left them: the backfill writes their records.
    for (const persisted of cases) {
      const snapshot = JSON.parse(persisted.snapshot) as Snapshot;
      await db.query(
        `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
         values ($1, $2, $3, $4, $5, $6, 1, $7)`,
        [
          snapshot.context.caseId,
          snapshot.context.serviceId,
          snapshot.context.model,
          stateName(snapshot.value),
          persisted,
          Object.values(snapshot.context.terms).some((term) => term.state === 'running'),
          HISTORY_END,
        ],
      );
    }
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const report = (query: string, actor: Actor = HEAD, extra: Record<string, string> = {}) =>
    app.inject({
      method: 'GET',
      url: `/reports/timeliness?${query}`,
      headers: { ...headers(actor), ...extra },
    });

  const expected = (options: Omit<TimelinessOptions, 'now'>) =>
    timelinessReport(cases, { ...options, now: time.now().toISOString() });

  function expectError(response: LightMyRequestResponse, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      error: { code, uk: expect.any(String), en: expect.any(String) },
    });
    expect(response.body).not.toContain(PLANTED);
    expect(response.body).not.toContain(encodeURIComponent(PLANTED));
  }

  it('leaves out the rows without a record until the backfill writes them', async () => {
    const before = await report('from=2026-01-01&to=2026-12-31');
    expect(before.json().total.received).toBe(0);
    expect(await store.backfill()).toBe(CASES);
    const after = await report('from=2026-01-01&to=2026-12-31');
    expect(after.json().total.received).toBeGreaterThan(CASES / 2);
  });

  it('answers the report @vikno/monitoring computes over the same cases, grouped and filtered in SQL', async () => {
    const whole = await report('from=2026-03-01&to=2026-05-15&groupBy=office,model');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toMatch(/^application\/json/);
    const all = expected({ from: '2026-03-01', to: '2026-05-15', groupBy: ['office', 'model'] });
    expect(whole.body).toBe(reportToJson(all));
    expect(all.total.received).toBeGreaterThan(100);

    const offices = [FRONT_OFFICES[1]?.id, FRONT_OFFICES[3]?.id] as string[];
    const filtered = await report(
      `from=2026-04-01&to=2026-05-10&groupBy=week&office=${offices.join(',')}&model=I&model=III&service=birth-assistance,idp-living-allowance`,
    );
    const filter = {
      office: offices,
      model: ['I', 'III'] as ('I' | 'III')[],
      service: ['birth-assistance', 'idp-living-allowance'],
    };
    expect(filtered.json().total.received).toBeGreaterThan(0);
    expect(filtered.body).toBe(
      reportToJson(expected({ from: '2026-04-01', to: '2026-05-10', groupBy: ['week'], filter })),
    );
  });

  it('chooses the records in SQL: the period received, the offices, the service, the model', async () => {
    const records = cases.map((persisted) => caseRecord(persisted));
    const query = {
      receivedFrom: '2026-04-01',
      receivedTo: '2026-05-10',
      office: [FRONT_OFFICES[0]?.id, FRONT_OFFICES[2]?.id] as string[],
      model: ['I', 'II'],
    };
    const chosen = await store.foldRecords(query, async (stream) => {
      const ids: string[] = [];
      for await (const record of stream) ids.push(record.caseId);
      return ids.sort();
    });
    const wanted = records
      .filter(
        (record) =>
          record.receivedOn !== null &&
          record.receivedOn >= query.receivedFrom &&
          record.receivedOn <= query.receivedTo &&
          query.office.includes(record.office ?? '') &&
          query.model.includes(record.model),
      )
      .map((record) => record.caseId)
      .sort();
    expect(wanted.length).toBeGreaterThan(10);
    expect(chosen).toEqual(wanted);
    const running = await store.foldRecords({ providerOffice: [PFU], running: true }, async (stream) => {
      let count = 0;
      for await (const record of stream) {
        expect(record.providerOffice).toBe(PFU);
        count += 1;
      }
      return count;
    });
    expect(running).toBeGreaterThan(0);
    expect(running).toBeLessThan(records.filter((record) => record.providerOffice === PFU).length);
  });

  it('gives CSV and XLSX by Accept, with Ukrainian or English titles', async () => {
    const csv = await report('from=2026-03-01&to=2026-05-15&groupBy=providerOffice', HEAD, {
      accept: 'text/csv',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const all = expected({ from: '2026-03-01', to: '2026-05-15', groupBy: ['providerOffice'] });
    expect(csv.body).toBe(reportToCsv(all, { language: 'uk' }));
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const english = await report('from=2026-03-01&to=2026-05-15&language=en', HEAD, { accept: 'text/csv' });
    expect(english.body).toBe(
      reportToCsv(expected({ from: '2026-03-01', to: '2026-05-15', groupBy: [] }), { language: 'en' }),
    );

    const xlsx = await report('from=2026-03-01&to=2026-05-15', HEAD, { accept: `${XLSX}, text/csv;q=0.5` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expectError(
      await report('from=2026-03-01&to=2026-05-15', HEAD, { accept: 'text/html' }),
      406,
      'NOT_ACCEPTABLE',
    );
  });

  it("gives a provider's staff their own office's cases only", async () => {
    const own = await report('from=2026-03-01&to=2026-05-15&groupBy=service', PROVIDER);
    expect(own.body).toBe(
      reportToJson(
        expected({
          from: '2026-03-01',
          to: '2026-05-15',
          groupBy: ['service'],
          filter: { providerOffice: [PFU] },
        }),
      ),
    );
    expect(own.json().total.received).toBeGreaterThan(0);
    const other = PROVIDER_OFFICES.uszn.id;
    expectError(
      await report(`from=2026-03-01&to=2026-05-15&providerOffice=${other}`, PROVIDER),
      403,
      'OFFICE_NOT_PERMITTED',
    );
    for (const role of ['applicant', 'system'] as const) {
      expectError(
        await report('from=2026-03-01&to=2026-05-15', { ...HEAD, role }),
        403,
        'ROLE_NOT_PERMITTED',
      );
    }
  });

  it('answers hostile queries with the one error shape, never repeating what was sent', async () => {
    const planted = encodeURIComponent(PLANTED);
    expectError(
      await app.inject({
        method: 'GET',
        url: '/reports/timeliness?from=2026-03-01&to=2026-05-15',
        headers: { 'x-vikno-role': 'nobody' },
      }),
      400,
      'INVALID_REQUEST',
    );
    const cases = [
      `from=${planted}&to=2026-05-15`,
      `from=2026-03-01&to=2026-05-15&groupBy=${planted}`,
      `from=2026-03-01&to=2026-05-15&model=IV`,
      `from=2026-03-01&to=2026-05-15&${planted}=1`,
      `from=2026-03-01&to=2026-05-15&office=${'x'.repeat(201)}`,
      `from=2026-03-01&to=2026-05-15&office=${Array.from({ length: 101 }, (_, i) => `o${i}`).join(',')}`,
      'from=2026-03-01',
      'from=2026-03-01&from=2026-03-02&to=2026-05-15',
    ];
    for (const query of cases) expectError(await report(query), 400, 'INVALID_REQUEST');
    // A period the SDK refuses: its typed error, named by where.
    const reversed = await report('from=2026-05-15&to=2026-03-01');
    expectError(reversed, 400, 'INVALID_INPUT');
    const impossible = await report('from=2026-02-30&to=2026-05-15');
    expectError(impossible, 400, 'INVALID_INPUT');
    expectError(
      await app.inject({
        method: 'GET',
        url: `/actions?office=${planted}&role=${planted}`,
        headers: headers(HEAD),
      }),
      400,
      'INVALID_REQUEST',
    );
  });

  it("answers an office's action list as actionList does over every case", async () => {
    const office = FRONT_OFFICES[0]?.id as string;
    const admin: Actor = { role: 'cnapAdministrator', id: 'admin-1', office };
    const own = await app.inject({ method: 'GET', url: '/actions', headers: headers(admin) });
    expect(own.statusCode).toBe(200);
    const now = time.now().toISOString();
    const list = actionList(cases, { now, office, role: 'cnapAdministrator' });
    expect(own.json<ActionList>()).toEqual(JSON.parse(JSON.stringify(list)));
    expect(list.total).toBeGreaterThan(0);

    const provider = await app.inject({ method: 'GET', url: '/actions?limit=5', headers: headers(PROVIDER) });
    const providerList = actionList(cases, { now, office: PFU, role: 'decisionMaker', limit: 5 });
    expect(provider.json<ActionList>()).toEqual(JSON.parse(JSON.stringify(providerList)));
    expect(providerList.actions).toHaveLength(5);

    // A CNAP's head may look at a ТП's list; a provider at its own office only, and no side at the other's.
    const tp = FRONT_OFFICES[1]?.id as string;
    const head = await app.inject({
      method: 'GET',
      url: `/actions?office=${tp}&role=cnapAdministrator`,
      headers: headers(HEAD),
    });
    expect(head.json<ActionList>()).toEqual(
      JSON.parse(JSON.stringify(actionList(cases, { now, office: tp, role: 'cnapAdministrator' }))),
    );
    const elsewhere = await app.inject({
      method: 'GET',
      url: `/actions?office=${PROVIDER_OFFICES.uszn.id}`,
      headers: headers(PROVIDER),
    });
    expectError(elsewhere, 403, 'OFFICE_NOT_PERMITTED');
    const otherSide = await app.inject({
      method: 'GET',
      url: '/actions?role=decisionMaker',
      headers: headers(HEAD),
    });
    expectError(otherSide, 403, 'ROLE_NOT_PERMITTED');
  });

  it('keeps the records up to date on every change a case takes', async () => {
    time.set('2026-05-18T10:00:00+03:00');
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    const { id } = created.json<{ id: string }>();
    const admin: Actor = { role: 'cnapAdministrator', id: 'admin-1', office: 'cnap-central' };
    const send = (event: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/cases/${id}/events`, headers: headers(admin), payload: event });
    expect((await send({ type: 'PACKAGE.CHECKED', complete: true, missing: [] })).statusCode).toBe(200);
    expect((await send({ type: 'TRANSFER.SENT', to: PFU })).statusCode).toBe(200);
    const { rows } = await db.query<{
      persisted: PersistedCase;
      office: string;
      provider_office: string;
      received_on: string;
    }>('select persisted, office, provider_office, received_on from vikno_case where id = $1', [id]);
    expect(rows[0]).toMatchObject({
      office: 'cnap-central',
      provider_office: PFU,
      received_on: '2026-05-18',
    });
    const day = await report(`from=2026-05-18&to=2026-05-18&office=cnap-central`);
    expect(day.body).toBe(
      reportToJson(
        timelinessReport([rows[0]?.persisted as PersistedCase], {
          from: '2026-05-18',
          to: '2026-05-18',
          now: time.now().toISOString(),
          groupBy: [],
          filter: { office: ['cnap-central'] },
        }),
      ),
    );
  });
});
