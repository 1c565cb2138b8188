// One error shape for every error the backend answers, checked against one schema (`ApiError` of errors.ts): each
// status it gives, and hostile text in paths, queries, bodies and headers, never answered back.
import type { Actor } from '@vikno/workflows';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_NAME, PLANTED_TAX_NUMBER } from '../../../fuzz/harness.js';
import { AccessCodes } from '../src/access-codes.js';
import { CaseStore, type CaseView } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { ApiError } from '../src/errors.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const APPLICANT: Actor = { role: 'applicant', id: 'a-1', office: 'cnap-central' };

/** Asserts the one error shape, the status and the code, and that nothing of `sent` comes back. */
function expectError(response: LightMyRequestResponse, status: number, code: string, sent: string[] = []) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const parsed = ApiError.safeParse(response.json());
  expect(parsed.success, response.body.slice(0, 300)).toBe(true);
  expect(parsed.data?.error.code).toBe(code);
  for (const text of sent) expect(response.body).not.toContain(text);
}

describe.each(drivers('errors'))('one error shape on $name', ({ open }) => {
  let db: Database;
  let app: FastifyInstance;
  const time = clock('2026-03-02T10:00:00+02:00');

  beforeAll(async () => {
    db = await open();
    const store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now });
    const codes = new AccessCodes(db, { keys: KEYS, now: time.now });
    app = devApp(store, {
      status: { codes, now: time.now, limits: { perAddress: { max: 2, timeWindowMs: 60_000 } } },
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function openCase(): Promise<string> {
    time.set('2026-03-02T10:00:00+02:00');
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    expect(created.statusCode).toBe(201);
    return created.json<CaseView>().id;
  }

  it('answers every status it refuses with, 400 to 500, in the one shape', async () => {
    const id = await openCase();
    const post = (url: string, payload: unknown, extra: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url,
        headers: { ...headers(ADMIN), ...extra },
        payload: payload as string,
      });

    expectError(await post('/cases', { serviceId: 'x', model: 'IV' }), 400, 'INVALID_REQUEST');
    expectError(await post('/cases', '{', { 'content-type': 'application/json' }), 400, 'INVALID_JSON');
    expectError(await app.inject({ method: 'GET', url: '/cases/C-%FF' }), 400, 'BAD_REQUEST');
    expectError(
      await post(`/cases/${id}/events`, { type: 'DECISION.MADE', outcome: 'granted', grounds: [] }),
      403,
      'ROLE_NOT_PERMITTED',
    );
    expectError(
      await app.inject({ method: 'GET', url: '/actions', headers: headers(APPLICANT) }),
      403,
      'ROLE_NOT_PERMITTED',
    );
    expectError(await app.inject({ method: 'GET', url: '/nowhere' }), 404, 'ROUTE_NOT_FOUND');
    expectError(await app.inject({ method: 'DELETE', url: `/cases/${id}` }), 404, 'ROUTE_NOT_FOUND');
    expectError(await app.inject({ method: 'GET', url: '/cases/C-none' }), 404, 'CASE_NOT_FOUND');
    expectError(
      await app.inject({
        method: 'GET',
        url: '/reports/timeliness?from=2026-03-01&to=2026-03-31',
        headers: { ...headers(ADMIN), accept: 'image/png' },
      }),
      406,
      'NOT_ACCEPTABLE',
    );
    expectError(await post(`/cases/${id}/events`, { type: 'DEFECTS.CURED' }), 409, 'NOT_ALLOWED_NOW');
    expectError(
      await post('/cases', { serviceId: 'x'.repeat(1_100_000), model: 'I' }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectError(await app.inject({ method: 'GET', url: `/cases/C-${'9'.repeat(120)}` }), 414, 'URI_TOO_LONG');
    expectError(
      await post('/cases', 'serviceId=x', { 'content-type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const statusAsked = () =>
      app.inject({
        method: 'POST',
        url: '/status',
        remoteAddress: '10.9.9.9',
        payload: { caseNumber: 'В-2026-1', accessCode: 'K7QM-3XRT-9WZD-2HFN' },
      });
    expectError(await statusAsked(), 404, 'STATUS_NOT_FOUND');
    await statusAsked();
    const limited = await statusAsked();
    expectError(limited, 429, 'TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    time.set('2099-01-01T10:00:00Z'); // past the calendar the SDK knows: the host's fault, a 500
    expectError(
      await post('/cases', { serviceId: 'birth-assistance', model: 'I' }),
      500,
      'CLOCK_OUT_OF_RANGE',
    );
    time.set('2026-03-02T10:00:00+02:00');
  });

  it('never answers back hostile text, wherever it is sent, and always in the one shape', async () => {
    const id = await openCase();
    const hostile = fc
      .tuple(fc.constantFrom(PLANTED_NAME, PLANTED_TAX_NUMBER), fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([planted, noise]) => `${planted}${noise}`);
    const where = fc.constantFrom('path', 'query', 'queryKey', 'body', 'bodyKey', 'event', 'header', 'actor');
    await fc.assert(
      fc.asyncProperty(hostile, where, async (text, at) => {
        const encoded = encodeURIComponent(text);
        const request = {
          path: { method: 'GET', url: `/cases/${encoded}` },
          query: { method: 'GET', url: `/cases?deadline=${encoded}` },
          queryKey: { method: 'GET', url: `/outbox?${encoded}=1` },
          body: { method: 'POST', url: '/cases', payload: { serviceId: text, model: 'I' } },
          bodyKey: { method: 'POST', url: '/cases', payload: { serviceId: 'x', model: 'I', [text]: 1 } },
          event: {
            method: 'POST',
            url: `/cases/${id}/events`,
            headers: headers(ADMIN),
            payload: { type: 'PACKAGE.CHECKED', complete: text, missing: [text] },
          },
          header: {
            method: 'GET',
            url: '/actions',
            headers: { ...headers(ADMIN), 'x-vikno-role': text.replace(/[^\x20-\x7e]/g, '') },
          },
          actor: {
            method: 'POST',
            url: `/cases/${id}/events`,
            headers: { ...headers(ADMIN), 'x-vikno-office': encoded.slice(0, 200) },
            payload: { type: text },
          },
        }[at] as InjectOptions;
        const response = await app.inject(request);
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(ApiError.safeParse(response.json()).success, response.body.slice(0, 300)).toBe(true);
        for (const planted of [PLANTED_NAME, PLANTED_TAX_NUMBER, encodeURIComponent(PLANTED_NAME)]) {
          expect(response.body).not.toContain(planted);
        }
      }),
      { numRuns: 150 },
    );
  });
});
