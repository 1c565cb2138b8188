import { fc, test } from '@fast-check/vitest';
import { kyivInstant, toKyivDate } from '@vikno/deadlines';
import { addDays, daysBetween } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { ACTORS, sample } from '../test/events.js';
import { caseAfter, keys } from '../test/forge.js';
import {
  type CaseActor,
  type CaseEvent,
  createCase,
  nextTermChange,
  type PersistedCase,
  persistCase,
  restoreCase,
  sendCaseEvent,
  WorkflowError,
} from './index.js';

// nextTermChange is what lets a host tick only the cases due. It must never say a day too late (a tick before it
// would have raised a warning the host then misses) and never a day on which a tick does nothing (a host would
// tick for nothing): checked against the machine itself, restoring the case and sending it a TICK.

/** The last moment of a Kyiv day: what any tick of that day can see, at the latest. */
const endOfDay = (day: string) => new Date(Date.parse(kyivInstant(day, '23:59')) + 59_999).toISOString();

/** What a TICK at `at` does to a persisted case: whether it raised anything or changed the snapshot. */
function tickChanges(persisted: PersistedCase, at: string): boolean {
  const actor = restoreCase(persisted, { keys });
  const emitted: unknown[] = [];
  actor.on('*', (event) => emitted.push(event));
  const result = sendCaseEvent(actor, { type: 'TICK', by: ACTORS.system, at });
  const after = persistCase(actor, { keys });
  actor.stop();
  expect(result.accepted || actor.getSnapshot().status === 'done').toBe(true);
  return emitted.length > 0 || after.snapshot !== persisted.snapshot;
}

const error = (call: () => unknown) => {
  try {
    call();
  } catch (caught) {
    if (caught instanceof WorkflowError) return caught;
    throw caught;
  }
  throw new Error('expected a WorkflowError');
};

/** The events of a case's way through every model, in order: each model's case takes those that are its own. */
const WAY: readonly CaseEvent['type'][] = [
  'PACKAGE.CHECKED',
  'TRANSFER.SENT',
  'TRANSFER.HANDED_OVER',
  'TRANSFER.ADDED',
  'TRANSFER.DISPATCHED',
  'TRANSFER.RECEIVED',
  'DOCUMENTS.REQUESTED',
  'DOCUMENTS.RECEIVED',
  'TERM.EXTENDED',
  'DECISION.MADE',
  'CNAP.INFORMED',
  'APPLICANT.NOTIFIED',
  'RESULT.ISSUED',
];

/** For each event of the way: whether the case meets it, whether a tick follows, days after the one before. */
const steps = fc.array(
  fc.record({
    taken: fc.oneof(
      { arbitrary: fc.constant(true), weight: 5 },
      { arbitrary: fc.constant(false), weight: 1 },
    ),
    ticked: fc.boolean(),
    gap: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 2 }), weight: 4 },
      { arbitrary: fc.integer({ min: 3, max: 20 }), weight: 1 },
    ),
    time: fc.constantFrom('08:30', '10:00', '17:59', '18:30', '23:00'),
  }),
  { minLength: WAY.length, maxLength: WAY.length },
);

/**
 * A case driven along the way from 2 March 2026, stopping after `length` events (a few of them skipped, ticks
 * between them), and the day of its last step.
 */
function drive(
  model: 'I' | 'II' | 'III',
  serviceId: string,
  list: readonly { taken: boolean; ticked: boolean; gap: number; time: string }[],
  length: number,
): { actor: CaseActor; lastDay: string } {
  const actor = createCase({ caseId: 'C-1', serviceId, model, asOf: '2026-03-02' });
  let day = '2026-03-02';
  const send = (type: CaseEvent['type'], at: string) => {
    try {
      sendCaseEvent(actor, sample(type, at));
    } catch {
      // An event this model's case does not take in this form: the case stays as it was.
    }
  };
  list.slice(0, length).forEach(({ taken, ticked, gap, time }, index) => {
    day = addDays(day, gap);
    if (taken) send(WAY[index] as CaseEvent['type'], kyivInstant(day, time));
    if (ticked) send('TICK', endOfDay(day));
  });
  return { actor, lastDay: day };
}

describe('nextTermChange', () => {
  it('gives the day the next running term turns at risk, then overdue, and nothing once both are raised', () => {
    const actor = caseAfter('I', ['PACKAGE.CHECKED', 'TRANSFER.SENT']);
    const decision = () => persistCase(actor, { keys });
    // The decision term of idp-living-allowance from 2 March; the transfer term was met by the transfer.
    const atRisk = nextTermChange(decision()) as string;
    expect(tickChanges(decision(), endOfDay(addDays(atRisk, -1)))).toBe(false);
    expect(tickChanges(decision(), endOfDay(atRisk))).toBe(true);
    sendCaseEvent(actor, { type: 'TICK', by: ACTORS.system, at: endOfDay(atRisk) });
    const overdue = nextTermChange(decision()) as string;
    const term = JSON.parse(decision().snapshot).context.terms.decision;
    expect(overdue).toBe(toKyivDate(term.dueAt));
    expect(term.atRiskRaised).toBe(true);
    sendCaseEvent(actor, { type: 'TICK', by: ACTORS.system, at: endOfDay(overdue) });
    expect(nextTermChange(decision())).toBeUndefined();
  });

  it('starts from `from` when the change is already due', () => {
    const persisted = persistCase(caseAfter('I', ['PACKAGE.CHECKED', 'TRANSFER.SENT']), { keys });
    const atRisk = nextTermChange(persisted) as string;
    expect(nextTermChange(persisted, { from: addDays(atRisk, 1) })).toBe(addDays(atRisk, 1));
    expect(nextTermChange(persisted, { from: addDays(atRisk, -3) })).toBe(atRisk);
  });

  it('has nothing to say of a case without running terms', () => {
    expect(nextTermChange(persistCase(caseAfter('I', []), { keys }))).toBeUndefined();
    const paused = caseAfter('I', ['PACKAGE.CHECKED', 'TRANSFER.SENT', 'DOCUMENTS.REQUESTED']);
    expect(nextTermChange(persistCase(paused, { keys }))).toBeUndefined();
  });

  it('refuses hostile input with a typed error that names where, never the value', () => {
    const persisted = persistCase(caseAfter('I', ['PACKAGE.CHECKED']), { keys });
    expect(error(() => nextTermChange(1 as never)).path).toBe('persisted');
    expect(error(() => nextTermChange(null as never)).path).toBe('persisted');
    expect(error(() => nextTermChange({ snapshot: '{' } as never)).path).toBe('persisted.snapshot');
    expect(error(() => nextTermChange({ snapshot: 'x'.repeat(3_000_000) } as never)).path).toBe(
      'persisted.snapshot',
    );
    const shifted = persisted.snapshot.replace(/"lastDay":"[^"]+"/, '"lastDay":"2999-01-01"');
    expect(error(() => nextTermChange({ ...persisted, snapshot: shifted })).path).toBe(
      'persisted.snapshot.context.terms.transfer',
    );
    // A closing instant past the calendar: no overdue day within it, not a crash.
    const late = persisted.snapshot.replace(/"dueAt":"[^"]+"/, '"dueAt":"2999-01-01T18:00:00+02:00"');
    expect(nextTermChange({ ...persisted, snapshot: late })).toBe('2026-03-02');
    const early = persisted.snapshot.replace(/"dueAt":"[^"]+"/, '"dueAt":"1999-01-01T18:00:00+02:00"');
    expect(nextTermChange({ ...persisted, snapshot: early })).toBe('2026-03-02');
    const thrown = error(() => nextTermChange(persisted, { from: 'Шевченко' }));
    expect(thrown.path).toBe('options');
    expect(JSON.stringify(thrown)).not.toContain('Шевченко');
    expect(error(() => nextTermChange(persisted, { from: '2026-03-02', extra: 1 } as never)).path).toBe(
      'options',
    );
  });

  test.prop(
    [
      fc.constantFrom('I', 'II', 'III'),
      fc.constantFrom('idp-living-allowance', 'birth-assistance'),
      steps,
      fc.integer({ min: 0, max: WAY.length }),
      fc.integer({ min: 0, max: 90 }),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )(
    'a tick on any day before it changes nothing, and a tick on that day does',
    (model, serviceId, list, length, offset, onTheDay) => {
      const { actor, lastDay } = drive(model, serviceId, list, length);
      const status = actor.getSnapshot().status;
      if (status !== 'active' && status !== 'done') return;
      const persisted = JSON.parse(JSON.stringify(persistCase(actor, { keys }))) as PersistedCase;
      actor.stop();
      const next = nextTermChange(persisted, { from: lastDay });
      if (next !== undefined) expect(next >= lastDay).toBe(true);
      // The day itself, a day before it, or any day from the last event on.
      const before = next === undefined ? 0 : daysBetween(lastDay, next);
      const day =
        next === undefined
          ? addDays(lastDay, offset)
          : onTheDay
            ? next
            : addDays(lastDay, before > 0 && offset % 2 === 0 ? offset % before : offset);
      const changes = tickChanges(persisted, endOfDay(day));
      if (next === undefined || day < next) expect(changes).toBe(false);
      if (day === next) expect(changes).toBe(true);
      // Without `from`: the same day, or one already past when the case was not ticked since.
      const unbounded = nextTermChange(persisted);
      if (unbounded !== undefined && unbounded >= lastDay) expect(unbounded).toBe(next);
      if (unbounded === undefined) expect(next).toBeUndefined();
    },
  );
});
