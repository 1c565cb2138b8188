import { buildChecklist, checkPackage } from '@vikno/checklists';
import { APPLICATION_REGISTRATION, registrationDay } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import { ACTORS, EVENT_TYPES, sample } from '../test/events.js';
import {
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  createCase,
  packageCheckedEvent,
  sendCaseEvent,
} from './index.js';
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
    // Paused 5–10 March; the term runs again on 11 March, the day the documents came (Law 2073-IX Art. 33 part 6).
    expect(context().terms.decision?.lastDay).toBe('2026-03-20');
    sendCaseEvent(actor, sample('TICK', day('2026-03-20')));
    sendCaseEvent(actor, sample('TICK', day('2026-03-20', '11:00')));
    expect(emitted.map((event) => event.type)).toEqual(['deadline.overdue', 'deadline.atRisk']);

    sendCaseEvent(actor, sample('DECISION.MADE', day('2026-03-20', '12:00')));
    sendCaseEvent(actor, sample('CNAP.INFORMED', day('2026-03-20', '13:00')));
    expect(emitted.at(-1)).toEqual({ type: 'applicant.notify', caseId: 'C-1', outcome: 'granted' });
    sendCaseEvent(actor, sample('APPLICANT.NOTIFIED', day('2026-03-20', '14:00')));
    sendCaseEvent(actor, sample('RESULT.ISSUED', day('2026-03-25')));
    expect(actor.getSnapshot().value).toBe('issued');
    // Not final: a complaint may still reopen the case or replace its decision.
    expect(actor.getSnapshot().status).toBe('active');
    expect(context().delivery).toEqual({ channel: 'inPerson', sentOn: '2026-03-25', on: '2026-03-25' });
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

  it.each(['I', 'II', 'III'] as const)(
    'registers a model %s package under the one registration rule of @vikno/deadlines (Instruction 345)',
    (model) => {
      for (const received of ['2026-03-06', '2026-03-07', '2026-03-08']) {
        const { actor } = start(model);
        sendCaseEvent(actor, sample('PACKAGE.CHECKED', day(received)));
        const { registeredOn, terms } = actor.getSnapshot().context;
        expect(registeredOn, received).toBe(registrationDay(received));
        expect(terms.transfer?.registration).toBe(APPLICATION_REGISTRATION.rule);
        expect(terms.decision?.registration).toBe(APPLICATION_REGISTRATION.rule);
      }
    },
  );

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
    expect(actor.getSnapshot().value).toBe('withoutMovement');
    expect(actor.getSnapshot().context.missing).toEqual(
      check.missing.map((finding) => finding.item.documents[0]?.id),
    );
  });

  it('leaves an incomplete package without movement: registered and filed that day, its defects listed, the cure term running', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, {
      ...sample('PACKAGE.CHECKED'),
      complete: false,
      missing: ['rnokpp', 'bank-account-details'],
    } as never);
    expect(actor.getSnapshot().value).toBe('withoutMovement');
    expect(actor.getSnapshot().context).toMatchObject({
      missing: ['rnokpp', 'bank-account-details'],
      caseNumber: 'N-1',
      registeredOn: '2026-03-02',
      filedOn: '2026-03-02',
    });
    expect(Object.keys(actor.getSnapshot().context.terms)).toEqual(['cure']);
    expect(actor.getSnapshot().context.terms.cure?.state).toBe('running');
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

/** Runs `body`, then waits for timers: any exception XState rethrows from a timer is caught and returned. */
async function uncaughtDuring(body: () => void): Promise<unknown[]> {
  const uncaught: unknown[] = [];
  const listener = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', listener);
  try {
    body();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off('uncaughtException', listener);
  }
  return uncaught;
}

describe('every event judged before the machine runs it', () => {
  it('refuses a tick after the supported calendar, the case unchanged and running, nothing thrown', async () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const before = actor.getSnapshot().context;
    const uncaught = await uncaughtDuring(() => {
      expect(() => sendCaseEvent(actor, sample('TICK', '2036-01-05T10:00:00+02:00'))).toThrow(WorkflowError);
    });
    expect(uncaught).toEqual([]);
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().context).toEqual(before);
  });

  it('refuses a package checked at year 0 as invalid input, naming the field and not the value', async () => {
    const { actor } = start('II');
    const uncaught = await uncaughtDuring(() => {
      try {
        sendCaseEvent(actor, sample('PACKAGE.CHECKED', '0000-01-01T00:00:00Z'));
        expect.fail('expected an error');
      } catch (error) {
        expect(error).toBeInstanceOf(WorkflowError);
        expect((error as WorkflowError).issues.map((issue) => issue.path)).toEqual(['event.at']);
        expect((error as WorkflowError).message).not.toContain('0000');
      }
    });
    expect(uncaught).toEqual([]);
    expect(actor.getSnapshot()).toMatchObject({ status: 'active', value: 'intake' });
  });

  it('refuses documents received before they were requested as out of order, the term still paused', async () => {
    const { actor } = start('II');
    for (const type of ['PACKAGE.CHECKED', 'TRANSFER.HANDED_OVER'] as const)
      sendCaseEvent(actor, sample(type));
    sendCaseEvent(actor, sample('DOCUMENTS.REQUESTED', day('2026-03-05')));
    const uncaught = await uncaughtDuring(() => {
      expect(sendCaseEvent(actor, sample('DOCUMENTS.RECEIVED', day('2026-03-04')))).toEqual({
        accepted: false,
        reason: 'outOfOrder',
        state: 'suspended',
      });
    });
    expect(uncaught).toEqual([]);
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().context.terms.decision?.state).toBe('paused');
    expect(sendCaseEvent(actor, sample('DOCUMENTS.RECEIVED', day('2026-03-06'))).accepted).toBe(true);
  });

  it('refuses an event whose term would end after the supported calendar as out of range', async () => {
    const { actor } = start('II');
    const uncaught = await uncaughtDuring(() => {
      expect(sendCaseEvent(actor, sample('PACKAGE.CHECKED', day('2035-12-30')))).toMatchObject({
        accepted: false,
        reason: 'outOfRange',
        state: 'intake',
      });
    });
    expect(uncaught).toEqual([]);
    expect(actor.getSnapshot().context.terms).toEqual({});
  });

  it('accepts a late sync dated before the last event where the law does not order them', () => {
    const { actor } = start('I', 'birth-assistance');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED', day('2026-03-02', '10:00')));
    sendCaseEvent(actor, sample('TRANSFER.SENT', day('2026-03-03', '10:00')));
    // The originals reached the provider on 2 March; the workplace that signed for them synced a day later.
    expect(sendCaseEvent(actor, sample('ORIGINALS.RECEIVED', day('2026-03-02', '15:00'))).accepted).toBe(
      true,
    );
    // An old tick judges the terms at its own moment and raises nothing twice.
    expect(sendCaseEvent(actor, sample('TICK', day('2026-03-02', '16:00'))).accepted).toBe(true);
    // A decision cannot be dated before the file reached the provider.
    expect(sendCaseEvent(actor, sample('DECISION.MADE', day('2026-03-02', '16:00'))).reason).toBe(
      'outOfOrder',
    );
  });
});

describe('a finished case', () => {
  const finished = {
    returned: () => {
      const { actor } = start('III');
      sendCaseEvent(actor, { ...sample('PACKAGE.CHECKED'), complete: false, missing: ['rnokpp'] } as never);
      sendCaseEvent(actor, sample('APPLICATION.RETURNED', day('2026-05-04')));
      return actor;
    },
    withdrawn: () => {
      const { actor } = start('III');
      sendCaseEvent(actor, sample('APPLICATION.WITHDRAWN'));
      return actor;
    },
  };

  it.each(Object.entries(finished))(
    '%s refuses every event from every role as not allowed now',
    (state, make) => {
      const actor = make();
      expect(actor.getSnapshot().value).toBe(state);
      const audit = actor.getSnapshot().context.audit;
      for (const type of EVENT_TYPES) {
        for (const by of Object.values(ACTORS)) {
          const event = {
            ...sample(type),
            by,
            ...(type === 'TRANSFER.RECEIVED' ? { to: 'uszn-district' } : {}),
          };
          expect(sendCaseEvent(actor, event as CaseEvent), `${type} by ${by.role}`).toEqual({
            accepted: false,
            reason: 'notAllowedNow',
            state,
          });
        }
      }
      expect(actor.getSnapshot().context.audit).toBe(audit);
    },
  );

  const closed = {
    issued: () => {
      const { actor } = start('II');
      for (const type of [
        'PACKAGE.CHECKED',
        'TRANSFER.HANDED_OVER',
        'DECISION.MADE',
        'CNAP.INFORMED',
        'APPLICANT.NOTIFIED',
        'RESULT.ISSUED',
      ] as const)
        sendCaseEvent(actor, sample(type));
      return actor;
    },
    archived: () => {
      const { actor } = start('II');
      for (const type of [
        'PACKAGE.CHECKED',
        'TRANSFER.HANDED_OVER',
        'DECISION.MADE',
        'CNAP.INFORMED',
        'APPLICANT.NOTIFIED',
      ] as const)
        sendCaseEvent(actor, sample(type));
      sendCaseEvent(actor, sample('TICK', day('2026-05-01')));
      return actor;
    },
  };
  /** What a result issued or archived still takes: a complaint's outcome, the decision's delivery, access to the file. */
  const STILL_TAKEN = new Set([
    'CASE.REOPENED',
    'DECISION.REPLACED',
    'DECISION.DELIVERED',
    'FILE.ACCESS_REQUESTED',
    'FILE.ACCESS_GIVEN',
    'TICK',
  ]);

  it.each(Object.entries(closed))(
    '%s refuses every other event from every role, the audit unchanged',
    (state, make) => {
      const actor = make();
      expect(actor.getSnapshot().value).toBe(state);
      expect(actor.getSnapshot().status).toBe('active');
      const audit = actor.getSnapshot().context.audit;
      for (const type of EVENT_TYPES.filter((type) => !STILL_TAKEN.has(type))) {
        for (const by of Object.values(ACTORS)) {
          const event = {
            ...sample(type),
            by,
            ...(type === 'TRANSFER.RECEIVED' ? { to: 'uszn-district' } : {}),
          };
          const result = sendCaseEvent(actor, event as CaseEvent);
          expect(result.accepted, `${type} by ${by.role}`).toBe(false);
          expect(result.state).toBe(state);
        }
      }
      expect(actor.getSnapshot().context.audit).toBe(audit);
      expect(sendCaseEvent(actor, sample('CASE.REOPENED', day('2026-05-05')))).toEqual({
        accepted: true,
        reason: undefined,
        state: 'consideration',
      });
    },
  );
});

describe('the provider office that decides a case', () => {
  const toConsideration = {
    I: ['PACKAGE.CHECKED', 'TRANSFER.SENT'],
    II: ['PACKAGE.CHECKED', 'TRANSFER.HANDED_OVER'],
    III: ['PACKAGE.CHECKED', 'TRANSFER.ADDED', 'TRANSFER.DISPATCHED', 'TRANSFER.RECEIVED'],
  } as const;

  it.each(['I', 'II', 'III'] as const)(
    'is set at transfer in model %s, and refuses the other offices',
    (model) => {
      const { actor } = start(model, model === 'I' ? 'birth-assistance' : 'idp-living-allowance');
      for (const type of toConsideration[model]) {
        expect(actor.getSnapshot().context.providerOffice).toBeUndefined();
        sendCaseEvent(actor, sample(type));
      }
      expect(actor.getSnapshot().context.providerOffice).toBe('uszn-district');
      const stranger = { ...sample('DECISION.MADE'), by: ACTORS.otherDecider } as CaseEvent;
      expect(sendCaseEvent(actor, stranger)).toEqual({
        accepted: false,
        reason: 'wrongOffice',
        state: 'consideration',
      });
      expect(actor.getSnapshot().context.rejection).toMatchObject({ reason: 'wrongOffice' });
      const request = { ...sample('DOCUMENTS.REQUESTED'), by: ACTORS.otherDecider } as CaseEvent;
      expect(sendCaseEvent(actor, request).reason).toBe('wrongOffice');
      expect(sendCaseEvent(actor, sample('DECISION.MADE')).accepted).toBe(true);
      const informed = { ...sample('CNAP.INFORMED'), by: { ...ACTORS.specialist, office: 'uszn-elsewhere' } };
      expect(sendCaseEvent(actor, informed as CaseEvent).reason).toBe('wrongOffice');
      // The CNAP's own staff, from any of its workplaces, are not the provider: their office is not judged.
      expect(sendCaseEvent(actor, sample('CNAP.INFORMED')).accepted).toBe(true);
    },
  );

  it('takes the office a model III register names, and refuses a signature from another office', () => {
    const { actor } = start('III');
    for (const type of ['PACKAGE.CHECKED', 'TRANSFER.ADDED', 'TRANSFER.DISPATCHED'] as const)
      sendCaseEvent(actor, sample(type));
    const received = { ...sample('TRANSFER.RECEIVED'), to: 'uszn-north' } as CaseEvent;
    expect(sendCaseEvent(actor, received).reason).toBe('wrongOffice');
    const bySystem = { ...sample('TRANSFER.RECEIVED'), by: ACTORS.system, to: 'uszn-north' } as CaseEvent;
    expect(sendCaseEvent(actor, bySystem).accepted).toBe(true);
    expect(actor.getSnapshot().context.providerOffice).toBe('uszn-north');
    expect(sendCaseEvent(actor, sample('DECISION.MADE')).reason).toBe('wrongOffice');
  });

  it('needs the receiving office named when the host confirms a register or sends a model I transfer', () => {
    const { actor } = start('III');
    const { to: _to, ...unnamed } = sample('TRANSFER.SENT') as CaseEvent & { to: string };
    expect(() => sendCaseEvent(actor, unnamed as CaseEvent)).toThrow(WorkflowError);
    const bySystem = { ...sample('TRANSFER.RECEIVED'), by: ACTORS.system } as CaseEvent;
    expect(() => sendCaseEvent(actor, bySystem)).toThrow(WorkflowError);
  });
});
