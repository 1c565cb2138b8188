import { fc, test } from '@fast-check/vitest';
import {
  type CaseActor,
  type CaseEvent,
  caseKeys,
  createCase,
  nextTermChange,
  type PersistedCase,
  persistCase,
  persistedTermStatus,
  restoreCase,
  sendCaseEvent,
} from '@vikno/workflows';
import { describe, expect } from 'vitest';
import { hmacSha256, snapshotChecksum } from '../packages/workflows/src/persistence.js';
import { EVENT_TYPES, sample } from '../packages/workflows/test/events.js';
import {
  attempt,
  expectSafe,
  hostile,
  hostileDates,
  hostileStrings,
  judge,
  mutated,
  RUNS,
} from './harness.js';

// persistCase, restoreCase, persistedTermStatus, nextTermChange and caseKeys with hostile input: hostile values anywhere, and
// real persisted cases of all three models in many states, mutated, then signed again with the key (as a holder
// of the key would) or given version 1's public checksum. A restored case is one that runs or has finished.

const SECRET = 'the fuzz suite secret, 32 bytes or more';
const keys = caseKeys({ current: 'fuzz', secrets: { fuzz: SECRET } });
const at = (index: number) => `2026-03-${String(2 + index).padStart(2, '0')}T10:00:00+02:00`;

/** Real cases: every model, after every prefix of a few event orders (the events a case refuses are skipped). */
function realCases(): CaseActor[] {
  const orders: CaseEvent['type'][][] = [
    EVENT_TYPES.filter((type) => type !== 'APPLICATION.WITHDRAWN' && type !== 'TICK'),
    ['PACKAGE.CHECKED', 'TICK', 'APPLICATION.WITHDRAWN'],
    [
      'PACKAGE.CHECKED',
      'TRANSFER.SENT',
      'TRANSFER.HANDED_OVER',
      'DOCUMENTS.REQUESTED',
      'TICK',
      'APPLICATION.WITHDRAWN',
    ],
  ];
  const actors: CaseActor[] = [];
  for (const model of ['I', 'II', 'III'] as const) {
    for (const order of orders) {
      for (let length = 0; length <= order.length; length++) {
        const actor = createCase({
          caseId: 'C-1',
          serviceId: 'idp-living-allowance',
          model,
          asOf: '2026-03-02',
        });
        order.slice(0, length).forEach((type, index) => {
          try {
            sendCaseEvent(actor, sample(type, at(index)));
          } catch {
            // An event this model's case does not take in this form: the case stays as it was.
          }
        });
        if (actor.getSnapshot().status === 'active' || actor.getSnapshot().status === 'done')
          actors.push(actor);
      }
    }
  }
  return actors;
}

const actors = realCases();
const persisted = actors.map(
  (actor) => JSON.parse(JSON.stringify(persistCase(actor, { keys }))) as PersistedCase,
);
const snapshots = persisted.map((item) => JSON.parse(item.snapshot) as Record<string, unknown>);

const restoredCase = (result: unknown) => {
  const status = (result as CaseActor).getSnapshot().status;
  return status === 'active' || status === 'done';
};

/** A mutated snapshot signed with the key, or undefined when it is not JSON (a BigInt, a cycle, too deep). */
function resigned(base: PersistedCase, snapshot: unknown): PersistedCase | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(snapshot);
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const mac = hmacSha256(
    new TextEncoder().encode(SECRET),
    `vikno.case\n${base.machine}\n${base.version}\nfuzz\n${text}`,
  );
  return { ...base, snapshot: text, mac };
}

const index = fc.nat({ max: persisted.length - 1 });

describe('@vikno/workflows persistence, hostile input', () => {
  test('real cases of every model are persisted and restored', () => {
    expect(actors.length).toBeGreaterThan(30);
    for (const item of persisted) expect(restoredCase(restoreCase(item, { keys }))).toBe(true);
  });

  test.prop([hostile, hostile], { numRuns: RUNS })('restoreCase(hostile, hostile)', (value, options) => {
    expectSafe(() => restoreCase(value, options as never), restoredCase);
    expectSafe(() => restoreCase(value, { keys }), restoredCase);
    expectSafe(() => restoreCase(value, { keys, legacy: true }), restoredCase);
  });

  test.prop([index.chain((i) => mutated(persisted[i]))], { numRuns: RUNS })(
    'restoreCase(a real persisted case, one field hostile)',
    (value) => {
      expectSafe(() => restoreCase(value, { keys }), restoredCase);
    },
  );

  test.prop([index.chain((i) => fc.tuple(fc.constant(i), mutated(snapshots[i])))], { numRuns: RUNS * 4 })(
    'restoreCase(a real snapshot with one field hostile, signed with the key)',
    ([i, snapshot]) => {
      const forged = resigned(persisted[i] as PersistedCase, snapshot);
      if (forged !== undefined) expectSafe(() => restoreCase(forged, { keys }), restoredCase);
    },
  );

  test.prop([index.chain((i) => fc.tuple(fc.constant(i), mutated(snapshots[i])))], {
    numRuns: RUNS * 2,
    endOnFailure: true,
  })(
    'restoreCase(a version-1 case with one field hostile and its checksum recomputed, legacy: true)',
    ([i, snapshot]) => {
      const base = persisted[i] as PersistedCase;
      const old = {
        format: 'vikno.case',
        machine: base.machine,
        version: 1,
        checksum: '00000000000000',
        snapshot,
      };
      // A snapshot restoreCase bounds away (too deep, too large, sparse) is judged as it is: computing its
      // checksum here would be the walk the bounds exist to prevent. One within bounds gets its real checksum.
      const first = attempt(() => restoreCase(old, { keys, legacy: true }));
      judge(first, restoredCase);
      if ('threw' in first && (first.threw as { path?: unknown }).path === 'persisted.checksum') {
        const checksum = snapshotChecksum(snapshot);
        expectSafe(() => restoreCase({ ...old, checksum }, { keys, legacy: true }), restoredCase);
      }
    },
  );

  test.prop([index, mutated({ keys, caseId: 'C-1', legacy: false, migrations: {} })], { numRuns: RUNS })(
    'restoreCase(a real persisted case, hostile options)',
    (i, options) => {
      expectSafe(() => restoreCase(persisted[i], options as never), restoredCase);
    },
  );

  test.prop([hostile, hostile], { numRuns: RUNS })('persistCase(hostile, hostile)', (actor, options) => {
    expectSafe(() => persistCase(actor as never, options as never));
    expectSafe(() => persistCase(actor as never, { keys }));
  });

  test.prop([fc.nat({ max: actors.length - 1 }), hostile], { numRuns: RUNS })(
    'persistCase(a real case, hostile options)',
    (i, options) => {
      expectSafe(() => persistCase(actors[i] as CaseActor, options as never));
    },
  );

  const validStatus = (result: unknown) =>
    typeof result === 'object' &&
    result !== null &&
    Object.values(result).every((status) =>
      ['onTrack', 'dueSoon', 'dueToday', 'overdue'].includes((status as { status: string }).status),
    );

  test.prop([hostile, fc.oneof(hostile, hostileDates)], { numRuns: RUNS })(
    'persistedTermStatus(hostile, hostile)',
    (value, now) => {
      expectSafe(() => persistedTermStatus(value as never, now as never), validStatus);
    },
  );

  test.prop([index.chain((i) => mutated(persisted[i])), fc.oneof(hostileDates, fc.constant(at(5)))], {
    numRuns: RUNS,
  })('persistedTermStatus(a real persisted case with one field hostile, a moment)', (value, now) => {
    expectSafe(() => persistedTermStatus(value as never, now as never), validStatus);
  });

  const validDay = (result: unknown) =>
    result === undefined || (typeof result === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(result));

  test.prop([hostile, fc.oneof(hostile, mutated({ from: '2026-03-02' }))], { numRuns: RUNS })(
    'nextTermChange(hostile, hostile)',
    (value, options) => {
      expectSafe(() => nextTermChange(value as never, options as never), validDay);
    },
  );

  test.prop(
    [
      index.chain((i) => fc.oneof(mutated(persisted[i]), fc.constant(persisted[i]))),
      fc.oneof(
        fc.constant(undefined),
        mutated({ from: '2026-03-02' }),
        hostileDates.map((from) => ({ from })),
      ),
    ],
    { numRuns: RUNS },
  )('nextTermChange(a real persisted case with one field hostile, hostile options)', (value, options) => {
    expectSafe(() => nextTermChange(value as never, options as never), validDay);
  });

  test.prop([fc.oneof(hostile, mutated({ current: 'k1', secrets: { k1: SECRET } }), hostileStrings)], {
    numRuns: RUNS,
  })('caseKeys(hostile)', (input) => {
    expectSafe(
      () => caseKeys(input as never),
      (made) => typeof made === 'object' && !JSON.stringify(made).includes(SECRET.slice(0, 10)),
    );
  });
});
