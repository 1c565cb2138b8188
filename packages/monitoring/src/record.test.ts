import { type CaseEvent, persistCase, sendCaseEvent } from '@vikno/workflows';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_PATHS } from '../../workflows/test/procedure-cases.js';
import { ACTORS, at, KEYS, persisted, sample, through, transferOf, wholeCase } from '../test/cases.js';
import { MonitoringError } from './errors.js';
import { CaseRecord, caseAt, caseRecord, isCaseRecord } from './record.js';

const NO_STAGES = {
  received: null,
  leftWithoutMovement: null,
  registered: null,
  cured: null,
  providerReceived: null,
  decided: null,
  informed: null,
  notified: null,
  issued: null,
  archived: null,
  returned: null,
  withdrawn: null,
};

/** What a case of each model records, once decided in time and issued. */
describe('caseRecord of a whole case', () => {
  it.each(['I', 'II', 'III'] as const)(
    'model %s: every stage, each term met when its event came',
    (model) => {
      const record = caseRecord(persisted(through(wholeCase(model), model)));
      expect(record).toMatchObject({
        format: 'vikno.case-record',
        version: 1,
        caseId: 'C-1',
        caseNumber: 'N-1',
        serviceId: 'idp-living-allowance',
        model,
        state: 'issued',
        office: 'cnap-central',
        providerOffice: 'uszn-district',
        receivedAt: at('2026-03-02'),
        receivedOn: '2026-03-02',
        filedOn: '2026-03-02',
        registeredOn: '2026-03-02',
        stages: {
          ...NO_STAGES,
          received: at('2026-03-02'),
          registered: at('2026-03-02'),
          providerReceived: at('2026-03-02', model === 'III' ? '17:00' : '11:00'),
          decided: at('2026-03-10'),
          informed: at('2026-03-10', '15:00'),
          notified: at('2026-03-10', '16:00'),
          issued: at('2026-03-20'),
        },
        suspensions: [],
        extensions: [],
        originals: model === 'I' ? 'awaited' : 'notApplicable',
        outcome: 'granted',
      });
      expect(record.terms).toEqual({
        transfer: {
          state: 'met',
          start: '2026-03-02',
          lastDay: '2026-03-03',
          dueAt: '2026-03-03T18:00:00+02:00',
          metAt: at('2026-03-02', model === 'III' ? '17:00' : '11:00'),
        },
        decision: {
          state: 'met',
          start: '2026-03-02',
          lastDay: '2026-03-16',
          dueAt: '2026-03-16T18:00:00+02:00',
          metAt: at('2026-03-10'),
        },
        notification: expect.objectContaining({
          state: 'met',
          start: '2026-03-10',
          metAt: at('2026-03-10', '16:00'),
        }),
        collection: expect.objectContaining({ state: 'met', start: '2026-03-10', metAt: at('2026-03-20') }),
      });
      expect(record.transfer).toEqual(
        model === 'III'
          ? {
              registerId: 'R-1',
              addedAt: at('2026-03-02', '11:00'),
              dispatchedAt: at('2026-03-02', '16:00'),
              receivedAt: at('2026-03-02', '17:00'),
            }
          : null,
      );
      expect(CaseRecord.parse(record)).toEqual(record);
      expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    },
  );

  it('writes every instant in Kyiv time, whatever offset the event was sent with', () => {
    const events = wholeCase('I').map((event) => ({
      ...event,
      at: new Date(event.at).toISOString(),
    }));
    expect(caseRecord(persisted(through(events, 'I')))).toEqual(
      caseRecord(persisted(through(wholeCase('I'), 'I'))),
    );
    const summer = caseRecord(
      persisted(through([sample('PACKAGE.CHECKED', '2026-06-01T06:30:15.250Z')], 'I')),
    );
    expect(summer.receivedAt).toBe('2026-06-01T09:30:15.250+03:00');
    const lateEvening = caseRecord(
      persisted(through([sample('PACKAGE.CHECKED', '2026-03-02T22:30:00Z')], 'I')),
    );
    expect([lateEvening.receivedAt, lateEvening.receivedOn]).toEqual([
      '2026-03-03T00:30:00+02:00',
      '2026-03-03',
    ]);
  });

  it('reads a signed persisted case as stored, without its key', () => {
    const actor = through(wholeCase('II'), 'II');
    expect(caseRecord(persistCase(actor, { keys: KEYS }))).toEqual(caseRecord(persisted(actor)));
  });
});

describe('caseRecord along the paths of the procedure', () => {
  it('a case left without movement: the cure term running, registered, nothing transferred', () => {
    const record = caseRecord(persisted(through([PROCEDURE_PATHS.returned[0] as never])));
    expect(record.state).toBe('withoutMovement');
    // Left without movement, an application is registered all the same: it has its number.
    expect(record.caseNumber).toBe('N-1');
    expect(record.stages).toEqual({
      ...NO_STAGES,
      received: at('2026-03-02'),
      leftWithoutMovement: at('2026-03-02'),
      registered: at('2026-03-02'),
    });
    expect(record.terms).toEqual({
      cure: {
        state: 'running',
        start: '2026-03-02',
        lastDay: '2026-03-12',
        dueAt: '2026-03-12T18:00:00+02:00',
        metAt: null,
      },
    });
    expect(record.providerOffice).toBeNull();
  });

  it('returned: the cure term lapsed, the return recorded, every term cancelled', () => {
    const record = caseRecord(persisted(through(PROCEDURE_PATHS.returned)));
    expect(record.state).toBe('returned');
    // 10:00 at +02:00 is 11:00 in Kyiv's summer time.
    expect(record.stages.returned).toBe('2026-04-06T11:00:00+03:00');
    expect(record.terms.cure?.state).toBe('cancelled');
    expect(record.terms.cure?.metAt).toBeNull();
  });

  it('cured: the cure met by the cure, terms restarted from it', () => {
    const record = caseRecord(persisted(through(PROCEDURE_PATHS.cured)));
    expect(record.stages.cured).toBe(at('2026-03-04'));
    expect(record.terms.cure).toMatchObject({ state: 'met', metAt: at('2026-03-04') });
    expect(record.terms.transfer).toMatchObject({
      state: 'met',
      start: '2026-03-04',
      metAt: at('2026-03-05'),
    });
    expect(record.terms.decision).toMatchObject({ state: 'running', start: '2026-03-04', metAt: null });
    expect(record.filedOn).toBe('2026-03-02');
  });

  it('heard, extended, refused, delivered by post: the hearing met, the extension kept, issued', () => {
    const record = caseRecord(persisted(through(PROCEDURE_PATHS.refused)));
    expect(record).toMatchObject({
      state: 'issued',
      outcome: 'refused',
      extensions: [{ amount: 5, unit: 'calendarDays' }],
    });
    expect(record.terms.hearing).toMatchObject({ state: 'met', metAt: at('2026-03-09') });
    expect(record.terms.decision).toMatchObject({
      state: 'met',
      lastDay: '2026-03-23',
      metAt: at('2026-03-11'),
    });
    expect(record.stages.issued).toBe(at('2026-03-16'));
  });

  it('reopened on a complaint: the decision stages cleared, then decided again', () => {
    const reopened = PROCEDURE_PATHS.reopened;
    const midway = caseRecord(persisted(through(reopened.slice(0, -1))));
    expect(midway.state).toBe('consideration');
    expect(midway.stages).toMatchObject({ decided: null, informed: null, notified: null, issued: null });
    expect(midway.terms.decision).toMatchObject({ state: 'running', start: '2026-04-10', metAt: null });
    expect(midway.outcome).toBeNull();
    const decided = caseRecord(persisted(through(reopened)));
    expect(decided.stages.decided).toBe('2026-04-14T11:00:00+03:00');
    expect(decided.terms.decision).toMatchObject({ state: 'met', metAt: '2026-04-14T11:00:00+03:00' });
  });

  it('withdrawn before the decision', () => {
    const record = caseRecord(
      persisted(
        through(
          [
            sample('PACKAGE.CHECKED', at('2026-03-02')),
            ...transferOf('II', '2026-03-02'),
            sample('APPLICATION.WITHDRAWN', at('2026-03-05')),
          ],
          'II',
        ),
      ),
    );
    expect(record.state).toBe('withdrawn');
    expect(record.stages.withdrawn).toBe(at('2026-03-05'));
    expect(record.terms.decision?.state).toBe('cancelled');
  });

  it('suspended: the open pause kept as a span, not as a count of days', () => {
    const events = [
      sample('PACKAGE.CHECKED', at('2026-03-02')),
      ...transferOf('I', '2026-03-02'),
      sample('DOCUMENTS.REQUESTED', at('2026-03-04')),
    ];
    const open = caseRecord(persisted(through(events, 'I')));
    expect(open.state).toBe('suspended');
    expect(open.suspensions).toEqual([{ from: '2026-03-04', to: null }]);
    expect(open.terms.decision?.state).toBe('paused');
    const closed = caseRecord(
      persisted(through([...events, sample('DOCUMENTS.RECEIVED', at('2026-03-09'))], 'I')),
    );
    expect(closed.suspensions).toEqual([{ from: '2026-03-04', to: '2026-03-09' }]);
    expect(closed.terms.decision?.lastDay).toBe('2026-03-19');
  });

  it('decided late: met after its last day', () => {
    const record = caseRecord(persisted(through(wholeCase('III', '2026-03-18'))));
    expect(record.terms.decision).toMatchObject({ lastDay: '2026-03-16', metAt: at('2026-03-18') });
  });

  it('archived: the result not collected in time, at the tick that archived it', () => {
    const actor = through(wholeCase('I').slice(0, -1), 'I');
    sendCaseEvent(actor, sample('TICK', at('2026-04-15')));
    const record = caseRecord(persisted(actor));
    expect(record.state).toBe('archived');
    expect(record.stages.archived).toBe('2026-04-15T11:00:00+03:00');
    expect(record.terms.collection?.state).toBe('cancelled');
  });

  it('a case with no event yet: received by no office, nothing recorded', () => {
    const record = caseRecord(persisted(through([])));
    expect(record).toMatchObject({
      state: 'intake',
      caseNumber: null,
      office: null,
      receivedAt: null,
      receivedOn: null,
      terms: {},
    });
  });

  it('the office of the check, not that of an earlier request for the file', () => {
    const record = caseRecord(
      persisted(
        through([
          {
            ...sample('FILE.ACCESS_REQUESTED', at('2026-03-02', '09:00')),
            by: { ...ACTORS.applicant, office: 'tp-1' },
          },
          sample('PACKAGE.CHECKED', at('2026-03-02')),
        ]),
      ),
    );
    expect(record.office).toBe('cnap-central');
  });
});

describe('the case number a record keeps', () => {
  it('is the number given at registration, or the case id when none was given', () => {
    const numbered = caseRecord(
      persisted(
        through([{ ...sample('PACKAGE.CHECKED', at('2026-03-02')), caseNumber: 'В-2026-17' } as CaseEvent]),
      ),
    );
    expect(numbered.caseNumber).toBe('В-2026-17');
    const { caseNumber: _given, ...unnumbered } = sample('PACKAGE.CHECKED', at('2026-03-02')) as {
      caseNumber?: string;
    };
    const byId = caseRecord(persisted(through([unnumbered as never], 'III', 'C-77')));
    expect(byId.caseNumber).toBe('C-77');
  });

  it('is kept through the whole case, and survives JSON', () => {
    for (const events of Object.values(PROCEDURE_PATHS)) {
      const record = caseRecord(persisted(through(events)));
      expect(record.caseNumber).toBe('N-1');
      expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    }
  });

  it('is refused in a snapshot unless an id of 1 to 80 characters, naming the field', () => {
    const valid = persisted(through(wholeCase('I'), 'I'));
    const withNumber = (caseNumber: unknown) => {
      const snapshot = JSON.parse(valid.snapshot);
      snapshot.context.caseNumber = caseNumber;
      return { ...valid, snapshot: JSON.stringify(snapshot) };
    };
    for (const caseNumber of ['', 'x'.repeat(81), 17, ['N-1'], { n: 1 }]) {
      expect(() => caseRecord(withNumber(caseNumber) as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_CASE', path: 'persisted.snapshot.context.caseNumber' }),
      );
    }
  });

  it('is checked alike by the schema and by the hand check of records given to a report', () => {
    const record = caseRecord(persisted(through(wholeCase('II'), 'II')));
    const { caseNumber: _number, ...withoutNumber } = record;
    const variants: unknown[] = [
      record,
      { ...record, caseNumber: null },
      { ...record, caseNumber: 'x'.repeat(80) },
      { ...record, caseNumber: '' },
      { ...record, caseNumber: 'x'.repeat(81) },
      { ...record, caseNumber: 17 },
      withoutNumber,
    ];
    expect(variants.map((variant) => isCaseRecord(variant))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(variants.map((variant) => CaseRecord.safeParse(variant).success)).toEqual(
      variants.map((variant) => isCaseRecord(variant)),
    );
    expect(() => caseAt(withoutNumber, 'cases.3')).toThrowError(
      expect.objectContaining({ code: 'INVALID_CASE', path: 'cases.3' }),
    );
  });
});

describe('caseRecord of what is not a case', () => {
  const valid = persisted(through(wholeCase('III')));
  const refusal = (value: unknown) => {
    try {
      caseRecord(value as never);
    } catch (error) {
      expect(error).toBeInstanceOf(MonitoringError);
      const { code, path } = error as MonitoringError;
      return { code, path };
    }
    throw new Error('accepted');
  };

  it.each([
    [null, 'persisted'],
    ['text', 'persisted'],
    [{ ...valid, snapshot: 'not json' }, 'persisted.snapshot'],
    [{ ...valid, snapshot: 42 }, 'persisted.snapshot'],
    [{ ...valid, snapshot: 'x'.repeat(300_000) }, 'persisted.snapshot'],
    [{ ...valid, snapshot: '[]' }, 'persisted.snapshot.value'],
    [{ ...valid, version: 99 }, 'persisted.version'],
  ])('refuses %#, naming the place', (value, path) => {
    expect(refusal(value)).toEqual({ code: 'INVALID_CASE', path });
  });

  it('refuses a snapshot missing any field a record reads', () => {
    const snapshot = JSON.parse(valid.snapshot);
    const broken = (change: (context: Record<string, unknown>) => void) => {
      const copy = structuredClone(snapshot);
      change(copy.context);
      return { ...valid, snapshot: JSON.stringify(copy) };
    };
    expect(refusal(broken((context) => delete context.audit)).path).toBe('persisted.snapshot.context.audit');
    expect(refusal(broken((context) => (context.model = 'IV'))).path).toBe(
      'persisted.snapshot.context.model',
    );
    expect(
      refusal(
        broken((context) => (((context.audit as { at: string }[])[2] as { at: string }).at = '2026-13-01')),
      ).path,
    ).toBe('persisted.snapshot.context.audit.2.at');
    expect(
      refusal(
        broken(
          (context) =>
            ((
              (context.terms as Record<string, { lastDay: string }>).decision as { lastDay: string }
            ).lastDay = '2040-01-01'),
        ),
      ).path,
    ).toBe('persisted.snapshot.context.terms.decision.lastDay');
    expect(
      refusal(broken((context) => (context.audit = (context.audit as unknown[]).slice(0, 1)))).path,
    ).toBe('persisted.snapshot.context.audit');
  });

  it('checks a record given back, and refuses one changed', () => {
    const record = caseRecord(valid);
    expect(caseRecord(record)).toEqual(record);
    expect(refusal({ ...record, receivedAt: '2026-03-02T08:00:00Z' })).toEqual({
      code: 'INVALID_CASE',
      path: 'persisted',
    });
    expect(refusal({ ...record, version: 2 })).toEqual({ code: 'INVALID_CASE', path: 'persisted.version' });
    expect(refusal({ ...record, extra: 1 })).toEqual({ code: 'INVALID_CASE', path: 'persisted' });
  });

  it('never says the value it was given', () => {
    try {
      caseRecord({ ...valid, snapshot: '{"value":"Шевченко Тарас"}' });
    } catch (error) {
      expect(JSON.stringify(error) + String(error)).not.toContain('Шевченко');
    }
  });
});
