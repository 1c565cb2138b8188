// The applicant's notices of accepted events: the store writes an `applicant.notice` outbox entry with each event
// that tells the applicant something (registered, left without movement, documents requested, term extended…), in
// the case's own transaction, its parameters read from the case's record as the event left it; the worker sends it
// with its texts to a real HTTP receiver on 127.0.0.1. On PGlite and (with DATABASE_URL) a PostgreSQL server.
import type { CaseRecord } from '@vikno/monitoring';
import type { Actor } from '@vikno/workflows';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicantNoticeEvent, OutboxEvent } from '../src/applicant-notices.js';
import { CaseStore, type ClientEvent, DERIVED_VERSION } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { OutboxDelivery } from '../src/outbox-worker.js';
import { type OutboxMessage, webhookSender } from '../src/senders.js';
import { type Receiver, startReceiver } from './receiver.js';
import { clock, devApp, drivers, KEYS } from './support.js';

const SECRET = 'notices-test-secret-0123456789abcdef';

// Ids and codes no notice may carry: who acted, where, and what the staff or the applicant wrote in.
const ADMIN: Actor = { role: 'cnapAdministrator', id: 'adm-7731', office: 'cnap-podil-9' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'dm-5521', office: 'pfu-kyiv-4' };
const APPLICANT: Actor = { role: 'applicant', id: 'appl-8812', office: 'cnap-podil-9' };
const SYSTEM: Actor = { role: 'system', id: 'host-3317', office: 'cnap-podil-9' };
const GIVEN = ['passport-copy-x9', 'doc-requested-k3', 'ground-qq2', 'reason-zz1', 'S-complaint-77'];
const NEVER_IN_AN_ENTRY = [
  ...[ADMIN, DECIDER, APPLICANT, SYSTEM].flatMap((actor) => [actor.id, actor.office]),
  ...GIVEN,
];

/** A Kyiv winter instant of `date` at `time`. */
const at = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;
/** A day as the Ukrainian notices write it: `25.11.2026`. */
const ukDay = (day: string) => day.split('-').reverse().join('.');

describe.each(drivers('notices'))('the applicant notices of accepted events on $name', ({ open }) => {
  let db: Database;
  let store: CaseStore;
  let app: FastifyInstance;
  let receiver: Receiver | undefined;
  const time = clock(at('2026-03-02'));

  beforeAll(async () => {
    db = await open();
    store = new CaseStore(db, 'instance-a', { keys: KEYS, now: time.now });
    app = devApp(store);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });
  beforeEach(async () => {
    // Each test delivers only the entries it raised.
    await db.query(`update vikno_outbox set delivered_at = coalesce(delivered_at, 'before')`);
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  async function openCase(serviceId = 'idp-living-allowance', model: 'I' | 'II' | 'III' = 'I') {
    time.set(at('2026-03-02', '09:00'));
    return (await store.create({ serviceId, model })).id;
  }

  /** Sends each event at its moment, each of which must be accepted. */
  async function through(id: string, steps: readonly [string, ClientEvent, Actor][]) {
    for (const [when, event, by] of steps) {
      time.set(when);
      const result = await store.send(id, event, by);
      expect(result.accepted, `${event.type} at ${when}: ${result.reason}`).toBe(true);
    }
  }

  async function entries(caseId: string): Promise<{ id: number; event: OutboxEvent }[]> {
    const { rows } = await db.query<{ id: number; event: OutboxEvent }>(
      'select id::int as id, event from vikno_outbox where case_id = $1 order by id',
      [caseId],
    );
    return rows;
  }

  async function notices(caseId: string): Promise<ApplicantNoticeEvent[]> {
    return (await entries(caseId))
      .map((entry) => entry.event)
      .filter((event): event is ApplicantNoticeEvent => event.type === 'applicant.notice');
  }

  async function record(caseId: string): Promise<CaseRecord> {
    const { rows } = await db.query<{ record: CaseRecord }>('select record from vikno_case where id = $1', [
      caseId,
    ]);
    return (rows[0] as { record: CaseRecord }).record;
  }

  async function deliver(): Promise<OutboxMessage[]> {
    receiver = await startReceiver(SECRET);
    const delivery = new OutboxDelivery(db, webhookSender({ url: receiver.url, secret: SECRET }), {
      now: time.now,
    });
    await delivery.deliverDue();
    return receiver.requests.map((request) => JSON.parse(request.body) as OutboxMessage);
  }

  it('a registration writes a `registered` notice with the case number and the due day, sent in uk and en SMS within two segments', async () => {
    const id = await openCase('birth-assistance', 'I');
    const before = await entries(id);
    await through(id, [
      [
        at('2026-03-02'),
        { type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'В-2026-41' },
        ADMIN,
      ],
    ]);
    const dueOn = (await record(id)).terms.decision?.lastDay as string;
    expect(dueOn > '2026-03-02').toBe(true);
    const written = (await entries(id)).slice(before.length);
    expect(written.map((entry) => entry.event)).toEqual([
      {
        type: 'applicant.notice',
        caseId: id,
        kind: 'registered',
        cause: 'PACKAGE.CHECKED',
        params: { caseNumber: 'В-2026-41', dueOn },
      },
    ]);

    // GET /outbox gives it as any entry, told apart by its type.
    const listed = (
      await app.inject({ method: 'GET', url: `/outbox?after=${(written[0]?.id ?? 1) - 1}` })
    ).json<{
      events: { caseId: string; event: OutboxEvent }[];
    }>();
    expect(listed.events.find((entry) => entry.caseId === id)?.event).toMatchObject({
      type: 'applicant.notice',
      kind: 'registered',
    });

    const messages = (await deliver()).filter((message) => message.caseId === id);
    expect(messages).toHaveLength(1);
    const { notice } = messages[0] as OutboxMessage;
    expect(notice?.kind).toBe('registered');
    expect(notice?.uk.sms.text).toContain('В-2026-41');
    expect(notice?.uk.sms.text).toContain(ukDay(dueOn));
    expect(notice?.en.sms.text).toContain('В-2026-41');
    expect(notice?.en.email.subject).toContain('В-2026-41');
    expect(notice?.uk.page.paragraph).toContain(ukDay(dueOn));
    for (const sms of [notice?.uk.sms, notice?.en.sms]) expect(sms?.segments).toBeLessThanOrEqual(2);
    expect(notice?.uk.sms.encoding).toBe('ucs2');
  });

  it('left without movement: a `leftWithoutMovement` notice with the cure-by day, none of the defects named', async () => {
    const id = await openCase();
    await through(id, [
      [
        at('2026-03-02'),
        {
          type: 'PACKAGE.CHECKED',
          complete: false,
          missing: ['passport-copy-x9'],
          caseNumber: 'В-2026-42',
        },
        ADMIN,
      ],
    ]);
    const cureBy = (await record(id)).terms.cure?.lastDay as string;
    expect(cureBy > '2026-03-02').toBe(true);
    expect(await notices(id)).toEqual([
      {
        type: 'applicant.notice',
        caseId: id,
        kind: 'leftWithoutMovement',
        cause: 'PACKAGE.CHECKED',
        params: { caseNumber: 'В-2026-42', cureBy },
      },
    ]);
    const message = (await deliver()).find((sent) => sent.caseId === id);
    expect(message?.notice?.kind).toBe('leftWithoutMovement');
    expect(message?.notice?.uk.sms.text).toContain(ukDay(cureBy));
    expect(message?.notice?.uk.sms.segments).toBeLessThanOrEqual(2);
    expect(message?.notice?.en.sms.segments).toBeLessThanOrEqual(2);
  });

  it('a refused event writes nothing, and an accepted one that tells the applicant nothing writes no notice', async () => {
    const id = await openCase();
    const count = async () =>
      Number((await db.query<{ n: number }>('select count(*)::int as n from vikno_outbox')).rows[0]?.n);
    const before = await count();
    // Not the role that checks a package, and not an event the case takes in intake.
    const byDecider = await store.send(id, { type: 'PACKAGE.CHECKED', complete: true, missing: [] }, DECIDER);
    const tooEarly = await store.send(id, { type: 'DEFECTS.CURED' }, ADMIN);
    expect([byDecider.accepted, tooEarly.accepted]).toEqual([false, false]);
    expect(await count()).toBe(before);

    await through(id, [
      [at('2026-03-02'), { type: 'PACKAGE.CHECKED', complete: true, missing: [] }, ADMIN],
      [at('2026-03-02', '11:00'), { type: 'TRANSFER.SENT', to: 'pfu-kyiv-4' }, ADMIN],
    ]);
    expect((await notices(id)).map((event) => event.cause)).toEqual(['PACKAGE.CHECKED']);
    // Registered without a number of its own: the case id is its number.
    expect((await notices(id))[0]?.params).toMatchObject({ caseNumber: id });
  });

  it('along a whole procedure: each notice with the days the case had when it was written, never who acted or what was given', async () => {
    const id = await openCase();
    const steps: [string, ClientEvent, Actor][] = [
      [
        at('2026-03-02'),
        {
          type: 'PACKAGE.CHECKED',
          complete: false,
          missing: ['passport-copy-x9'],
          caseNumber: 'В-2026-43',
        },
        ADMIN,
      ],
      [at('2026-03-04'), { type: 'DEFECTS.CURED' }, ADMIN],
      [at('2026-03-04', '11:00'), { type: 'TRANSFER.SENT', to: 'pfu-kyiv-4' }, ADMIN],
      [at('2026-03-05'), { type: 'DOCUMENTS.REQUESTED', documents: ['doc-requested-k3'] }, DECIDER],
      [at('2026-03-09'), { type: 'DOCUMENTS.RECEIVED' }, ADMIN],
      [at('2026-03-10'), { type: 'HEARING.NOTIFIED', outcome: 'refused', grounds: ['ground-qq2'] }, DECIDER],
      [at('2026-03-12'), { type: 'POSITION.PRESENTED' }, APPLICANT],
      [
        at('2026-03-13'),
        { type: 'TERM.EXTENDED', extension: { amount: 5, unit: 'calendarDays' }, reasons: ['reason-zz1'] },
        DECIDER,
      ],
      [at('2026-03-16'), { type: 'DECISION.MADE', outcome: 'refused', grounds: ['ground-qq2'] }, DECIDER],
      [at('2026-03-16', '13:00'), { type: 'CNAP.INFORMED' }, DECIDER],
      [at('2026-03-17'), { type: 'DECISION.DELIVERED', channel: 'post' }, ADMIN],
      [at('2026-03-17', '11:00'), { type: 'APPLICANT.NOTIFIED', channel: 'sms' }, SYSTEM],
      [at('2026-03-20'), { type: 'RESULT.ISSUED' }, ADMIN],
      [at('2026-04-10'), { type: 'CASE.REOPENED', complaintId: 'S-complaint-77' }, SYSTEM],
    ];
    // What the record said right after each event: the oracle of the days each notice names.
    const after: CaseRecord[] = [];
    for (const step of steps) {
      await through(id, [step]);
      after.push(await record(id));
    }
    const lastDay = (index: number, term: 'cure' | 'hearing' | 'decision') =>
      after[index]?.terms[term]?.lastDay as string;
    const caseNumber = 'В-2026-43';
    const written = await notices(id);
    expect(written.map((event) => [event.cause, event.kind, event.params])).toEqual([
      ['PACKAGE.CHECKED', 'leftWithoutMovement', { caseNumber, cureBy: lastDay(0, 'cure') }],
      ['DEFECTS.CURED', 'defectsCured', { caseNumber, dueOn: lastDay(1, 'decision') }],
      ['DOCUMENTS.REQUESTED', 'documentsRequested', { caseNumber }],
      ['DOCUMENTS.RECEIVED', 'documentsReceived', { caseNumber, dueOn: lastDay(4, 'decision') }],
      [
        'HEARING.NOTIFIED',
        'hearingNotified',
        { caseNumber, positionBy: lastDay(5, 'hearing'), outcome: 'refused' },
      ],
      ['TERM.EXTENDED', 'termExtended', { caseNumber, dueOn: lastDay(7, 'decision') }],
      ['DECISION.DELIVERED', 'decisionReady', { caseNumber, delivery: 'post' }],
      ['CASE.REOPENED', 'reopened', { caseNumber, dueOn: lastDay(13, 'decision') }],
    ]);
    // The days moved as the case went, and each notice kept the one of its moment.
    expect(lastDay(4, 'decision') > lastDay(1, 'decision')).toBe(true);
    expect(lastDay(7, 'decision') > lastDay(4, 'decision')).toBe(true);
    expect(lastDay(13, 'decision') > lastDay(7, 'decision')).toBe(true);

    // The office's own warnings and the CNAP's `applicant.notify` are there as before, beside the notices.
    const all = await entries(id);
    expect(all.map((entry) => entry.event.type)).toContain('applicant.notify');
    const text = JSON.stringify(all);
    for (const value of NEVER_IN_AN_ENTRY) expect(text).not.toContain(value);
    for (const { event } of all) {
      if (event.type !== 'applicant.notice') continue;
      expect(Object.keys(event).sort()).toEqual(['caseId', 'cause', 'kind', 'params', 'type']);
      expect(Object.keys(event.params).every((key) => PARAMS.has(key))).toBe(true);
    }

    // Delivered with the texts of those days, whatever the case says at the time of sending.
    const messages = (await deliver()).filter((message) => message.caseId === id);
    const sent = messages.filter((message) => message.event.type === 'applicant.notice');
    expect(sent.map((message) => message.notice?.kind)).toEqual(written.map((event) => event.kind));
    const documentsReceived = sent[3]?.notice;
    expect(documentsReceived?.uk.sms.text).toContain(ukDay(lastDay(4, 'decision')));
    expect(documentsReceived?.uk.sms.text).not.toContain(ukDay(lastDay(13, 'decision')));
    for (const message of sent) {
      expect(message.notice?.uk.sms.segments).toBeLessThanOrEqual(2);
      expect(message.notice?.en.sms.segments).toBeLessThanOrEqual(2);
      const sentText = JSON.stringify(message);
      for (const value of NEVER_IN_AN_ENTRY) expect(sentText).not.toContain(value);
    }
    // The CNAP informed: the result to collect, by the case number on the record (no access code was issued).
    const informed = messages.find((message) => message.event.type === 'applicant.notify');
    expect(informed?.notice?.kind).toBe('decisionReady');
    expect(informed?.notice?.uk.sms.text).toContain(caseNumber);
  });

  it('returned and withdrawn: their notices, with the case number alone', async () => {
    const returned = await openCase();
    await through(returned, [
      [
        at('2026-03-02'),
        { type: 'PACKAGE.CHECKED', complete: false, missing: ['passport-copy-x9'], caseNumber: 'В-2026-44' },
        ADMIN,
      ],
      [at('2026-04-06'), { type: 'APPLICATION.RETURNED', reasons: ['reason-zz1'] }, ADMIN],
    ]);
    const withdrawn = await openCase();
    await through(withdrawn, [
      [
        at('2026-03-02'),
        { type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'В-2026-45' },
        ADMIN,
      ],
      [at('2026-03-03'), { type: 'APPLICATION.WITHDRAWN' }, APPLICANT],
    ]);
    expect((await notices(returned)).map((event) => [event.kind, event.params])).toEqual([
      ['leftWithoutMovement', expect.objectContaining({ caseNumber: 'В-2026-44' })],
      ['returned', { caseNumber: 'В-2026-44' }],
    ]);
    expect((await notices(withdrawn)).map((event) => [event.kind, event.params])).toEqual([
      ['registered', expect.objectContaining({ caseNumber: 'В-2026-45' })],
      ['withdrawn', { caseNumber: 'В-2026-45' }],
    ]);
    const text = JSON.stringify([...(await entries(returned)), ...(await entries(withdrawn))]);
    for (const value of NEVER_IN_AN_ENTRY) expect(text).not.toContain(value);
  });

  it('a record stored before it kept the case number is written again by the backfill', async () => {
    const id = await openCase();
    await through(id, [
      [
        at('2026-03-02'),
        { type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'В-2026-46' },
        ADMIN,
      ],
    ]);
    await db.query(`update vikno_case set record = record - 'caseNumber', derived = 2 where id = $1`, [id]);
    expect(await store.backfill()).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query<{ derived: number; record: CaseRecord }>(
      'select derived, record from vikno_case where id = $1',
      [id],
    );
    expect(rows[0]).toMatchObject({ derived: DERIVED_VERSION, record: { caseNumber: 'В-2026-46' } });
  });
});

/** The parameters a notice entry may hold: the case number, days, the delivery and the outcome intended. */
const PARAMS: ReadonlySet<string> = new Set([
  'caseNumber',
  'dueOn',
  'cureBy',
  'positionBy',
  'keptUntil',
  'collectBy',
  'by',
  'delivery',
  'outcome',
]);
