import { fc, test } from '@fast-check/vitest';
import { ADMINISTRATIVE_PROCEDURE } from '@vikno/deadlines';
import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import {
  ADMINISTRATIVE_COMPLAINT_SOURCE,
  COMPLAINT_RULES,
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
function filed(
  at = '2026-03-20T10:00:00+02:00',
  by: FileComplaintInput['by'] = applicant,
  decision: Partial<FileComplaintInput['decision']> = {},
): Complaint {
  return fileComplaint({
    complaintId: 'S-1',
    caseId: 'C-1',
    serviceId: 'idp-living-allowance',
    reviewerOffice: 'oda-social-policy',
    decision: { outcome: 'refused', deliveredOn: '2026-03-02', ...decision },
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

  it('cites Law 2073-IX with the evidence actually read: its text', () => {
    expect(ADMINISTRATIVE_COMPLAINT_SOURCE).toMatchObject({
      id: 'law-2073-ix',
      provision: { en: 'Art. 18' },
      evidence: 'text',
      verified: true,
    });
    const rules = Object.entries(COMPLAINT_RULES);
    expect(rules.map(([name]) => name)).toEqual([
      'body',
      'notLateWithoutInstructions',
      'restoration',
      'leftWithoutConsideration',
      'suspension',
      'procedure',
      'outcomes',
    ]);
    for (const [name, rule] of rules) {
      expect(rule.basis.length, name).toBeGreaterThan(0);
      for (const source of rule.basis) {
        expect(source, name).toMatchObject({ id: 'law-2073-ix', evidence: 'text', checkedOn: '2026-11-26' });
        expect(source.quote?.length, name).toBeLessThanOrEqual(400);
        expect(source.note, name).toContain('Ansvar-Systems/Ukrainian-law-mcp');
      }
    }
    expect(COMPLAINT_RULES.restoration.value).toMatchObject({
      request: { amount: 10, unit: 'workingDays' },
      latest: { amount: 1, unit: 'years' },
    });
    expect(COMPLAINT_RULES.outcomes.basis.map((source) => source.provision?.en)).toEqual([
      'Art. 85 parts 1, 4',
    ]);
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
  const LATE_FILED = () => filed(LATE, applicant, { decidedOn: '2026-02-27' });

  it('is not decided until its term is restored', () => {
    const late = LATE_FILED();
    expect(send(late, decided('cancelledReopened'))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
      complaint: late,
    });
    const restored = accepted(late, restore());
    expect(restored.restoration).toEqual({
      reasons: ['illness'],
      requestedOn: '2026-04-03',
      reasonEndedOn: '2026-03-30',
    });
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
    const restored = accepted(LATE_FILED(), restore());
    expect(send(restored, restore('2026-04-07T10:00:00+03:00')).reason).toBe('notAllowedNow');
  });
});

describe('Law 2073-IX Art. 80 part 4: a decision that did not say how to appeal', () => {
  it('is never complained of late: the term is not missed', () => {
    const complaint = filed(LATE, applicant, { appealInstructions: false });
    expect(complaint.decision.appealInstructions).toBe(false);
    expect(complaint.filingLastDay).toBe('2026-04-01');
    expect(complaint.timely).toBe(true);
    const done = accepted(complaint, decided('cancelledReopened'));
    expect(done.restoration).toBeUndefined();
    expect(send(complaint, restore()).reason).toBe('notAllowedNow');
  });

  it('takes a decision that said how to appeal by default', () => {
    expect(filed().decision.appealInstructions).toBe(true);
    expect(filed(LATE).timely).toBe(false);
  });

  it('refuses a stored complaint that claims the instructions were missing only to be in time', () => {
    const late = filed(LATE);
    expect(
      thrown(() =>
        sendComplaintEvent(
          { ...late, decision: { ...late.decision, appealInstructions: true }, timely: true },
          { type: 'TICK', by: system, at: '2026-04-04T10:00:00+03:00' },
        ),
      ).path,
    ).toBe('complaint.timely');
  });
});

const restore = (
  at = '2026-04-06T10:00:00+03:00',
  days: { requestedOn?: string; reasonEndedOn?: string } = {},
): ComplaintEvent => ({
  type: 'COMPLAINT.TERM_RESTORED',
  by: reviewer,
  at,
  reasons: ['illness'],
  requestedOn: '2026-04-03',
  reasonEndedOn: '2026-03-30',
  ...days,
});

describe('Law 2073-IX Art. 80 part 2: restoring a missed term', () => {
  const late = () => filed(LATE, applicant, { decidedOn: '2026-02-27' });

  it('restores it when asked within ten working days of the reason ending, and within a year of the act', () => {
    // The illness ended on Monday 30 March: ten working days run to Monday 13 April.
    const restored = accepted(late(), restore('2026-04-14T10:00:00+03:00', { requestedOn: '2026-04-13' }));
    expect(restored.restoration).toEqual({
      reasons: ['illness'],
      requestedOn: '2026-04-13',
      reasonEndedOn: '2026-03-30',
    });
  });

  it('refuses a request made more than ten working days after the reason ended', () => {
    const tooLate = restore('2026-04-15T10:00:00+03:00', { requestedOn: '2026-04-14' });
    expect(send(late(), tooLate)).toMatchObject({ accepted: false, reason: 'termLapsed' });
  });

  it('refuses a restoration beyond one year from the day the act was adopted, however late it was delivered', () => {
    const old = filed(LATE, applicant, { decidedOn: '2025-03-02' });
    // A year from Sunday 2 March 2025 ends on Monday 2 March 2026; the request came on 3 April.
    expect(send(old, restore())).toMatchObject({ accepted: false, reason: 'termLapsed' });
    const inYear = filed(LATE, applicant, { decidedOn: '2025-04-03' });
    expect(send(inYear, restore()).accepted).toBe(true);
  });

  it('needs the day the act was adopted to restore it', () => {
    const error = thrown(() => sendComplaintEvent(filed(LATE), restore()));
    expectSafeError(error);
    expect(error.path).toBe('complaint.decision.decidedOn');
  });

  it('refuses a request dated after the restoration or before the decision was delivered', () => {
    expect(send(late(), restore(undefined, { requestedOn: '2026-04-07' })).reason).toBe('outOfOrder');
    expect(
      send(late(), restore(undefined, { requestedOn: '2026-03-01', reasonEndedOn: '2026-02-27' })).reason,
    ).toBe('outOfOrder');
  });

  it('refuses an act adopted after it was delivered', () => {
    expect(thrown(() => filed(undefined, applicant, { decidedOn: '2026-03-03' })).path).toBe(
      'input.decision.decidedOn',
    );
  });

  it('refuses a stored restoration the law would not allow', () => {
    const restored = accepted(late(), restore());
    const forged = { ...restored, restoration: { ...restored.restoration, requestedOn: '2026-04-20' } };
    expect(
      thrown(() => sendComplaintEvent(forged, { type: 'TICK', by: system, at: '2026-04-21T10:00:00+03:00' }))
        .path,
    ).toBe('complaint.restoration');
  });
});

describe('Law 2073-IX Art. 34 parts 3–4: the consideration term extended', () => {
  const extend = (
    at = '2026-04-15T10:00:00+03:00',
    amount = 15,
    unit: 'calendarDays' | 'workingDays' = 'calendarDays',
  ): ComplaintEvent => ({
    type: 'COMPLAINT.TERM_EXTENDED',
    by: reviewer,
    at,
    extension: { amount, unit },
    reasons: ['expert-opinion-awaited'],
  });

  it('is 30 calendar days from filing, extended once by up to 15 calendar days', () => {
    const complaint = filed();
    expect(complaint.consideration.lastDay).toBe('2026-04-20');
    const extended = accepted(complaint, extend());
    expect(extended.extension).toEqual({ reasons: ['expert-opinion-awaited'] });
    expect(extended.consideration.lastDay).toBe('2026-05-04');
    expect(extended.consideration.extensions).toEqual([{ amount: 15, unit: 'calendarDays' }]);
    expect(extended.audit.map((entry) => entry.type)).toEqual(['COMPLAINT.FILED', 'COMPLAINT.TERM_EXTENDED']);
    expect(send(extended, extend('2026-04-16T10:00:00+03:00', 1)).reason).toBe('overLimit');
    const done = accepted(extended, decided('leftUnchanged', '2026-04-30T12:00:00+03:00'));
    expect(done.consideration.state).toBe('met');
  });

  it('is noticed no later than three working days before the term ends', () => {
    // The term ends on Monday 20 April: 16, 17 and 20 April must remain after the notice.
    expect(send(filed(), extend('2026-04-16T09:00:00+03:00')).reason).toBe('termLapsed');
    expect(send(filed(), extend('2026-04-15T23:00:00+03:00')).accepted).toBe(true);
  });

  it('is refused beyond 15 calendar days', () => {
    expect(send(filed(), extend(undefined, 16)).reason).toBe('overLimit');
    expect(send(filed(), extend(undefined, 12, 'workingDays')).reason).toBe('overLimit');
    // Ten working days after Sunday 19 April: 1 May is a working day under martial law.
    expect(accepted(filed(), extend(undefined, 10, 'workingDays')).consideration.lastDay).toBe('2026-05-01');
  });

  it('is extended by the reviewer only, while the complaint is considered', () => {
    expect(send(filed(), { ...extend(), by: applicant }).reason).toBe('roleNotPermitted');
    expect(send(filed(), { ...extend(), by: otherReviewer }).reason).toBe('wrongOffice');
    const done = accepted(filed(), decided('leftUnchanged'));
    expect(send(done, extend('2026-04-11T10:00:00+03:00')).reason).toBe('notAllowedNow');
  });

  it('refuses a stored extension the steps could not have made', () => {
    const extended = accepted(filed(), extend());
    const tick = { type: 'TICK', by: system, at: '2026-04-16T10:00:00+03:00' } as const;
    const pathOf = (changed: unknown) => thrown(() => sendComplaintEvent(changed, tick)).path;
    expect(pathOf({ ...extended, extension: undefined })).toBe('complaint.extension');
    expect(
      pathOf({
        ...extended,
        consideration: { ...extended.consideration, extensions: [{ amount: 30, unit: 'calendarDays' }] },
      }),
    ).toBe('complaint.extension');
    const [first, second] = extended.audit as [Complaint['audit'][0], Complaint['audit'][0]];
    expect(pathOf({ ...extended, audit: [first, { ...second, at: '2026-04-17T10:00:00+03:00' }] })).toBe(
      'complaint.extension',
    );
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
    expect(
      pathOf({
        ...complaint,
        restoration: { reasons: ['x'], requestedOn: '2026-04-01', reasonEndedOn: '2026-03-30' },
      }),
    ).toBe('complaint.restoration');
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
    const late = filed(LATE, applicant, { decidedOn: '2026-02-27' });
    const restored = accepted(late, restore());
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
    restore(at, { requestedOn: at.slice(0, 10), reasonEndedOn: at.slice(0, 10) }),
    { type: 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION', by: reviewer, at, reasons: ['filed-late'] },
    decided('leftUnchanged', at),
    decided('cancelledReopened', at),
    decided('newDecision', at),
    { ...decided('leftUnchanged', at), by: otherReviewer },
    {
      type: 'COMPLAINT.TERM_EXTENDED',
      by: reviewer,
      at,
      extension: { amount: 10, unit: 'calendarDays' },
      reasons: ['expert-opinion-awaited'],
    },
  ];
  const keys = caseKeys({ current: 'k1', secrets: { k1: 'the complaint tests secret, 32 bytes or more' } });

  test.prop(
    [
      fc.boolean(),
      fc.boolean(),
      fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 40 })), { maxLength: 6 }),
    ],
    { numRuns: 100 },
  )('survives a JSON round trip: accepted and identical', (late, appealInstructions, steps) => {
    let complaint = filed(late ? LATE : undefined, applicant, {
      decidedOn: '2026-02-27',
      appealInstructions,
    });
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
