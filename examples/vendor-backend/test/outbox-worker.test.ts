// The outbox delivered at least once to a webhook: a real HTTP receiver on 127.0.0.1, on PGlite and (with
// DATABASE_URL) a PostgreSQL server. The worker's clock is the test's, so backoff is stepped, never waited for.
import type { Actor, CaseEmitted } from '@vikno/workflows';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccessCodes } from '../src/access-codes.js';
import { CaseStore, type ClientEvent } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { backoffMs, OutboxDelivery, outboxNotice, startOutboxWorker } from '../src/outbox-worker.js';
import { DeliveryError, type OutboxMessage, type Sender, webhookSender } from '../src/senders.js';
import { type Receiver, startReceiver } from './receiver.js';
import { clock, devApp, drivers, KEYS } from './support.js';

const SECRET = 'outbox-test-secret-0123456789abcdef';
const START = '2026-03-02T10:00:00.000Z';

const OVERDUE = (caseId: string): CaseEmitted => ({
  type: 'deadline.overdue',
  caseId,
  term: 'decision',
  lastDay: '2026-03-01',
  dueAt: '2026-03-01T21:59:59.999Z',
});

describe.each(drivers('outbox'))('outbox delivery on $name', ({ open, connect }) => {
  let db: Database;
  let second: Database;
  let store: CaseStore;
  let receiver: Receiver;
  const time = clock(START);
  const advance = (ms: number) => time.set(new Date(time.now().getTime() + ms).toISOString());

  beforeAll(async () => {
    db = await open();
    second = db.kind === 'postgres' ? await connect() : db;
    store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now });
  });
  afterAll(async () => {
    if (second !== db) await second.close();
    await db.close();
  });
  beforeEach(async () => {
    time.set(START);
    // Each test delivers only the entries it raised.
    await db.query(`update vikno_outbox set delivered_at = coalesce(delivered_at, 'before')`);
  });
  afterEach(async () => {
    await receiver?.close();
  });

  /** Raises `count` outbox entries for a new case, as the store does, and gives their ids. */
  async function raise(count: number): Promise<number[]> {
    const { id } = await store.create({ serviceId: 'birth-assistance', model: 'I' });
    const ids: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const { rows } = await db.query<{ id: number }>(
        `insert into vikno_outbox (case_id, event, raised_at, instance) values ($1, $2, $3, 'instance-a')
         returning id::int as id`,
        [id, OVERDUE(id), time.now().toISOString()],
      );
      ids.push((rows[0] as { id: number }).id);
    }
    return ids;
  }

  async function entry(id: number) {
    const { rows } = await db.query<Record<string, unknown>>(
      `select attempts, next_attempt_at, last_error, delivered_at, dead_at from vikno_outbox where id = $1`,
      [id],
    );
    return rows[0];
  }

  function delivery(
    on: Database,
    options: { timeoutMs?: number; sender?: Sender } & ConstructorParameters<typeof OutboxDelivery>[2] = {},
  ) {
    const sender =
      options.sender ??
      webhookSender({ url: receiver.url, secret: SECRET, timeoutMs: options.timeoutMs ?? 2000 });
    return new OutboxDelivery(on, sender, {
      now: time.now,
      random: () => 0.5,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      ...options,
    });
  }

  it('delivers an entry once, signed, with a key made from its outbox id, and records when', async () => {
    receiver = await startReceiver(SECRET);
    const [id] = (await raise(1)) as [number];
    const report = await delivery(db).deliverDue();
    expect(report).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.key).toBe(`vikno-outbox-${id}`);
    expect(request?.signed).toBe(true);
    const message = JSON.parse(request?.body ?? '') as OutboxMessage;
    expect(message).toMatchObject({
      id,
      raisedAt: START,
      event: { type: 'deadline.overdue', term: 'decision' },
    });
    expect(await entry(id)).toMatchObject({
      attempts: 1,
      delivered_at: START,
      last_error: null,
      dead_at: null,
    });

    // Delivered is delivered: another round sends nothing.
    advance(3_600_000);
    expect(await delivery(db).deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 0 });
    expect(receiver.requests).toHaveLength(1);
  });

  it('sends with an event the notice it calls for, in both languages and every form, by the case number', async () => {
    receiver = await startReceiver(SECRET);
    const { id } = await store.create({ serviceId: 'birth-assistance', model: 'I' });
    const as = (role: string, office: string) => ({ role, id: `${role}-1`, office }) as Actor;
    const admin = as('cnapAdministrator', 'cnap-central');
    const decider = as('decisionMaker', 'pension-fund');
    const steps: [ClientEvent, Actor][] = [
      [{ type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'В-2026-31' }, admin],
      [{ type: 'TRANSFER.SENT', to: 'pension-fund' }, admin],
      [{ type: 'DECISION.MADE', outcome: 'granted', grounds: [] }, decider],
      [{ type: 'CNAP.INFORMED' }, decider],
    ];
    for (const [event, by] of steps) expect((await store.send(id, event, by)).accepted).toBe(true);
    // Registration gave the case its access code, and so its number on record.
    await new AccessCodes(db, { keys: KEYS, now: time.now }).issue(id);
    // A case registered before access codes has no number on record: its entries go without a notice.
    const [unnumbered] = (await raise(1)) as [number];

    await delivery(db).deliverDue();
    const messages = receiver.requests.map((request) => JSON.parse(request.body) as OutboxMessage);
    const notify = messages.find((message) => message.event.type === 'applicant.notify');
    expect(notify?.caseId).toBe(id);
    expect(notify?.notice?.kind).toBe('decisionReady');
    expect(notify?.notice?.uk.sms.text).toContain('В-2026-31');
    expect(notify?.notice?.uk.sms.segments).toBeLessThanOrEqual(2);
    expect(notify?.notice?.en.email.subject).toContain('В-2026-31');
    expect(notify?.notice?.en.page.heading).toBe('Decision ready');
    expect(messages.find((message) => message.id === unnumbered)?.notice).toBeUndefined();
  });

  it('retries 500s and a timeout with growing, jittered delays until the receiver takes it', async () => {
    receiver = await startReceiver(SECRET);
    receiver.script(500, 503, 'hang', 200);
    const [id] = (await raise(1)) as [number];
    const worker = delivery(db, { timeoutMs: 150 });

    expect(await worker.deliverDue()).toEqual({ delivered: 0, failed: 1, dead: 0 });
    // Attempt 1 failed: 1 s, jittered to 0.75 s by random() = 0.5 (half fixed, half random).
    expect(await entry(id)).toMatchObject({ attempts: 1, last_error: 'http_500', delivered_at: null });
    expect((await entry(id))?.next_attempt_at).toBe('2026-03-02T10:00:00.750Z');

    advance(749);
    expect(await worker.deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 0 });
    expect(receiver.requests).toHaveLength(1);
    advance(1);
    await worker.deliverDue();
    expect(await entry(id)).toMatchObject({ attempts: 2, last_error: 'http_503' });
    expect((await entry(id))?.next_attempt_at).toBe('2026-03-02T10:00:02.250Z'); // +1.5 s

    advance(1500);
    await worker.deliverDue();
    expect(await entry(id)).toMatchObject({ attempts: 3, last_error: 'timeout' });
    expect((await entry(id))?.next_attempt_at).toBe('2026-03-02T10:00:05.250Z'); // +3 s

    advance(3000);
    expect(await worker.deliverDue()).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(await entry(id)).toMatchObject({ attempts: 4, delivered_at: '2026-03-02T10:00:05.250Z' });
    expect(new Set(receiver.requests.map((request) => request.key))).toEqual(new Set([`vikno-outbox-${id}`]));
  });

  it('sends again with the same key after a crash between the receiver taking it and delivered_at written', async () => {
    receiver = await startReceiver(SECRET);
    const [id] = (await raise(1)) as [number];
    // The database goes away at the worst moment: the receiver has the message, the outbox does not know.
    let crashed = false;
    const crashing: Database = {
      ...db,
      query: (sql, params) => {
        if (!crashed && /set delivered_at/.test(sql)) {
          crashed = true;
          return Promise.reject(new Error('connection lost'));
        }
        return db.query(sql, params);
      },
    };
    await expect(delivery(crashing).deliverDue()).rejects.toThrow('connection lost');
    expect(receiver.requests).toHaveLength(1);
    expect(await entry(id)).toMatchObject({ attempts: 1, delivered_at: null });

    // Another worker (after a restart) leaves it alone while the lost attempt's lease runs, then sends it again.
    const restarted = delivery(second, { sendTimeoutMs: 5000, leaseMs: 10_000 });
    expect(await restarted.deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 0 });
    advance(10 * 60_000);
    expect(await restarted.deliverDue()).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(receiver.requests.map((request) => request.key)).toEqual([
      `vikno-outbox-${id}`,
      `vikno-outbox-${id}`,
    ]);
    expect(receiver.requests[1]?.body).toBe(receiver.requests[0]?.body);
    expect(receiver.taken.size).toBe(1);
    expect(await entry(id)).toMatchObject({ attempts: 2, delivered_at: time.now().toISOString() });
  });

  it('lets two workers deliver at once without ever sending one entry twice or concurrently', async () => {
    receiver = await startReceiver(SECRET, { delayMs: 15 });
    const ids = await raise(40);
    const one = delivery(db, { batch: 4 });
    const other = delivery(second, { batch: 4 });
    const reports = await Promise.all([one.deliverDue(), other.deliverDue(), one.deliverDue()]);
    expect(reports.reduce((sum, report) => sum + report.delivered, 0)).toBe(40);
    const keys = receiver.requests.map((request) => request.key);
    expect([...keys].sort()).toEqual(ids.map((id) => `vikno-outbox-${id}`).sort());
    expect(receiver.maxConcurrentPerKey()).toBe(1);
  });

  it('picks up after a restart where the stopped worker left, resending only what it had in hand', async () => {
    receiver = await startReceiver(SECRET, { delayMs: 40 });
    const ids = await raise(12);
    const reports: unknown[] = [];
    const first = startOutboxWorker(delivery(db, { batch: 3 }), 60_000, (report) => reports.push(report));
    while (receiver.taken.size < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    await first.stop();
    const delivered = new Set<string>();
    for (const id of ids) if ((await entry(id))?.delivered_at) delivered.add(`vikno-outbox-${id}`);
    const sentBefore = receiver.requests.length;
    expect(delivered.size).toBeGreaterThanOrEqual(3);
    expect(delivered.size).toBeLessThan(12);

    // What the stopped worker had in hand is free at once (sent again with its key: the receiver may have it);
    // nothing it recorded as delivered goes out again.
    const after = await delivery(second, { batch: 3 }).deliverDue();
    expect(after.delivered).toBe(12 - delivered.size);
    const resent = receiver.requests.slice(sentBefore).map((request) => request.key);
    for (const key of resent) expect(delivered.has(key)).toBe(false);
    expect([...receiver.taken.keys()].sort()).toEqual(ids.map((id) => `vikno-outbox-${id}`).sort());
    for (const id of ids) expect((await entry(id))?.delivered_at).not.toBeNull();
  });

  it('gives up after the cap, keeping the last error code, and lists the entry as dead', async () => {
    receiver = await startReceiver(SECRET, { otherwise: 503 });
    const [id] = (await raise(1)) as [number];
    const worker = delivery(db, { maxAttempts: 3 });
    const reports = [];
    for (let round = 0; round < 6; round += 1) {
      reports.push(await worker.deliverDue());
      advance(60_000);
    }
    expect(receiver.requests).toHaveLength(3);
    expect(reports.map((report) => report.dead)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(await entry(id)).toMatchObject({ attempts: 3, last_error: 'http_503', delivered_at: null });
    const dead = await worker.deadEntries();
    expect(dead).toContainEqual(
      expect.objectContaining({ id, attempts: 3, lastError: 'http_503', eventType: 'deadline.overdue' }),
    );

    // An operator sees it over HTTP and, once the receiver is mended, sends it again: a fresh count, the same key.
    const app = devApp(store, { outbox: worker });
    try {
      const listed = await app.inject({ method: 'GET', url: '/outbox/dead' });
      expect(listed.json().entries).toContainEqual(expect.objectContaining({ id, lastError: 'http_503' }));
      receiver.script(200);
      expect((await app.inject({ method: 'POST', url: `/outbox/${id}/redeliver` })).statusCode).toBe(202);
      expect(await worker.deliverDue()).toEqual({ delivered: 1, failed: 0, dead: 0 });
      expect(receiver.requests.at(-1)?.key).toBe(`vikno-outbox-${id}`);
      const again = await app.inject({ method: 'POST', url: `/outbox/${id}/redeliver` });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('NOT_DEAD');
      expect((await app.inject({ method: 'POST', url: '/outbox/x/redeliver' })).statusCode).toBe(409);
    } finally {
      await app.close();
    }
  });

  it('marks dead at once what the receiver refuses outright (a 4xx other than 408, 409, 425, 429)', async () => {
    receiver = await startReceiver(SECRET, { otherwise: 422 });
    const [id] = (await raise(1)) as [number];
    expect(await delivery(db).deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 1 });
    expect(await entry(id)).toMatchObject({ attempts: 1, last_error: 'http_422' });
    expect(receiver.requests).toHaveLength(1);
  });

  it('records only a code when a custom sender fails, never its message', async () => {
    receiver = await startReceiver(SECRET);
    const [id, other] = (await raise(2)) as [number, number];
    const sender: Sender = {
      async send(message) {
        if (message.id === id) throw new Error('refused for applicant Шевченко, РНОКПП 1234567890');
        throw new DeliveryError('quota', true);
      },
    };
    expect(await delivery(db, { sender }).deliverDue()).toEqual({ delivered: 0, failed: 2, dead: 0 });
    expect((await entry(id))?.last_error).toBe('senderError');
    expect((await entry(other))?.last_error).toBe('quota');
  });
});

describe('backoffMs', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 3_600_000 };

  it('doubles with each attempt, jittered within the upper half, and never passes the ceiling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const delay = backoffMs(n, policy, () => r);
          const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
          expect(delay).toBeGreaterThanOrEqual(full / 2);
          expect(delay).toBeLessThanOrEqual(full);
          expect(backoffMs(n + 1, policy, () => r)).toBeGreaterThanOrEqual(delay);
        },
      ),
    );
  });
});

describe('webhookSender', () => {
  it('refuses a URL that is not http(s) and a short secret', () => {
    expect(() => webhookSender({ url: 'file:///etc/passwd', secret: SECRET })).toThrow(TypeError);
    expect(() => webhookSender({ url: 'http://127.0.0.1/', secret: 'short' })).toThrow(TypeError);
  });

  it('does not follow a redirect with the signed body', async () => {
    const receiver = await startReceiver(SECRET, { otherwise: 307 });
    try {
      const sender = webhookSender({ url: receiver.url, secret: SECRET });
      const sending = sender.send(
        { id: 1, caseId: 'C-1', raisedAt: START, event: OVERDUE('C-1') },
        { idempotencyKey: 'k', signal: new AbortController().signal },
      );
      await expect(sending).rejects.toMatchObject({ code: 'http_307', retryable: false });
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});

describe('outboxNotice', () => {
  const atRisk = (term: 'cure' | 'hearing' | 'collection' | 'decision'): CaseEmitted => ({
    type: 'deadline.atRisk',
    caseId: 'C-1',
    term,
    lastDay: '2026-03-20',
    dueAt: '2026-03-20T15:59:59.999Z',
  });

  it("reminds the applicant of their own terms at risk by the term's last day, and of nothing the offices act on", () => {
    expect(outboxNotice(atRisk('cure'), 'N-1')?.kind).toBe('leftWithoutMovement');
    expect(outboxNotice(atRisk('cure'), 'N-1')?.uk.sms.text).toContain('20.03.2026');
    expect(outboxNotice(atRisk('hearing'), 'N-1')?.kind).toBe('hearingNotified');
    expect(outboxNotice(atRisk('collection'), 'N-1')?.en.page.paragraph).toContain('20 Mar 2026');
    expect(outboxNotice(atRisk('decision'), 'N-1')).toBeUndefined();
    expect(outboxNotice(OVERDUE('C-1'), 'N-1')).toBeUndefined();
    expect(outboxNotice(atRisk('cure'), null)).toBeUndefined();
  });
});
