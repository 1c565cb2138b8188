import { fc, test } from '@fast-check/vitest';
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from '@vikno/deadlines';
import * as workflows from '@vikno/workflows';
import {
  type Actor,
  addCase,
  CASE_MACHINES,
  type CaseActor,
  type CaseEvent,
  caseMachine,
  closeRegister,
  confirmReceipt,
  createCase,
  dispatchRegister,
  endTerm,
  extendTerm,
  type Model,
  nextSequence,
  openRegister,
  packageCheckedEvent,
  pauseTerm,
  removeCase,
  renderTechnologicalCard,
  resumeTerm,
  type SendResult,
  sendCaseEvent,
  startTerm,
  technologicalCard,
  tickTerm,
  toMermaid,
  WorkflowError,
} from '@vikno/workflows';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  anyOf,
  expectEveryExportCovered,
  expectSafe,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileDates,
  hostileStrings,
  inRange,
  mutated,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  RUNS,
  readable,
} from './harness.js';

// Every export of @vikno/workflows with hostile arguments: a valid result (a register, a term, a case, a text) or a
// WorkflowError; and cases of all three models driven through every reachable state with hostile events, times
// out of range and out of order, never reaching XState's `error` status nor throwing from a timer.
// persistCase, restoreCase, persistedTermStatus and nextTermChange are fuzzed in workflows-persistence.fuzz.test.ts.

// An exception XState rethrows from a timer ends a Node process: any one, during this file, fails it.
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('uncaughtException', onUncaught);
  expect(uncaught.map(String), 'uncaught exceptions').toEqual([]);
});

const AT = '2026-03-02T09:00:00+02:00';
/** Each property's time limit: some runs build huge or deep values, so it grows with the budget. */
const TIMEOUT = Math.max(5_000, RUNS * 40);
const at = (day: string, time = '10:00') => `${day}T${time}:00+02:00`;

// Kyiv keeps +02:00 in winter, so the supported range begins and ends at these instants.
const FIRST_MS = Date.parse(`${FIRST_SUPPORTED_DAY}T00:00:00+02:00`);
const LAST_MS = Date.parse(`${LAST_SUPPORTED_DAY}T23:59:59.999+02:00`);
const anInstant = (value: unknown) => {
  expect(typeof value).toBe('string');
  const ms = Date.parse(value as string);
  expect(ms >= FIRST_MS && ms <= LAST_MS, 'an instant in the supported range').toBe(true);
  return true;
};
const anId = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 80;

// Transfer registers -------------------------------------------------------------------------------------------

const OPEN_INPUT = { id: 'R-1', from: 'cnap-central', to: 'uszn-district', at: AT };
const OPEN = openRegister(OPEN_INPUT);
const HOLDING = addCase(OPEN, { caseId: 'C-1', at: at('2026-03-02') }).register;
const CLOSED = closeRegister(HOLDING, { at: at('2026-03-02', '17:00'), sequence: 12 });
const DISPATCHED = dispatchRegister(CLOSED, { at: at('2026-03-02', '17:05'), by: 'admin-3' }).register;
const RECEIVED = confirmReceipt(DISPATCHED, { at: at('2026-03-03', '09:30'), by: 'uszn-7' }).register;
const REGISTERS = [OPEN, HOLDING, CLOSED, DISPATCHED, RECEIVED];
const register = fc.oneof(
  { arbitrary: fc.constantFrom(...REGISTERS), weight: 3 },
  { arbitrary: fc.constantFrom(...REGISTERS).chain((valid) => mutated(valid)), weight: 3 },
  { arbitrary: hostile, weight: 1 },
);
const instant = fc.oneof(
  fc
    .integer({ min: Date.parse('2013-12-01T00:00:00Z'), max: Date.parse('2036-02-01T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString()),
  fc.constantFrom(at('2026-03-02', '11:00'), '2035-12-31T23:30:00+02:00', '2013-12-31T22:30:00Z'),
);

function validRegister(result: unknown): boolean {
  const value = result as workflows.TransferRegister;
  expect(['open', 'closed', 'dispatched', 'received']).toContain(value.status);
  for (const id of [value.id, value.from, value.to]) expect(anId(id), 'an id').toBe(true);
  for (const entry of value.entries) {
    expect(anId(entry.caseId)).toBe(true);
    anInstant(entry.addedAt);
  }
  anInstant(value.openedAt);
  if (value.status !== 'open') {
    expect(value.number).toMatch(/^\d{1,6}\/\d{4}$/);
    const year = (value.number as string).slice(-4);
    expect(year >= FIRST_SUPPORTED_DAY.slice(0, 4) && year <= LAST_SUPPORTED_DAY.slice(0, 4), 'year').toBe(
      true,
    );
    expect(value.entries.length).toBeGreaterThan(0);
  }
  return true;
}

function validStep(result: unknown): boolean {
  const step = result as workflows.RegisterStep;
  validRegister(step.register);
  const ids = step.register.entries.map((entry) => entry.caseId);
  for (const event of step.events) {
    expect(ids).toContain(event.caseId);
    expect(event.registerId).toBe(step.register.id);
    anInstant(event.at);
  }
  return true;
}

// Terms --------------------------------------------------------------------------------------------------------

const TERM_INPUT = { kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } };
const RUNNING = startTerm(TERM_INPUT as Parameters<typeof startTerm>[0]);
const PAUSED = pauseTerm(RUNNING, '2026-03-05');
const TERMS = [RUNNING, PAUSED, resumeTerm(PAUSED, '2026-03-10'), endTerm(RUNNING, 'met')];
const runningTerm = fc.oneof(
  { arbitrary: fc.constantFrom(...TERMS), weight: 3 },
  { arbitrary: fc.constantFrom(...TERMS).chain((valid) => mutated(valid)), weight: 3 },
  { arbitrary: hostile, weight: 1 },
);
const civilDate = fc
  .integer({ min: Date.parse('2013-12-01') / 86_400_000, max: Date.parse('2036-02-01') / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

function validTerm(result: unknown): boolean {
  const term = result as workflows.RunningTerm;
  expect(['transfer', 'decision', 'notification', 'collection']).toContain(term.kind);
  expect(['running', 'paused', 'met', 'cancelled']).toContain(term.state);
  inRange(term.start);
  inRange(term.lastDay);
  anInstant(term.dueAt);
  for (const pause of term.pauses) {
    inRange(pause.from);
    if (pause.to !== undefined) inRange(pause.to);
  }
  return true;
}

// Cases --------------------------------------------------------------------------------------------------------

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const SPECIALIST: Actor = { role: 'usznSpecialist', id: 'uszn-7', office: 'uszn-district' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'uszn-2', office: 'uszn-district' };
const STRANGER: Actor = { role: 'decisionMaker', id: 'uszn-9', office: 'uszn-elsewhere' };
const APPLICANT: Actor = { role: 'applicant', id: 'applicant-1', office: 'cnap-central' };
const SYSTEM: Actor = { role: 'system', id: 'host', office: 'cnap-central' };
const ACTORS = [ADMIN, SPECIALIST, DECIDER, STRANGER, APPLICANT, SYSTEM];

function sample(type: CaseEvent['type'], when: string): CaseEvent {
  switch (type) {
    case 'PACKAGE.CHECKED':
      return { type, by: ADMIN, at: when, complete: true, missing: [], caseNumber: 'N-1' };
    case 'TRANSFER.SENT':
      return { type, by: ADMIN, at: when, to: 'uszn-district' } as CaseEvent;
    case 'TRANSFER.HANDED_OVER':
    case 'ORIGINALS.RECEIVED':
      return { type, by: SPECIALIST, at: when };
    case 'TRANSFER.ADDED':
    case 'TRANSFER.DISPATCHED':
      return { type, by: SYSTEM, at: when, registerId: 'R-1' };
    case 'TRANSFER.RECEIVED':
      return { type, by: SPECIALIST, at: when, registerId: 'R-1', to: 'uszn-district' } as CaseEvent;
    case 'DOCUMENTS.REQUESTED':
      return { type, by: DECIDER, at: when, documents: ['income-certificate'] };
    case 'DECISION.MADE':
      return { type, by: DECIDER, at: when, outcome: 'granted', grounds: [] };
    case 'CNAP.INFORMED':
      return { type, by: DECIDER, at: when };
    case 'APPLICANT.NOTIFIED':
      return { type, by: SYSTEM, at: when, channel: 'sms' };
    case 'APPLICATION.WITHDRAWN':
      return { type, by: APPLICANT, at: when };
    case 'DOCUMENTS.RECEIVED':
    case 'RESULT.ISSUED':
      return { type, by: ADMIN, at: when };
    case 'TICK':
      return { type, by: SYSTEM, at: when };
    case 'DEFECTS.CURED':
      return { type, by: ADMIN, at: when };
    case 'APPLICATION.RETURNED':
      return { type, by: ADMIN, at: when, reasons: ['defects-not-cured'] };
    case 'HEARING.NOTIFIED':
      return { type, by: DECIDER, at: when, outcome: 'refused', grounds: ['income-above-threshold'] };
    case 'POSITION.PRESENTED':
    case 'FILE.ACCESS_REQUESTED':
      return { type, by: APPLICANT, at: when };
    case 'TERM.EXTENDED':
      return {
        type,
        by: DECIDER,
        at: when,
        extension: { amount: 5, unit: 'calendarDays' },
        reasons: ['expert'],
      };
    case 'DECISION.DELIVERED':
      return { type, by: ADMIN, at: when, channel: 'post' };
    case 'FILE.ACCESS_GIVEN':
      return { type, by: SPECIALIST, at: when };
    case 'CASE.REOPENED':
      return { type, by: SYSTEM, at: when, complaintId: 'S-1' };
    case 'DECISION.REPLACED':
      return { type, by: SYSTEM, at: when, complaintId: 'S-1', outcome: 'granted', grounds: [] };
  }
}

const EVENT_TYPES = Object.keys(workflows.PERMISSIONS) as CaseEvent['type'][];
const TRANSFER: Record<Model, CaseEvent['type'][]> = {
  I: ['TRANSFER.SENT'],
  II: ['TRANSFER.HANDED_OVER'],
  III: ['TRANSFER.ADDED', 'TRANSFER.DISPATCHED', 'TRANSFER.RECEIVED'],
};

/** The events that take a case of `model` from intake to each reachable state, a day apart from 2 March 2026. */
function pathsTo(model: Model): Record<string, CaseEvent[]> {
  const dated = (types: CaseEvent['type'][]) =>
    types.map((type, index) => sample(type, at(`2026-03-${String(2 + index).padStart(2, '0')}`)));
  const transfer = TRANSFER[model];
  const decided = ['PACKAGE.CHECKED', ...transfer, 'DECISION.MADE'] as CaseEvent['type'][];
  const paths: Record<string, CaseEvent[]> = {
    intake: [],
    withoutMovement: [
      { ...sample('PACKAGE.CHECKED', at('2026-03-02')), complete: false, missing: ['rnokpp'] } as CaseEvent,
    ],
    returned: [
      { ...sample('PACKAGE.CHECKED', at('2026-03-02')), complete: false, missing: ['rnokpp'] } as CaseEvent,
      sample('APPLICATION.RETURNED', at('2026-04-06')),
    ],
    hearing: [...dated(['PACKAGE.CHECKED', ...transfer]), sample('HEARING.NOTIFIED', at('2026-03-20'))],
    withdrawn: dated(['PACKAGE.CHECKED', 'APPLICATION.WITHDRAWN']),
    consideration: dated(['PACKAGE.CHECKED', ...transfer]),
    suspended: dated(['PACKAGE.CHECKED', ...transfer, 'DOCUMENTS.REQUESTED']),
    decided: dated(decided),
    informed: dated([...decided, 'CNAP.INFORMED']),
    awaitingCollection: dated([...decided, 'CNAP.INFORMED', 'APPLICANT.NOTIFIED']),
    issued: dated([...decided, 'CNAP.INFORMED', 'APPLICANT.NOTIFIED', 'RESULT.ISSUED']),
    archived: [
      ...dated([...decided, 'CNAP.INFORMED', 'APPLICANT.NOTIFIED']),
      sample('TICK', at('2026-06-01')),
    ],
  };
  for (let length = 1; length < transfer.length; length++) {
    paths[`transfer.${length}`] = dated(['PACKAGE.CHECKED', ...transfer.slice(0, length)]);
  }
  paths['transfer.0'] = dated(['PACKAGE.CHECKED']);
  return paths;
}

const SERVICE: Record<Model, string> = {
  I: 'birth-assistance',
  II: 'idp-living-allowance',
  III: 'idp-living-allowance',
};

function caseAt(model: Model, path: readonly CaseEvent[]): CaseActor {
  const actor = createCase({ caseId: 'C-1', serviceId: SERVICE[model], model, asOf: '2026-03-02' });
  for (const event of path) {
    const result = sendCaseEvent(actor, event);
    if (!result.accepted) throw new Error(`the path was refused at ${event.type}: ${result.reason}`);
  }
  return actor;
}

/** Times out of range, out of order (before the path's events), odd, and in order. */
const eventTime = fc.oneof(
  fc.constantFrom(
    '2036-01-05T10:00:00+02:00',
    '0000-01-01T00:00:00Z',
    '2013-12-31T10:00:00+02:00',
    '2035-12-30T10:00:00+02:00',
    '2035-12-31T21:59:59Z',
    '2014-01-01T00:00:00+02:00',
    '2026-02-27T10:00:00+02:00',
    '2026-03-01T23:59:59+02:00',
    '2026-03-02T09:59:59+02:00',
  ),
  instant,
  hostileDates,
  hostileStrings,
  fc
    .integer({ min: Date.parse('2026-02-20T00:00:00Z'), max: Date.parse('2026-07-01T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString()),
);

/** An event to send: a sample of any type at a hostile time, by anyone, a mutated sample, or anything at all. */
const hostileEvent: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...EVENT_TYPES), eventTime, fc.constantFrom(...ACTORS))
      .map(([type, time, by]) => ({ ...sample(type, time as string), by })),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...EVENT_TYPES), fc.constantFrom(...ACTORS))
      .map(([type, by]) => ({ ...sample(type, at('2026-03-20')), by })),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(...EVENT_TYPES).chain((type) => mutated(sample(type, at('2026-03-20')))),
    weight: 3,
  },
  { arbitrary: hostile, weight: 1 },
);

const REASONS: readonly string[] = workflows.RejectionReason.options;

/** Sends an event and checks the verdict: a valid result, the case unchanged when refused, never `error`. */
function sendAndJudge(actor: CaseActor, event: unknown): void {
  const before = actor.getSnapshot();
  expectSafe(
    () => sendCaseEvent(actor, event as CaseEvent),
    (result) => {
      const sent = result as SendResult;
      expect(typeof sent.accepted).toBe('boolean');
      if (sent.accepted) expect(sent.reason).toBeUndefined();
      else expect(REASONS).toContain(sent.reason);
      expect(sent.state).toEqual(actor.getSnapshot().value);
      if (!sent.accepted) {
        expect(actor.getSnapshot().value, 'a refused event moved the case').toEqual(before.value);
        expect(actor.getSnapshot().context.audit, 'a refused event was audited').toEqual(
          before.context.audit,
        );
        expect(actor.getSnapshot().context.terms, 'a refused event changed the terms').toEqual(
          before.context.terms,
        );
      }
      return true;
    },
  );
  expect(actor.getSnapshot().status, 'the actor reached error').not.toBe('error');
}

// The table --------------------------------------------------------------------------------------------------

const CHECK = {
  complete: false,
  missing: [{ item: { id: 'income', documents: [{ id: 'income-certificate' }] } }],
  expired: [{ document: 'passport' }],
  undated: [],
  copyWhereOriginal: [],
};
const CARD = technologicalCard('idp-living-allowance', 'III', { asOf: '2026-03-02' });
const anyActor = fc.oneof(
  { arbitrary: fc.constantFrom<Model>('I', 'II', 'III').map((model) => caseAt(model, [])), weight: 3 },
  { arbitrary: hostile, weight: 1 },
);

const cases: Record<string, FuzzCase> = {
  openRegister: {
    args: fc.tuple(anyOf(fc.constant(OPEN_INPUT), OPEN_INPUT)),
    call: openRegister,
    valid: validRegister,
  },
  addCase: {
    args: fc.tuple(
      register,
      anyOf(fc.record({ caseId: fc.constantFrom('C-2', 'C-1'), at: instant }), { caseId: 'C-2', at: AT }),
    ),
    call: addCase,
    valid: validStep,
  },
  removeCase: {
    args: fc.tuple(register, anyOf(fc.constantFrom('C-1', 'C-2'))),
    call: removeCase,
    valid: validRegister,
  },
  closeRegister: {
    args: fc.tuple(
      register,
      anyOf(fc.record({ at: instant, sequence: fc.integer({ min: -5, max: 1_000_001 }) }), {
        at: AT,
        sequence: 1,
      }),
    ),
    call: closeRegister,
    valid: validRegister,
  },
  dispatchRegister: {
    args: fc.tuple(
      register,
      anyOf(fc.record({ at: instant, by: fc.constant('admin-3') }), { at: AT, by: 'admin-3' }),
    ),
    call: dispatchRegister,
    valid: validStep,
  },
  confirmReceipt: {
    args: fc.tuple(
      register,
      anyOf(fc.record({ at: instant, by: fc.constant('uszn-7') }), { at: AT, by: 'uszn-7' }),
    ),
    call: confirmReceipt,
    valid: validStep,
  },
  nextSequence: {
    args: fc.tuple(
      anyOf(fc.constant(REGISTERS), REGISTERS),
      anyOf(fc.constant('uszn-district')),
      anyOf(fc.integer({ min: 2010, max: 2040 })),
    ),
    call: nextSequence,
    valid: (result: number) => Number.isSafeInteger(result) && result >= 1,
  },
  startTerm: {
    args: fc.tuple(
      anyOf(
        fc.record({
          kind: fc.constantFrom('transfer', 'decision', 'notification', 'collection'),
          start: civilDate,
          term: fc.record({
            amount: fc.integer({ min: 1, max: 400 }),
            unit: fc.constantFrom('calendarDays', 'workingDays', 'months'),
          }),
        }),
        TERM_INPUT,
      ),
    ),
    call: startTerm,
    valid: validTerm,
  },
  pauseTerm: { args: fc.tuple(runningTerm, anyOf(civilDate)), call: pauseTerm, valid: validTerm },
  extendTerm: {
    args: fc.tuple(
      runningTerm,
      anyOf(
        fc.record({
          amount: fc.integer({ min: 1, max: 400 }),
          unit: fc.constantFrom('calendarDays', 'workingDays', 'months'),
        }),
      ),
    ),
    call: extendTerm,
    valid: validTerm,
  },
  resumeTerm: { args: fc.tuple(runningTerm, anyOf(civilDate)), call: resumeTerm, valid: validTerm },
  endTerm: {
    args: fc.tuple(runningTerm, anyOf(fc.constantFrom('met', 'cancelled'))),
    call: endTerm,
    valid: validTerm,
  },
  tickTerm: {
    args: fc.tuple(
      runningTerm,
      anyOf(instant),
      anyOf(fc.constant(undefined), { dueSoonWithinWorkingDays: 2 }),
    ),
    call: tickTerm,
    valid: (result: ReturnType<typeof tickTerm>) => {
      validTerm(result.term);
      for (const event of result.events)
        expect(['deadline.atRisk', 'deadline.overdue']).toContain(event.type);
      return true;
    },
  },
  createCase: {
    args: fc.tuple(
      anyOf(
        fc.constant({ caseId: 'C-1', serviceId: 'idp-living-allowance', model: 'III', asOf: '2026-03-02' }),
        {
          caseId: 'C-1',
          serviceId: 'idp-living-allowance',
          model: 'III',
          asOf: '2026-03-02',
          settings: { notification: { amount: 3, unit: 'workingDays' } },
        },
      ),
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: hostile, weight: 1 }),
    ),
    call: createCase,
    valid: (actor: CaseActor) => {
      expect(actor.getSnapshot()).toMatchObject({ status: 'active', value: 'intake' });
      return true;
    },
  },
  sendCaseEvent: {
    args: fc.tuple(anyActor, hostileEvent),
    call: sendCaseEvent,
    valid: (result: SendResult) => typeof result.accepted === 'boolean',
  },
  packageCheckedEvent: {
    args: fc.tuple(
      anyOf(fc.constant(CHECK), CHECK),
      anyOf(fc.constant(ADMIN), ADMIN),
      anyOf(instant),
      anyOf(fc.constant('N-1')),
    ),
    call: packageCheckedEvent,
    valid: (event: CaseEvent) => workflows.CaseEvent.safeParse(event).success,
  },
  caseMachine: {
    args: fc.tuple(anyOf(fc.constantFrom('I', 'II', 'III'))),
    call: caseMachine,
    valid: (machine: { id: string }) => machine.id === 'case',
  },
  toMermaid: {
    args: fc.tuple(anyOf(fc.constantFrom(...Object.values(CASE_MACHINES)))),
    call: toMermaid,
    valid: (text: string, args) => readable(text, args) && text.startsWith('stateDiagram-v2\n'),
  },
  technologicalCard: {
    args: fc.tuple(
      anyOf(fc.constantFrom('idp-living-allowance', 'birth-assistance')),
      anyOf(fc.constantFrom('I', 'II', 'III')),
      anyOf(fc.constant({ asOf: '2026-03-02' }), { asOf: '2026-03-02' }),
    ),
    call: technologicalCard,
    valid: (card: workflows.TechnologicalCard, args) => {
      expect(card.stages.length).toBeGreaterThan(0);
      for (const stage of card.stages) readable(stage.term.uk, args);
      return true;
    },
  },
  renderTechnologicalCard: {
    args: fc.tuple(anyOf(fc.constant(CARD), CARD)),
    call: renderTechnologicalCard,
    valid: (text: string, args) => readable(text, args) && text.startsWith('# Технологічна картка'),
  },
  WorkflowError: {
    args: fc.tuple(
      fc.record({
        code: fc.constantFrom('INVALID_INPUT', 'INVALID_TRANSITION'),
        path: fc.constantFrom('input', 'event.at'),
        en: fc.constant('The input has 1 problem(s)'),
        uk: fc.constant('У вхідних даних проблем: 1'),
      }),
    ),
    call: (details: ConstructorParameters<typeof WorkflowError>[0]) => {
      throw new WorkflowError(details);
    },
  },
};

describe('@vikno/workflows under hostile input', () => {
  test('the table names every export', async () => {
    expectEveryExportCovered(await import('@vikno/workflows'), [
      ...Object.keys(cases),
      // Persistence is fuzzed in its own file, workflows-persistence.fuzz.test.ts.
      'persistCase',
      'restoreCase',
      'persistedTermStatus',
      'nextTermChange',
      'caseKeys',
      'CaseKeys',
      // The decision document and the complaint are fuzzed in decision.fuzz.test.ts and complaint.fuzz.test.ts.
      'decisionDocument',
      'decisionOfCase',
      'renderDecision',
      'defaultAppeal',
      'fileComplaint',
      'sendComplaintEvent',
      'reopeningEvent',
      'signComplaint',
      'verifyComplaint',
      // The trace of the decision term is fuzzed in procedure-rules.fuzz.test.ts.
      'decisionTermRule',
    ]);
  });

  fuzzTable(cases, TIMEOUT);
});

describe.each(['I', 'II', 'III'] as const)('a model %s case in every reachable state', (model) => {
  const paths = pathsTo(model);

  test.prop(
    [fc.constantFrom(...Object.keys(paths)), fc.array(hostileEvent, { minLength: 1, maxLength: 6 })],
    {
      numRuns: RUNS,
    },
  )(
    'takes hostile events, times out of range and out of order, without reaching error',
    (state, events) => {
      const actor = caseAt(model, paths[state] ?? []);
      for (const event of events) sendAndJudge(actor, event);
    },
    TIMEOUT,
  );

  test.prop(
    [fc.constantFrom(...Object.keys(paths)), fc.constantFrom(...EVENT_TYPES), fc.constantFrom(...ACTORS)],
    {
      numRuns: RUNS,
    },
  )(
    'refuses every event in a finished state, and every event from a stranger office once transferred',
    (state, type, by) => {
      const actor = caseAt(model, paths[state] ?? []);
      const before = actor.getSnapshot();
      const result = sendCaseEvent(actor, { ...sample(type, at('2026-04-20')), by } as CaseEvent);
      if (before.status === 'done')
        expect(result).toMatchObject({ accepted: false, reason: 'notAllowedNow' });
      if (by === STRANGER && before.context.providerOffice !== undefined) expect(result.accepted).toBe(false);
      expect(actor.getSnapshot().status).not.toBe('error');
    },
    TIMEOUT,
  );
});

describe('planted personal data', () => {
  test('is never repeated by a register or case error', () => {
    const planted = `${PLANTED_NAME} ${PLANTED_TAX_NUMBER}`;
    for (const call of [
      () => removeCase(OPEN, planted),
      () => addCase(HOLDING, { caseId: 'C-1', at: planted }),
      () => openRegister({ ...OPEN_INPUT, id: planted.repeat(10) }),
      () => sendCaseEvent(caseAt('II', []), { ...sample('TICK', AT), [planted]: 1 } as never),
    ]) {
      expectSafe(call, () => false);
    }
  });
});
