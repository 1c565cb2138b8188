// The administrative procedure of Law 2073-IX in a case (issue 13): an incomplete application left without
// movement and cured or returned, the applicant heard before an adverse decision, the decision term extended with
// notice, the decision delivered, the case file opened to the applicant, and a complaint that reopens the case or
// replaces its decision.
import { ADMINISTRATIVE_PROCEDURE, deliveredOn, extensionNoticeDay, registrationDay } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import { ACTORS, sample } from '../test/events.js';
import { keys } from '../test/forge.js';
import { at, caseThrough, PROCEDURE_PATHS } from '../test/procedure-cases.js';
import { type CaseActor, type CaseEvent, persistCase, restoreCase, sendCaseEvent } from './index.js';

const GROUND = 'income-above-threshold';
const context = (actor: CaseActor) => actor.getSnapshot().context;
const incomplete = (when: string) =>
  ({ ...sample('PACKAGE.CHECKED', when), complete: false, missing: ['rnokpp'] }) as CaseEvent;
const refusal = (when: string, grounds = [GROUND]) =>
  ({ ...sample('DECISION.MADE', when), outcome: 'refused', grounds }) as CaseEvent;
const hearingNotice = (when: string, outcome: 'refused' | 'partiallyGranted' = 'refused') =>
  ({ ...sample('HEARING.NOTIFIED', when), outcome, grounds: [GROUND] }) as CaseEvent;

describe('an application with defects is left without movement', () => {
  it('is registered and counts as filed on the day received, its defects listed and a cure term running', () => {
    const actor = caseThrough([incomplete(at('2026-03-07'))]); // a Saturday
    expect(actor.getSnapshot().value).toBe('withoutMovement');
    expect(context(actor)).toMatchObject({
      filedOn: '2026-03-07',
      registeredOn: registrationDay('2026-03-07'),
      missing: ['rnokpp'],
    });
    expect(context(actor).terms.cure).toMatchObject({ kind: 'cure', start: '2026-03-07', state: 'running' });
    expect(context(actor).terms.cure?.term.basis?.some((source) => source.id === 'law-2073-ix')).toBe(true);
  });

  it('cured in time, keeps its filing day; the terms of transfer and decision run from the cure', () => {
    const actor = caseThrough(PROCEDURE_PATHS.cured.slice(0, 2));
    expect(actor.getSnapshot().value).toEqual({ transfer: 'awaitingRegister' });
    const { filedOn, terms } = context(actor);
    expect(filedOn).toBe('2026-03-02');
    expect(terms.cure?.state).toBe('met');
    // Law 5203-VI Art. 10 counts a service's term from the day the application and its documents are submitted.
    expect(terms.decision?.start).toBe('2026-03-04');
    expect(terms.transfer?.start).toBe('2026-03-04');
  });

  it('cured after the cure term is refused as too late; returned before it lapses is refused as too early', () => {
    const actor = caseThrough([incomplete(at('2026-03-02'))]);
    const lastDay = context(actor).terms.cure?.lastDay as string;
    expect(sendCaseEvent(actor, sample('APPLICATION.RETURNED', at(lastDay)))).toMatchObject({
      accepted: false,
      reason: 'termRunning',
    });
    const late = at('2026-04-06');
    expect(sendCaseEvent(actor, sample('DEFECTS.CURED', late))).toMatchObject({
      accepted: false,
      reason: 'termLapsed',
    });
    expect(sendCaseEvent(actor, sample('APPLICATION.RETURNED', late))).toEqual({
      accepted: true,
      reason: undefined,
      state: 'returned',
    });
    expect(context(actor).returnReasons).toEqual(['defects-not-cured']);
    expect(context(actor).terms.cure?.state).toBe('cancelled');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('may be withdrawn while it waits', () => {
    const actor = caseThrough([incomplete(at('2026-03-02'))]);
    expect(sendCaseEvent(actor, sample('APPLICATION.WITHDRAWN', at('2026-03-03'))).state).toBe('withdrawn');
  });
});

describe('the applicant is heard before an adverse decision', () => {
  const considering = () => caseThrough(PROCEDURE_PATHS.cured);

  it('refuses a refusal or a partial grant without a hearing, and takes a grant', () => {
    for (const outcome of ['refused', 'partiallyGranted'] as const) {
      const actor = considering();
      const event = { ...refusal(at('2026-03-06')), outcome } as CaseEvent;
      expect(sendCaseEvent(actor, event)).toMatchObject({ accepted: false, reason: 'notHeard' });
      expect(actor.getSnapshot().value).toBe('consideration');
    }
    const granted = considering();
    expect(sendCaseEvent(granted, sample('DECISION.MADE', at('2026-03-06'))).state).toBe('decided');
  });

  it('notifies the applicant of the intended outcome and its grounds, with a period to present a position', () => {
    const actor = considering();
    expect(sendCaseEvent(actor, hearingNotice(at('2026-03-06'))).state).toBe('hearing');
    expect(context(actor).hearing).toEqual({
      outcome: 'refused',
      grounds: [GROUND],
      notifiedOn: '2026-03-06',
      state: 'awaited',
    });
    expect(context(actor).terms.hearing).toMatchObject({
      kind: 'hearing',
      start: '2026-03-06',
      state: 'running',
    });
    // Within the period, nothing adverse is decided; a grant after all is.
    expect(sendCaseEvent(actor, refusal(at('2026-03-09')))).toMatchObject({
      accepted: false,
      reason: 'termRunning',
    });
    expect(sendCaseEvent(actor, sample('DECISION.MADE', at('2026-03-09'))).state).toBe('decided');
    expect(context(actor).terms.hearing?.state).toBe('cancelled');
  });

  it('once the applicant presented a position, decides on the grounds noticed, not on others or worse', () => {
    const actor = considering();
    sendCaseEvent(actor, hearingNotice(at('2026-03-06'), 'partiallyGranted'));
    expect(sendCaseEvent(actor, sample('POSITION.PRESENTED', at('2026-03-09'))).state).toBe('consideration');
    expect(context(actor).hearing?.state).toBe('heard');
    expect(context(actor).terms.hearing?.state).toBe('met');
    expect(sendCaseEvent(actor, refusal(at('2026-03-10')))).toMatchObject({ reason: 'notHeard' });
    const otherGrounds = {
      ...refusal(at('2026-03-10'), ['other']),
      outcome: 'partiallyGranted',
    } as CaseEvent;
    expect(sendCaseEvent(actor, otherGrounds)).toMatchObject({ reason: 'notHeard' });
    const partial = { ...refusal(at('2026-03-10')), outcome: 'partiallyGranted' } as CaseEvent;
    expect(sendCaseEvent(actor, partial).state).toBe('decided');
    expect(context(actor)).toMatchObject({ outcome: 'partiallyGranted', grounds: [GROUND] });
  });

  it('decides adversely without a hearing only under an exception of Art. 63 part 2, which the case records', () => {
    const actor = considering();
    const unfounded = { ...refusal(at('2026-03-06')), withoutHearing: 'manifestlyUnfounded' } as CaseEvent;
    expect(sendCaseEvent(actor, unfounded).state).toBe('decided');
    expect(context(actor)).toMatchObject({ outcome: 'refused', hearingException: 'manifestlyUnfounded' });
    expect(context(actor).hearing).toBeUndefined();
    const restored = restoreCase(JSON.parse(JSON.stringify(persistCase(actor, { keys }))), { keys });
    expect(restored.getSnapshot().context).toEqual(context(actor));
    // A grant needs no exception: one given is invalid input, naming the field.
    const granted = {
      ...sample('DECISION.MADE', at('2026-03-06')),
      withoutHearing: 'automated',
    } as CaseEvent;
    expect(() => sendCaseEvent(considering(), granted)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: 'event' }),
    );
  });

  it('decides adversely once the period lapsed without a position', () => {
    const actor = considering();
    sendCaseEvent(actor, hearingNotice(at('2026-03-06')));
    const lastDay = context(actor).terms.hearing?.lastDay as string;
    const after = at(
      registrationDay(`${lastDay.slice(0, 8)}${String(Number(lastDay.slice(8)) + 1).padStart(2, '0')}`),
    );
    expect(sendCaseEvent(actor, refusal(after)).state).toBe('decided');
    expect(context(actor).hearing?.state).toBe('lapsed');
  });
});

describe('the decision term is extended with notice to the applicant', () => {
  const rule = ADMINISTRATIVE_PROCEDURE.extension.value;

  it('by the decision-maker, noticed in time, within the maximum, as many times as allowed', () => {
    const actor = caseThrough(PROCEDURE_PATHS.cured);
    const before = context(actor).terms.decision?.lastDay as string;
    const notice = extensionNoticeDay(before);
    const late = sample('TERM.EXTENDED', at(before));
    expect(sendCaseEvent(actor, late)).toMatchObject({ accepted: false, reason: 'termLapsed' });
    const tooLong = {
      ...sample('TERM.EXTENDED', at(notice)),
      extension: { amount: rule.maximum.amount + 1, unit: rule.maximum.unit },
    } as CaseEvent;
    expect(sendCaseEvent(actor, tooLong)).toMatchObject({ accepted: false, reason: 'overLimit' });
    const byAdmin = { ...sample('TERM.EXTENDED', at(notice)), by: ACTORS.admin } as CaseEvent;
    expect(sendCaseEvent(actor, byAdmin)).toMatchObject({ accepted: false, reason: 'roleNotPermitted' });
    expect(sendCaseEvent(actor, sample('TERM.EXTENDED', at(notice)))).toMatchObject({ accepted: true });
    const after = context(actor).terms.decision;
    expect(after?.extensions).toEqual([{ amount: 5, unit: 'calendarDays' }]);
    expect((after?.lastDay ?? '') > before).toBe(true);
    expect(context(actor).extensions).toEqual([{ amount: 5, unit: 'calendarDays' }]);
    if (rule.times === 1) {
      expect(sendCaseEvent(actor, sample('TERM.EXTENDED', at(notice)))).toMatchObject({
        reason: 'overLimit',
      });
    }
  });
});

describe('the decision reaches the applicant, and the appeal terms run from delivery', () => {
  it('by post, on the day the rule of delivery gives; in person, the day the result is issued', () => {
    const refused = caseThrough(PROCEDURE_PATHS.refused);
    expect(context(refused).delivery).toEqual({
      channel: 'post',
      sentOn: '2026-03-12',
      on: deliveredOn({ channel: 'post', sentOn: '2026-03-12' }).on,
    });
    const issued = caseThrough([
      ...PROCEDURE_PATHS.cured,
      sample('DECISION.MADE', at('2026-03-06')),
      sample('CNAP.INFORMED', at('2026-03-06', '11:00')),
      sample('APPLICANT.NOTIFIED', at('2026-03-06', '12:00')),
      sample('RESULT.ISSUED', at('2026-03-10')),
    ]);
    expect(context(issued).delivery).toEqual({ channel: 'inPerson', sentOn: '2026-03-10', on: '2026-03-10' });
  });

  it('delivered by post while the result awaits collection, is issued: nothing is left to collect', () => {
    const actor = caseThrough([
      ...PROCEDURE_PATHS.cured,
      sample('DECISION.MADE', at('2026-03-06')),
      sample('CNAP.INFORMED', at('2026-03-06', '11:00')),
      sample('APPLICANT.NOTIFIED', at('2026-03-06', '12:00')),
    ]);
    expect(sendCaseEvent(actor, sample('DECISION.DELIVERED', at('2026-03-09'))).state).toBe('issued');
    expect(context(actor).terms.collection?.state).toBe('met');
    expect(context(actor).delivery?.channel).toBe('post');
  });

  it('is delivered once', () => {
    const actor = caseThrough(PROCEDURE_PATHS.refused);
    expect(sendCaseEvent(actor, sample('DECISION.DELIVERED', at('2026-03-20')))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
    });
  });
});

describe('the applicant sees the case file', () => {
  it('on request, during the case and after it; given only once requested', () => {
    const actor = caseThrough(PROCEDURE_PATHS.cured);
    expect(sendCaseEvent(actor, sample('FILE.ACCESS_GIVEN', at('2026-03-06')))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
    });
    sendCaseEvent(actor, sample('FILE.ACCESS_REQUESTED', at('2026-03-06')));
    expect(context(actor).fileAccess).toBe('requested');
    sendCaseEvent(actor, sample('FILE.ACCESS_GIVEN', at('2026-03-06', '12:00')));
    expect(context(actor).fileAccess).toBe('given');
    const issued = caseThrough(PROCEDURE_PATHS.refused);
    expect(sendCaseEvent(issued, sample('FILE.ACCESS_REQUESTED', at('2026-03-20'))).accepted).toBe(true);
  });
});

describe('a complaint reopens the case or replaces its decision', () => {
  it('reopens a refusal issued: back in consideration under a new decision term, the refusal set aside', () => {
    const actor = caseThrough(PROCEDURE_PATHS.refused);
    expect(actor.getSnapshot().value).toBe('issued');
    const reopened = sendCaseEvent(actor, sample('CASE.REOPENED', at('2026-04-10')));
    expect(reopened).toEqual({ accepted: true, reason: undefined, state: 'consideration' });
    expect(context(actor)).toMatchObject({
      outcome: undefined,
      grounds: [],
      hearing: undefined,
      delivery: undefined,
      complaints: [{ complaintId: 'S-1', setAside: 'refused' }],
    });
    expect(context(actor).terms.decision).toMatchObject({ start: '2026-04-10', state: 'running' });
    // The new decision goes through the same rules: a refusal needs a new hearing.
    expect(sendCaseEvent(actor, refusal(at('2026-04-13')))).toMatchObject({ reason: 'notHeard' });
    expect(sendCaseEvent(actor, sample('DECISION.MADE', at('2026-04-14'))).state).toBe('decided');
  });

  it('replaces the decision with the one the complaint body took', () => {
    const actor = caseThrough(PROCEDURE_PATHS.replaced);
    expect(actor.getSnapshot().value).toBe('decided');
    expect(context(actor)).toMatchObject({ outcome: 'granted', delivery: undefined });
    expect(sendCaseEvent(actor, sample('CNAP.INFORMED', at('2026-04-10', '12:00'))).state).toBe('informed');
  });

  it('is relayed by the host only, and never before a decision', () => {
    const issued = caseThrough(PROCEDURE_PATHS.refused);
    const byDecider = { ...sample('CASE.REOPENED', at('2026-04-10')), by: ACTORS.decider } as CaseEvent;
    expect(sendCaseEvent(issued, byDecider)).toMatchObject({ accepted: false, reason: 'roleNotPermitted' });
    const considering = caseThrough(PROCEDURE_PATHS.cured);
    expect(sendCaseEvent(considering, sample('CASE.REOPENED', at('2026-04-10')))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
    });
  });
});
