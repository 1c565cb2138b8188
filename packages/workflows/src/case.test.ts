import { buildChecklist, checkPackage } from '@vikno/checklists';
import { describe, expect, it } from 'vitest';
import { ACTORS, sample } from '../test/events.js';
import { type CaseActor, type CaseEmitted, createCase, packageCheckedEvent, sendCaseEvent } from './index.js';
import {
  addCase,
  closeRegister,
  confirmReceipt,
  dispatchRegister,
  openRegister,
  WorkflowError,
} from './transfer-register.js';

const day = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;

function start(
  model: 'I' | 'II' | 'III',
  serviceId = 'idp-living-allowance',
): { actor: CaseActor; emitted: CaseEmitted[] } {
  const actor = createCase({ caseId: 'C-1', serviceId, model, asOf: '2026-03-02' });
  const emitted: CaseEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  return { actor, emitted };
}

describe('a model III case (paper, transfer registers)', () => {
  it('goes from intake to an issued result, its terms computed and watched on ticks', () => {
    const { actor, emitted } = start('III');
    expect(sendCaseEvent(actor, sample('PACKAGE.CHECKED', day('2026-03-02'))).state).toEqual({
      transfer: 'awaitingRegister',
    });
    const context = () => actor.getSnapshot().context;
    expect(context().caseNumber).toBe('N-1');
    expect(context().terms.transfer?.lastDay).toBe('2026-03-03');
    expect(context().terms.decision?.lastDay).toBe('2026-03-16');

    let register = openRegister({
      id: 'R-1',
      from: 'cnap-central',
      to: 'uszn-district',
      at: day('2026-03-02', '09:00'),
    });
    const added = addCase(register, { caseId: 'C-1', at: day('2026-03-02', '11:00') });
    register = closeRegister(added.register, { at: day('2026-03-02', '17:00'), sequence: 1 });
    const dispatched = dispatchRegister(register, { at: day('2026-03-02', '17:05'), by: 'admin-3' });
    for (const event of [...added.events, ...dispatched.events]) {
      const type = event.type === 'TRANSFER.ADDED' ? 'TRANSFER.ADDED' : 'TRANSFER.DISPATCHED';
      sendCaseEvent(actor, { type, by: ACTORS.system, at: event.at, registerId: event.registerId });
    }
    expect(actor.getSnapshot().value).toEqual({ transfer: 'inTransit' });
    sendCaseEvent(actor, sample('TICK', day('2026-03-03', '18:30')));
    expect(emitted).toEqual([
      {
        type: 'deadline.overdue',
        caseId: 'C-1',
        term: 'transfer',
        lastDay: '2026-03-03',
        dueAt: day('2026-03-03', '18:00'),
      },
    ]);
    const received = confirmReceipt(dispatched.register, { at: day('2026-03-04', '09:30'), by: 'uszn-7' });
    for (const event of received.events) {
      sendCaseEvent(actor, {
        type: 'TRANSFER.RECEIVED',
        by: ACTORS.specialist,
        at: event.at,
        registerId: event.registerId,
      });
    }
    expect(actor.getSnapshot().value).toBe('consideration');
    expect(context().terms.transfer?.state).toBe('met');

    sendCaseEvent(actor, sample('DOCUMENTS.REQUESTED', day('2026-03-05')));
    expect(actor.getSnapshot().value).toBe('suspended');
    sendCaseEvent(actor, sample('TICK', day('2026-03-30')));
    expect(emitted).toHaveLength(1);
    sendCaseEvent(actor, sample('DOCUMENTS.RECEIVED', day('2026-03-11')));
    expect(context().terms.decision?.lastDay).toBe('2026-03-23');
    sendCaseEvent(actor, sample('TICK', day('2026-03-20')));
    sendCaseEvent(actor, sample('TICK', day('2026-03-20', '11:00')));
    expect(emitted.map((event) => event.type)).toEqual(['deadline.overdue', 'deadline.atRisk']);

    sendCaseEvent(actor, sample('DECISION.MADE', day('2026-03-20', '12:00')));
    sendCaseEvent(actor, sample('CNAP.INFORMED', day('2026-03-20', '13:00')));
    expect(emitted.at(-1)).toEqual({ type: 'applicant.notify', caseId: 'C-1', outcome: 'granted' });
    sendCaseEvent(actor, sample('APPLICANT.NOTIFIED', day('2026-03-20', '14:00')));
    sendCaseEvent(actor, sample('RESULT.ISSUED', day('2026-03-25')));
    expect(actor.getSnapshot().value).toBe('issued');
    expect(actor.getSnapshot().status).toBe('done');
    expect(context().audit.map((entry) => entry.type)).toEqual([
      'PACKAGE.CHECKED',
      'TRANSFER.ADDED',
      'TRANSFER.DISPATCHED',
      'TICK',
      'TRANSFER.RECEIVED',
      'DOCUMENTS.REQUESTED',
      'DOCUMENTS.RECEIVED',
      'TICK',
      'DECISION.MADE',
      'CNAP.INFORMED',
      'APPLICANT.NOTIFIED',
      'RESULT.ISSUED',
    ]);
    expect(context().audit[0]).toEqual({
      seq: 1,
      type: 'PACKAGE.CHECKED',
      at: day('2026-03-02'),
      role: 'cnapAdministrator',
      actorId: 'admin-3',
      office: 'cnap-central',
    });
  });

  it('registers a package received on a Saturday on the next working day, its terms running from there', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED', day('2026-03-07')));
    const { registeredOn, terms } = actor.getSnapshot().context;
    expect(registeredOn).toBe('2026-03-09');
    expect(terms.transfer?.lastDay).toBe('2026-03-10');
    expect(terms.decision?.lastDay).toBe('2026-03-23');
  });

  it('rejects a decision from an administrator and a transfer out of order, changing nothing', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const byAdmin = sendCaseEvent(actor, { ...sample('DECISION.MADE'), by: ACTORS.admin } as never);
    expect(byAdmin).toEqual({
      accepted: false,
      reason: 'roleNotPermitted',
      state: { transfer: 'awaitingRegister' },
    });
    expect(sendCaseEvent(actor, sample('TRANSFER.RECEIVED'))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
    });
    expect(actor.getSnapshot().context.audit).toHaveLength(1);
  });

  it('archives a result not collected within the collection term', () => {
    const { actor } = start('II');
    for (const type of [
      'PACKAGE.CHECKED',
      'TRANSFER.HANDED_OVER',
      'DECISION.MADE',
      'CNAP.INFORMED',
      'APPLICANT.NOTIFIED',
    ] as const) {
      sendCaseEvent(actor, sample(type, day('2026-03-02')));
    }
    sendCaseEvent(actor, sample('TICK', day('2026-04-01', '17:00')));
    expect(actor.getSnapshot().value).toBe('awaitingCollection');
    sendCaseEvent(actor, sample('TICK', day('2026-04-01', '19:00')));
    expect(actor.getSnapshot().value).toBe('archived');
  });
});

describe('models I and II', () => {
  it('model I transfers electronically and tracks the paper originals on their own', () => {
    const { actor } = start('I', 'birth-assistance');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    expect(actor.getSnapshot().value).toEqual({ transfer: 'awaitingElectronicTransfer' });
    expect(sendCaseEvent(actor, sample('ORIGINALS.RECEIVED')).accepted).toBe(true);
    expect(actor.getSnapshot().context.originals).toBe('received');
    expect(sendCaseEvent(actor, sample('ORIGINALS.RECEIVED')).accepted).toBe(false);
    sendCaseEvent(actor, sample('TRANSFER.SENT'));
    expect(actor.getSnapshot().value).toBe('consideration');
  });

  it('model II hands the paper file to the back office', () => {
    const { actor } = start('II');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    expect(actor.getSnapshot().value).toEqual({ transfer: 'awaitingHandover' });
    expect(sendCaseEvent(actor, sample('TRANSFER.SENT')).accepted).toBe(false);
    sendCaseEvent(actor, sample('TRANSFER.HANDED_OVER'));
    expect(actor.getSnapshot().value).toBe('consideration');
  });
});

describe('intake and withdrawal', () => {
  it('takes the verdict of @vikno/checklists on the package', () => {
    const checklist = buildChecklist(
      'idp-living-allowance',
      { age: 30, disability: false },
      { asOf: '2026-03-02' },
    );
    const check = checkPackage(checklist, [{ document: 'application', form: 'original' }], {
      on: '2026-03-02',
    });
    const { actor } = start('III');
    sendCaseEvent(actor, packageCheckedEvent(check, ACTORS.admin, day('2026-03-02')));
    expect(actor.getSnapshot().value).toBe('returned');
    expect(actor.getSnapshot().context.missing).toEqual(
      check.missing.map((finding) => finding.item.documents[0]?.id),
    );
  });

  it('returns an incomplete package with what is missing, registering nothing', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, {
      ...sample('PACKAGE.CHECKED'),
      complete: false,
      missing: ['rnokpp', 'bank-account-details'],
    } as never);
    expect(actor.getSnapshot().value).toBe('returned');
    expect(actor.getSnapshot().context).toMatchObject({
      missing: ['rnokpp', 'bank-account-details'],
      caseNumber: undefined,
      terms: {},
    });
  });

  it('lets the applicant withdraw before the decision, not after', () => {
    const early = start('II').actor;
    sendCaseEvent(early, sample('PACKAGE.CHECKED'));
    expect(sendCaseEvent(early, sample('APPLICATION.WITHDRAWN')).state).toBe('withdrawn');
    expect(early.getSnapshot().context.terms.decision?.state).toBe('cancelled');
    const late = start('II').actor;
    for (const type of ['PACKAGE.CHECKED', 'TRANSFER.HANDED_OVER', 'DECISION.MADE'] as const)
      sendCaseEvent(late, sample(type));
    expect(sendCaseEvent(late, sample('APPLICATION.WITHDRAWN'))).toMatchObject({
      accepted: false,
      reason: 'notAllowedNow',
    });
  });
});

describe('creating cases', () => {
  it('takes the decision term from the catalogue and refuses a model the service does not allow', () => {
    const { actor } = start('III', 'disability-from-childhood-assistance');
    expect(actor.getSnapshot().context.settings.decision).toMatchObject({ amount: 10, unit: 'calendarDays' });
    expect(() =>
      createCase({ caseId: 'C', serviceId: 'residence-registration', model: 'III', asOf: '2026-03-02' }),
    ).toThrow(WorkflowError);
    try {
      createCase({ caseId: 'C', serviceId: 'idp-livng-allowance', model: 'III', asOf: '2026-03-02' });
    } catch (error) {
      expect((error as WorkflowError).suggestions).toContain('idp-living-allowance');
    }
  });
});
