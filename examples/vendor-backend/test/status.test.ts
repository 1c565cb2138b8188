// The applicants' status lookup: an access code issued once at registration and kept only as a hash, the status
// asked for by case number and code in the body, one 404 for every miss, and rate limits per address and per case
// number. On PGlite and (with DATABASE_URL) a PostgreSQL server.
import type { Actor } from '@vikno/workflows';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessCodes, generateAccessCode, hashAccessCode, normalizeAccessCode } from '../src/access-codes.js';
import { CaseStore, type CaseView } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { statusLanguage } from '../src/status-routes.js';
import { clock, devApp, drivers, headers, KEYS } from './support.js';

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'pfu-2', office: 'pension-fund' };
const CODE_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe.each(drivers('status'))('status lookup on $name', ({ open }) => {
  let db: Database;
  let app: FastifyInstance;
  const time = clock('2026-03-02T10:00:00+02:00');
  // Each test gets its own address, so the per-address limit of one does not spill into another.
  let address = 0;
  const nextAddress = () => {
    address += 1;
    return `10.0.${Math.floor(address / 256) % 256}.${address % 256}`;
  };

  beforeAll(async () => {
    db = await open();
    const store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now });
    const codes = new AccessCodes(db, { keys: KEYS, now: time.now });
    app = devApp(store, {
      status: {
        codes,
        now: time.now,
        limits: {
          perAddress: { max: 12, timeWindowMs: 60_000 },
          perCaseNumber: { max: 3, timeWindowMs: 900_000 },
        },
      },
    });
  });
  afterAll(async () => {
    await app.close();
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

  /** Opens and registers a case: its id and the response to the registration. */
  async function register(caseNumber?: string) {
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });
    const { id } = created.json<CaseView>();
    const checked = await send(id, ADMIN, {
      type: 'PACKAGE.CHECKED',
      complete: true,
      missing: [],
      ...(caseNumber ? { caseNumber } : {}),
    });
    expect(checked.statusCode).toBe(200);
    return { id, registration: checked.json<{ accepted: true; state: string; accessCode?: string }>() };
  }

  function lookup(body: Record<string, unknown>, options: { language?: string; ip?: string } = {}) {
    return app.inject({
      method: 'POST',
      url: '/status',
      remoteAddress: options.ip ?? nextAddress(),
      headers: options.language ? { 'accept-language': options.language } : {},
      payload: body,
    });
  }

  it('issues an access code once, in the registration answer, and keeps only its hash', async () => {
    const { id, registration } = await register('В-2026-17');
    expect(registration).toMatchObject({ accepted: true, state: 'transfer.awaitingElectronicTransfer' });
    const code = registration.accessCode as string;
    expect(code).toMatch(CODE_FORMAT);

    const stored = await db.query<Record<string, string>>(
      'select * from vikno_access_code where case_id = $1',
      [id],
    );
    expect(stored.rows).toHaveLength(1);
    const row = stored.rows[0] as Record<string, string>;
    expect(row.case_number).toBe('В-2026-17');
    expect(row.code_hash).toBe(hashAccessCode(normalizeAccessCode(code) as string));
    expect(JSON.stringify(row)).not.toContain(code.replaceAll('-', '').slice(0, 8));

    // No later answer shows it again.
    const next = await send(id, ADMIN, { type: 'TRANSFER.SENT', to: DECIDER.office });
    expect(next.json()).toEqual({ accepted: true, state: 'consideration' });
    const read = await app.inject({ method: 'GET', url: `/cases/${id}` });
    expect(read.body).not.toContain(code);
  });

  it('answers the status by case number and code in the body, in the language asked', async () => {
    const { registration } = await register('В-2026-18');
    const code = registration.accessCode as string;

    const uk = await lookup({ caseNumber: 'В-2026-18', accessCode: code });
    expect(uk.statusCode).toBe(200);
    expect(uk.headers['cache-control']).toBe('no-store');
    const status = uk.json();
    // The applicant's status of @vikno/monitoring: registered and sent on, the decision due by a day.
    expect(status).toMatchObject({
      caseNumber: 'В-2026-18',
      language: 'uk',
      finished: false,
      outcome: null,
      late: false,
      action: null,
    });
    expect(status.dueOn).toMatch(/^2026-03-\d{2}$/);
    expect(status.headline).toMatch(/[а-яіїє]/i);
    expect(JSON.stringify(status)).not.toMatch(
      /cnapAdministrator|admin-3|cnap-central|C-[0-9a-f]{8}|transfer/,
    );

    const en = await lookup(
      { caseNumber: 'В-2026-18', accessCode: code },
      { language: 'en-GB,en;q=0.9,uk;q=0.5' },
    );
    expect(en.json()).toMatchObject({ caseNumber: 'В-2026-18', language: 'en', dueOn: status.dueOn });
    expect(en.json().headline).not.toBe(status.headline);
    expect(en.json().dueOnText).not.toBe(status.dueOnText);
    const asked = await lookup(
      { caseNumber: 'В-2026-18', accessCode: code, language: 'uk' },
      { language: 'en' },
    );
    expect(asked.json()).toMatchObject({ language: 'uk' });

    // A code typed as people type it: lower case, spaces, O for 0 and I or L for 1.
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect((await lookup({ caseNumber: 'В-2026-18', accessCode: typed })).statusCode).toBe(200);
  });

  it('gives one and the same 404 for an unknown case number and for a wrong code', async () => {
    const { registration } = await register('В-2026-19');
    const other = await register('В-2026-20');
    const unknown = await lookup({ caseNumber: 'В-2026-404', accessCode: registration.accessCode });
    const wrong = await lookup({ caseNumber: 'В-2026-19', accessCode: generateAccessCode() });
    const othersCode = await lookup({ caseNumber: 'В-2026-19', accessCode: other.registration.accessCode });
    const malformed = await lookup({ caseNumber: 'В-2026-19', accessCode: 'not a code' });
    for (const miss of [unknown, wrong, othersCode, malformed]) {
      expect(miss.statusCode).toBe(404);
      expect(miss.body).toBe(unknown.body);
    }
    expect(unknown.json().error).toMatchObject({ code: 'STATUS_NOT_FOUND' });
    expect(unknown.body).not.toContain('В-2026');
  });

  it('never takes the number or the code from the URL', async () => {
    const { registration } = await register('В-2026-21');
    const query = new URLSearchParams({
      caseNumber: 'В-2026-21',
      accessCode: registration.accessCode as string,
    });
    const byUrl = await app.inject({ method: 'GET', url: `/status?${query}`, remoteAddress: nextAddress() });
    expect(byUrl.statusCode).toBe(404);
    expect(byUrl.json().error.code).toBe('ROUTE_NOT_FOUND');
    const empty = await lookup({});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('INVALID_REQUEST');
    const extra = await lookup({ caseNumber: 'В-2026-21', accessCode: 'x', name: 'Шевченко' });
    expect(extra.statusCode).toBe(400);
    expect(extra.body).not.toContain('Шевченко');
  });

  it('refuses the attempt after the limit on one case number with 429, the right code included', async () => {
    const { registration } = await register('В-2026-22');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await lookup({ caseNumber: 'В-2026-22', accessCode: generateAccessCode() })).statusCode).toBe(
        404,
      );
    }
    const limited = await lookup({ caseNumber: 'В-2026-22', accessCode: registration.accessCode });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: { code: 'TOO_MANY_REQUESTS', uk: expect.any(String), en: expect.any(String) },
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // An unknown number is limited alike: a 429 tells nothing about whether it exists.
    for (let attempt = 0; attempt < 3; attempt += 1) await lookup({ caseNumber: 'В-404', accessCode: 'x' });
    expect((await lookup({ caseNumber: 'В-404', accessCode: 'x' })).statusCode).toBe(429);
    // Another case number is not held back by this one.
    const other = await register('В-2026-23');
    expect(
      (await lookup({ caseNumber: 'В-2026-23', accessCode: other.registration.accessCode })).statusCode,
    ).toBe(200);
  });

  it('refuses the request after the limit from one address with 429', async () => {
    const ip = nextAddress();
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const answer = await lookup({ caseNumber: `N-${attempt}`, accessCode: 'x' }, { ip });
      expect(answer.statusCode).toBe(404);
    }
    const limited = await lookup({ caseNumber: 'N-last', accessCode: 'x' }, { ip });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets CNAP staff issue a new code, which replaces the old one', async () => {
    const { id, registration } = await register('В-2026-24');
    const refused = await app.inject({
      method: 'POST',
      url: `/cases/${id}/access-code`,
      headers: headers(DECIDER),
    });
    expect(refused.statusCode).toBe(403);
    const reissued = await app.inject({
      method: 'POST',
      url: `/cases/${id}/access-code`,
      headers: headers(ADMIN),
    });
    expect(reissued.statusCode).toBe(201);
    const { accessCode } = reissued.json<{ accessCode: string }>();
    expect(accessCode).toMatch(CODE_FORMAT);
    expect(accessCode).not.toBe(registration.accessCode);
    expect((await lookup({ caseNumber: 'В-2026-24', accessCode: registration.accessCode })).statusCode).toBe(
      404,
    );
    expect((await lookup({ caseNumber: 'В-2026-24', accessCode })).statusCode).toBe(200);

    const unregistered = (
      await app.inject({
        method: 'POST',
        url: '/cases',
        payload: { serviceId: 'birth-assistance', model: 'I' },
      })
    ).json<CaseView>();
    const none = await app.inject({
      method: 'POST',
      url: `/cases/${unregistered.id}/access-code`,
      headers: headers(ADMIN),
    });
    expect(none.statusCode).toBe(409);
  });

  it('answers any body with 400, 404 or 429 in its error shape, never a 500 nor the text sent', async () => {
    // Text the answer could only hold by echoing it: no message of the backend has a §.
    const marked = (text: string) => `§${text}`;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              caseNumber: fc.string({ maxLength: 100 }).map(marked),
              accessCode: fc.string().map(marked),
              language: fc.string().map(marked),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const answer = await app.inject({
            method: 'POST',
            url: '/status',
            remoteAddress: nextAddress(),
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(body) ?? 'null',
          });
          expect([400, 404, 429]).toContain(answer.statusCode);
          expect(answer.json().error.code).toMatch(/^[A-Z_]+$/);
          for (const text of Object.values((body ?? {}) as object)) {
            if (typeof text === 'string' && text.startsWith('§')) expect(answer.body).not.toContain(text);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('numbers a case by its id when the intake gives no number, and issues its code alike', async () => {
    const { id, registration } = await register();
    const answer = await lookup({ caseNumber: id, accessCode: registration.accessCode });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ caseNumber: id });
  });
});

describe('access codes', () => {
  it('are 80 random bits in four groups of Crockford base-32, read back however they are typed', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 1000; index += 1) {
      const code = generateAccessCode();
      expect(code).toMatch(CODE_FORMAT);
      seen.add(code);
      expect(normalizeAccessCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code.replaceAll('-', ''));
    }
    expect(seen.size).toBe(1000);
  });

  it('read anything a client sends as a code or as nothing, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const normal = normalizeAccessCode(input);
        if (normal !== undefined) expect(normal).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      }),
    );
  });
});

describe('statusLanguage', () => {
  it('takes the body, then the best-weighted of Ukrainian and English, then Ukrainian, from any header', () => {
    expect(statusLanguage('en', 'uk')).toBe('en');
    expect(statusLanguage(undefined, 'de-DE, en;q=0.8, uk;q=0.9')).toBe('uk');
    expect(statusLanguage(undefined, 'EN-us')).toBe('en');
    expect(statusLanguage(undefined, 'en;q=0, fr')).toBe('uk');
    expect(statusLanguage(undefined, undefined)).toBe('uk');
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (header) => {
        expect(['uk', 'en']).toContain(statusLanguage(undefined, header));
      }),
    );
  });
});
