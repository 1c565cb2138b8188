import { fc, test } from '@fast-check/vitest';
import { ADMINISTRATIVE_PROCEDURE } from '@vikno/deadlines';
import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import {
  ADMINISTRATIVE_COMPLAINT_SOURCE,
  type Complaint,
  type ComplaintEvent,
  type FileComplaintInput,
  fileComplaint,
  reopeningEvent,
  sendComplaintEvent,
  signComplaint,
  verifyComplaint,
} from './complaint.js';
import { CaseEvent } from './events.js';
import { caseKeys } from './persistence.js';
import { WorkflowError } from './transfer-register.js';

const PLANTED = 'Шевченко Тарас Григорович';

const applicant = { role: 'applicant', id: 'applicant-1', office: 'cnap-central' } as const;
const admin = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' } as const;
const reviewer = { role: 'decisionMaker', id: 'oda-7', office: 'oda-social-policy' } as const;
const otherReviewer = { role: 'decisionMaker', id: 'uszn-2', office: 'uszn-district' } as const;
const system = { role: 'system', id: 'host', office: 'cnap-central' } as const;

const SETTINGS = {
  filing: { amount: 30, unit: 'calendarDays' },
  consideration: { amount: 30, unit: 'calendarDays' },
} as const;

/** A refusal delivered on Monday 2 March 2026; the complaint filed at `at`. */
function filed(at = '2026-03-20T10:00:00+02:00', by: FileComplaintInput['by'] = applicant): Complaint {
  return fileComplaint({
    complaintId: 'S-1',
    caseId: 'C-1',
    serviceId: 'idp-living-allowance',
    reviewerOffice: 'oda-social-policy',
    decision: { outcome: 'refused', deliveredOn: '2026-03-02' },
    by,
    at,
    settings: SETTINGS,
  });
}

const LATE = '2026-04-03T10:00:00+03:00';

function send(complaint: Complaint, event: ComplaintEvent) {
  return sendComplaintEvent(complaint, event);
}

function accepted(complaint: Complaint, event: ComplaintEvent): Complaint {
  const result = send(complaint, event);
  expect(result.reason).toBeUndefined();
  expect(result.accepted).toBe(true);
  return result.complaint;
}

const decided = (
  outcome: 'leftUnchanged' | 'cancelledReopened' | 'newDecision',
  at = '2026-04-10T12:00:00+03:00',
): ComplaintEvent =>
  outcome === 'newDecision'
    ? {
        type: 'COMPLAINT.DECIDED',
        by: reviewer,
        at,
        outcome,
        newDecision: { outcome: 'partiallyGranted', grounds: ['income-over-limit'] },
        reasons: ['income-miscounted'],
      }
    : { type: 'COMPLAINT.DECIDED', by: reviewer, at, outcome, reasons: ['income-miscounted'] };

function thrown(call: () => unknown): WorkflowError {
  try {
    call();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

function expectSafeError(error: WorkflowError) {
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.path.length).toBeGreaterThan(0);
  const text = [error.message, error.uk, error.en, error.path, JSON.stringify(error.issues ?? [])].join('\n');
  expect(text).not.toContain(PLANTED);
  expect(englishWordsIn(error.uk)).toEqual([]);
}

describe('fileComplaint', () => {
  it('files a complaint in time: the filing term runs from delivery, consideration from filing', () => {
    const complaint = filed();
    expect(complaint).toMatchObject({
      format: 'vikno.complaint',
      version: 1,
      filedOn: '2026-03-20',
      filingLastDay: '2026-04-01',
      timely: true,
      state: 'underConsideration',
      reasons: [],
    });
    expect(complaint.consideration).toMatchObject({
      kind: 'complaint',
      start: '2026-03-20',
      state: 'running',
    });
    // 30 calendar days from 20 March end on Sunday 19 April: the last day moves to Monday 20 April.
    expect(complaint.consideration.lastDay).toBe('2026-04-20');
    expect(complaint.audit).toEqual([
      {
        seq: 1,
        type: 'COMPLAINT.FILED',
        at: '2026-03-20T10:00:00+02:00',
        role: 'applicant',
        actorId: 'applicant-1',
        office: 'cnap-central',
      },
    ]);
  });

  it('counts a complaint filed on the last day, after office hours, as timely', () => {
    expect(filed('2026-04-01T23:30:00+03:00').timely).toBe(true);
  });

  it('accepts a late complaint as untimely', () => {
    const late = filed(LATE);
    expect(late.timely).toBe(false);
    expect(late.filedOn).toBe('2026-04-03');
    expect(late.state).toBe('underConsideration');
  });

  it('takes a complaint from a CNAP administrator on the applicant’s behalf, and from no one else', () => {
    expect(filed(undefined, admin).audit[0]?.role).toBe('cnapAdministrator');
    const error = thrown(() => filed(undefined, reviewer));
    expectSafeError(error);
    expect(error.path).toBe('input.by.role');
  });

  it('refuses a filing before the decision was delivered', () => {
    expect(thrown(() => filed('2026-03-01T10:00:00+02:00')).path).toBe('input.at');
  });

  it('takes the terms of ADMINISTRATIVE_PROCEDURE by default, with their basis', () => {
    const complaint = fileComplaint({
      complaintId: 'S-1',
      caseId: 'C-1',
      serviceId: 'idp-living-allowance',
      reviewerOffice: 'oda-social-policy',
      decision: { outcome: 'refused', deliveredOn: '2026-03-02' },
      by: applicant,
      at: '2026-03-20T10:00:00+02:00',
    });
    expect(complaint.filingTerm).toEqual(ADMINISTRATIVE_PROCEDURE.complaint.value.filing);
    expect(complaint.consideration.term).toEqual(ADMINISTRATIVE_PROCEDURE.complaint.value.consideration);
    expect(complaint.filingTerm.basis?.[0]?.id).toBe('law-2073-ix');
    expect(complaint.filingLastDay).toBe('2026-04-01');
    const custom = fileComplaint({
      complaintId: 'S-1',
      caseId: 'C-1',
      serviceId: 'idp-living-allowance',
      reviewerOffice: 'oda-social-policy',
      decision: { outcome: 'refused', deliveredOn: '2026-03-02' },
      by: applicant,
      at: '2026-03-20T10:00:00+02:00',
      settings: { consideration: { amount: 15, unit: 'calendarDays' } },
    });
    expect(custom.filingTerm).toEqual(ADMINISTRATIVE_PROCEDURE.complaint.value.filing);
    expect(custom.consideration.lastDay).toBe('2026-04-06');
  });

  it('refuses a term that would end after the supported calendar', () => {
    const error = thrown(() =>
      fileComplaint({
        complaintId: 'S-1',
        caseId: 'C-1',
        serviceId: 'idp-living-allowance',
        reviewerOffice: 'oda-social-policy',
        decision: { outcome: 'refused', deliveredOn: '2026-03-02' },
        by: applicant,
        at: '2026-03-20T10:00:00+02:00',
        settings: { filing: SETTINGS.filing, consideration: { amount: 100, unit: 'years' } },
      }),
    );
    expect(error.path).toBe('input.settings.consideration');
  });

  it('cites Law 2073-IX with the evidence actually read', () => {
    expect(ADMINISTRATIVE_COMPLAINT_SOURCE).toMatchObject({ id: 'law-2073-ix', evidence: 'secondary' });
    expect(ADMINISTRATIVE_COMPLAINT_SOURCE.verified).toBe(false);
  });
});

describe('sendComplaintEvent: the reviewer’s decision', () => {
  it('leaves the decision unchanged: the original case receives nothing', () => {
    const complaint = accepted(filed(), decided('leftUnchanged'));
    expect(complaint).toMatchObject({
      state: 'decided',
      outcome: 'leftUnchanged',
      reasons: ['income-miscounted'],
    });
    expect(complaint.consideration.state).toBe('met');
    expect(complaint.audit.map((entry) => entry.type)).toEqual(['COMPLAINT.FILED', 'COMPLAINT.DECIDED']);
    expect(reopeningEvent(complaint, '2026-04-10T12:05:00+03:00')).toBeUndefined();
  });

  it('cancels the decision and reopens the case: CASE.REOPENED, a valid case event', () => {
    const complaint = accepted(filed(), decided('cancelledReopened'));
    const event = reopeningEvent(complaint, '2026-04-10T12:05:00+03:00');
    expect(event).toEqual({
      type: 'CASE.REOPENED',
      by: { role: 'system', id: 'S-1', office: 'oda-social-policy' },
      at: '2026-04-10T12:05:00+03:00',
      complaintId: 'S-1',
    });
    expect(CaseEvent.safeParse(event).success).toBe(true);
  });

  it('takes a new decision: DECISION.REPLACED with its outcome and grounds, a valid case event', () => {
    const complaint = accepted(filed(), decided('newDecision'));
    expect(complaint.newDecision).toEqual({ outcome: 'partiallyGranted', grounds: ['income-over-limit'] });
    const event = reopeningEvent(complaint, '2026-04-10T12:05:00+03:00');
    expect(event).toMatchObject({
      type: 'DECISION.REPLACED',
      complaintId: 'S-1',
      outcome: 'partiallyGranted',
      grounds: ['income-over-limit'],
    });
    expect(CaseEvent.safeParse(event).success).toBe(true);
  });

  it('refuses a reopening event dated before the complaint’s decision', () => {
    const complaint = accepted(filed(), decided('cancelledReopened'));
    expect(thrown(() => reopeningEvent(complaint, '2026-04-10T11:00:00+03:00')).path).toBe('at');
  });

  it('gives no reopening event while the complaint is considered or when it was left without consideration', () => {
    expect(reopeningEvent(filed(), '2026-04-10T12:05:00+03:00')).toBeUndefined();
    const left = accepted(filed(LATE), {
      type: 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION',
      by: reviewer,
      at: '2026-04-06T10:00:00+03:00',
      reasons: ['filed-late'],
    });
    expect(reopeningEvent(left, '2026-04-06T10:05:00+03:00')).toBeUndefined();
  });

  it('refuses a new decision without one, one given for another outcome, and an adverse one without grounds', () => {
    const base = filed();
    const at = '2026-04-10T12:00:00+03:00';
    const missing = thrown(() =>
      sendComplaintEvent(base, {
        type: 'COMPLAINT.DECIDED',
        by: reviewer,
        at,
        outcome: 'newDecision',
        reasons: ['r'],
      }),
    );
    expect(missing.issues?.[0]?.path).toBe('event.newDecision');
    const extra = thrown(() =>
      sendComplaintEvent(base, {
        type: 'COMPLAINT.DECIDED',
        by: reviewer,
        at,
        outcome: 'leftUnchanged',
        newDecision: { outcome: 'granted', grounds: [] },
        reasons: ['r'],
      }),
    );
    expect(extra.issues?.[0]?.path).toBe('event.newDecision');
    const groundless = thrown(() =>
      sendComplaintEvent(base, {
        type: 'COMPLAINT.DECIDED',
        by: reviewer,
        at,
        outcome: 'newDecision',
        newDecision: { outcome: 'refused', grounds: [] },
        reasons: ['r'],
      }),
    );
    expect(groundless.issues?.[0]?.path).toBe('event.newDecision.grounds');
    expect(thrown(() => sendComplaintEvent(base, { ...decided('leftUnchanged'), reasons: [] })).path).toBe(
      'event',
    );
  });
});

describe('sendComplaintEvent: a late complaint', () => {
  const restore = (at = '2026-04-06T10:00:00+03:00'): ComplaintEvent => ({
    type: 'COMPLAINT.TERM_RESTORED',
    by: reviewer,
    at,
    reasons: ['illness'],
  });

  it('is not decided until its term is restored', () => {
    const late = filed(LATE);
    expect(send(late, decided('cancelledReopened'))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
      complaint: late,
    });
    const restored = accepted(late, restore());
    expect(restored.restoration).toEqual({ reasons: ['illness'] });
    const done = accepted(restored, decided('cancelledReopened'));
    expect(done.audit.map((entry) => entry.type)).toEqual([
      'COMPLAINT.FILED',
      'COMPLAINT.TERM_RESTORED',
      'COMPLAINT.DECIDED',
    ]);
  });

  it('may be left without consideration', () => {
    const left = accepted(filed(LATE), {
      type: 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION',
      by: reviewer,
      at: '2026-04-06T10:00:00+03:00',
      reasons: ['filed-late'],
    });
    expect(left).toMatchObject({ state: 'leftWithoutConsideration', reasons: ['filed-late'] });
    expect(left.outcome).toBeUndefined();
    expect(send(left, restore('2026-04-07T10:00:00+03:00')).reason).toBe('notAllowedNow');
  });

  it('restores a term only for a late complaint, and once', () => {
    expect(send(filed(), restore()).reason).toBe('notAllowedNow');
    const restored = accepted(filed(LATE), restore());
    expect(send(restored, restore('2026-04-07T10:00:00+03:00')).reason).toBe('notAllowedNow');
  });
});

describe('sendComplaintEvent: who, where, when', () => {
  const complaint = filed();

  it('lets only the reviewer’s decision-maker act, and only the host tick', () => {
    expect(send(complaint, { ...decided('leftUnchanged'), by: applicant }).reason).toBe('roleNotPermitted');
    expect(send(complaint, { ...decided('leftUnchanged'), by: admin }).reason).toBe('roleNotPermitted');
    expect(send(complaint, { ...decided('leftUnchanged'), by: otherReviewer }).reason).toBe('wrongOffice');
    expect(send(complaint, { type: 'TICK', by: reviewer, at: '2026-03-21T10:00:00+02:00' }).reason).toBe(
      'roleNotPermitted',
    );
  });

  it('refuses an event dated before the complaint’s last step', () => {
    expect(send(complaint, decided('leftUnchanged', '2026-03-20T09:00:00+02:00')).reason).toBe('outOfOrder');
    expect(send(complaint, { type: 'TICK', by: system, at: '2026-03-19T10:00:00+02:00' }).reason).toBe(
      'outOfOrder',
    );
  });

  it('takes nothing once decided', () => {
    const done = accepted(complaint, decided('leftUnchanged'));
    expect(send(done, decided('newDecision', '2026-04-11T12:00:00+03:00')).reason).toBe('notAllowedNow');
    expect(send(done, { type: 'TICK', by: system, at: '2026-04-11T12:00:00+03:00' }).reason).toBe(
      'notAllowedNow',
    );
  });

  it('raises each warning of the consideration term once', () => {
    const tick = (c: Complaint, at: string) => send(c, { type: 'TICK', by: system, at });
    const early = tick(complaint, '2026-03-25T10:00:00+02:00');
    expect(early.emitted).toEqual([]);
    const soon = tick(early.complaint, '2026-04-16T10:00:00+03:00');
    expect(soon.emitted).toEqual([
      {
        type: 'deadline.atRisk',
        complaintId: 'S-1',
        kind: 'complaint',
        lastDay: '2026-04-20',
        dueAt: complaint.consideration.dueAt,
      },
    ]);
    expect(tick(soon.complaint, '2026-04-17T10:00:00+03:00').emitted).toEqual([]);
    const overdue = tick(soon.complaint, '2026-04-21T10:00:00+03:00');
    expect(overdue.emitted.map((event) => event.type)).toEqual(['deadline.overdue']);
    expect(tick(overdue.complaint, '2026-04-22T10:00:00+03:00').emitted).toEqual([]);
    expect(overdue.complaint.audit).toHaveLength(1);
  });
});

describe('a stored complaint is hostile input', () => {
  const complaint = accepted(filed(), decided('cancelledReopened'));
  const tick = { type: 'TICK', by: system, at: '2026-04-11T10:00:00+03:00' } as const;
  const pathOf = (changed: unknown) => thrown(() => sendComplaintEvent(changed, tick)).path;

  it('refuses a complaint the steps could not have made, naming where', () => {
    expect(pathOf({ ...complaint, timely: false })).toBe('complaint.timely');
    expect(pathOf({ ...complaint, filingLastDay: '2026-05-01' })).toBe('complaint.filingLastDay');
    expect(pathOf({ ...complaint, filedOn: '2026-03-21' })).toBe('complaint.consideration');
    expect(pathOf({ ...complaint, outcome: undefined })).toBe('complaint.outcome');
    expect(pathOf({ ...complaint, state: 'underConsideration' })).toBe('complaint.consideration');
    expect(pathOf({ ...complaint, outcome: 'newDecision' })).toBe('complaint.newDecision');
    expect(pathOf({ ...complaint, reasons: [] })).toBe('complaint.reasons');
    expect(
      pathOf({ ...complaint, consideration: { ...complaint.consideration, lastDay: '2026-06-01' } }),
    ).toBe('complaint.consideration');
    expect(pathOf({ ...complaint, audit: [...complaint.audit].reverse() })).toBe('complaint.audit');
    expect(pathOf({ ...complaint, restoration: { reasons: ['x'] } })).toBe('complaint.restoration');
    const [first, second] = complaint.audit as [Complaint['audit'][0], Complaint['audit'][0]];
    expect(pathOf({ ...complaint, audit: [first, { ...second, office: 'uszn-district' }] })).toBe(
      'complaint.audit.1.office',
    );
    expect(pathOf({ ...complaint, audit: [first, { ...second, at: '2026-03-19T10:00:00+02:00' }] })).toBe(
      'complaint.audit.1.at',
    );
    expect(pathOf({ ...complaint, audit: [{ ...first, role: 'decisionMaker' }, second] })).toBe(
      'complaint.audit.0.role',
    );
    expect(pathOf({ ...complaint, audit: [{ ...first, seq: 2 }, second] })).toBe('complaint.audit.0.seq');
  });

  it('refuses deciding a late complaint whose term was never restored, even when stored so', () => {
    const late = filed(LATE);
    const restored = accepted(late, {
      type: 'COMPLAINT.TERM_RESTORED',
      by: reviewer,
      at: '2026-04-06T10:00:00+03:00',
      reasons: ['illness'],
    });
    const done = accepted(restored, decided('leftUnchanged'));
    const { restoration: _, ...forged } = done;
    const [first, , third] = done.audit as Complaint['audit'][number][];
    expect(pathOf({ ...forged, audit: [first, { ...third, seq: 2 }] })).toBe('complaint.state');
  });

  it('never crashes on wrong types, huge arrays, Proxies or getters that throw, nor echoes a value', () => {
    const throwing = Object.defineProperty({ ...complaint }, 'state', {
      enumerable: true,
      get() {
        throw new Error(PLANTED);
      },
    });
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      PLANTED,
      [],
      { ...complaint, complaintId: PLANTED.repeat(10) },
      { ...complaint, audit: Array.from({ length: 100_000 }, () => complaint.audit[0]) },
      { ...complaint, reasons: new Array(2 ** 31) },
      new Proxy(complaint, {
        get() {
          throw new Error(PLANTED);
        },
      }),
      new Proxy(complaint, {
        ownKeys() {
          throw new Error(PLANTED);
        },
      }),
      throwing,
      JSON.parse('{"__proto__": {"polluted": true}}'),
      new Date(),
      Object.create(complaint),
    ];
    for (const value of hostile) {
      expectSafeError(thrown(() => sendComplaintEvent(value, tick)));
      expectSafeError(thrown(() => sendComplaintEvent(complaint, value)));
      expectSafeError(thrown(() => reopeningEvent(value as Complaint, tick.at)));
      expectSafeError(thrown(() => fileComplaint(value as FileComplaintInput)));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('signComplaint and verifyComplaint', () => {
  const keys = caseKeys({ current: 'k1', secrets: { k1: 'the complaint tests secret, 32 bytes or more' } });
  const complaint = accepted(filed(), decided('leftUnchanged'));
  const signed = JSON.parse(JSON.stringify(signComplaint(complaint, keys)));

  it('gives back the complaint signed, after a JSON round trip', () => {
    expect(verifyComplaint(signed, keys)).toEqual(complaint);
  });

  it('verifies a complaint whose keys storage reordered', () => {
    const reordered = {
      complaint: Object.fromEntries(Object.entries(signed.complaint).reverse()),
      ...signed,
    };
    expect(verifyComplaint({ ...reordered, complaint: reordered.complaint }, keys)).toEqual(complaint);
  });

  it('refuses a complaint whose outcome was changed in storage', () => {
    const forged = { ...signed, complaint: { ...signed.complaint, outcome: 'cancelledReopened' } };
    const error = thrown(() => verifyComplaint(forged, keys));
    expect(error.path).toBe('signed.mac');
    expectSafeError(error);
  });

  it('refuses another key, keys that are not keys, and a malformed record', () => {
    const other = caseKeys({ current: 'k2', secrets: { k2: 'another secret of thirty-two bytes or more' } });
    expect(thrown(() => verifyComplaint(signed, other)).path).toBe('signed.key');
    expect(thrown(() => verifyComplaint(signed, {} as never)).path).toBe('keys');
    expect(thrown(() => signComplaint(complaint, { current: 'k1' } as never)).path).toBe('keys');
    expect(thrown(() => verifyComplaint({ ...signed, mac: 'x' }, keys)).path).toBe('signed');
  });

  it('refuses to sign an inconsistent complaint', () => {
    expect(thrown(() => signComplaint({ ...complaint, timely: false }, keys)).path).toBe('complaint.timely');
  });
});

describe('any reachable complaint', () => {
  const events = (at: string): ComplaintEvent[] => [
    { type: 'TICK', by: system, at },
    { type: 'COMPLAINT.TERM_RESTORED', by: reviewer, at, reasons: ['illness'] },
    { type: 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION', by: reviewer, at, reasons: ['filed-late'] },
    decided('leftUnchanged', at),
    decided('cancelledReopened', at),
    decided('newDecision', at),
    { ...decided('leftUnchanged', at), by: otherReviewer },
  ];
  const keys = caseKeys({ current: 'k1', secrets: { k1: 'the complaint tests secret, 32 bytes or more' } });

  test.prop([fc.boolean(), fc.array(fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 40 })), { maxLength: 6 })], {
    numRuns: 100,
  })('survives a JSON round trip: accepted and identical', (late, steps) => {
    let complaint = filed(late ? LATE : undefined);
    let day = late ? 3 : 0;
    for (const [which, days] of steps) {
      day += days;
      const at = new Date(Date.UTC(2026, 3, 1 + day, 8)).toISOString();
      const event = events(at)[which] as ComplaintEvent;
      complaint = sendComplaintEvent(complaint, event).complaint;
    }
    const stored = JSON.parse(JSON.stringify(complaint));
    const refused = sendComplaintEvent(stored, {
      type: 'TICK',
      by: applicant,
      at: '2026-06-01T10:00:00+03:00',
    });
    expect(refused.complaint).toEqual(complaint);
    expect(JSON.stringify(refused.complaint)).toBe(JSON.stringify(complaint));
    expect(verifyComplaint(JSON.parse(JSON.stringify(signComplaint(stored, keys))), keys)).toEqual(complaint);
  });
});
