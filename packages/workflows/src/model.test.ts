import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { EVENT_TYPES, sample } from '../test/events.js';
import { createCase, sendCaseEvent } from './case.js';
import { CASE_MACHINES, type Model } from './case-machine.js';
import type { CaseEvent } from './events.js';
import { caseKeys, persistCase, restoreCase } from './persistence.js';

const keys = caseKeys({ current: 'test', secrets: { test: 'a test secret of at least 32 bytes!' } });

const settings = {
  transfer: { amount: 1, unit: 'workingDays' },
  decision: { amount: 10, unit: 'workingDays' },
  notification: { amount: 3, unit: 'workingDays' },
  collection: { amount: 30, unit: 'calendarDays' },
} as const;
const input = (model: Model) => ({ caseId: 'C-1', serviceId: 'idp-living-allowance', model, settings });
/** Long after every term of the samples: a cure term or a hearing period has lapsed by then. */
const LATE = '2026-06-01T10:00:00+03:00';
const events = [
  ...EVENT_TYPES.filter((type) => type !== 'TICK').map((type) => sample(type)),
  { ...sample('PACKAGE.CHECKED'), complete: false, missing: ['rnokpp'] } as CaseEvent,
  sample('APPLICATION.RETURNED', LATE),
  { ...sample('DECISION.MADE', LATE), outcome: 'refused', grounds: ['income-above-threshold'] } as CaseEvent,
];
const key = (value: unknown) => JSON.stringify(value);

const EXPECTED_STATES: Record<Model, string[]> = {
  I: ['{"transfer":"awaitingElectronicTransfer"}'],
  II: ['{"transfer":"awaitingHandover"}'],
  III: ['{"transfer":"awaitingRegister"}', '{"transfer":"inRegister"}', '{"transfer":"inTransit"}'],
};
const COMMON_STATES = [
  '"intake"',
  '"withoutMovement"',
  '"returned"',
  '"consideration"',
  '"suspended"',
  '"hearing"',
  '"decided"',
  '"informed"',
  '"awaitingCollection"',
  '"issued"',
  '"withdrawn"',
];

/** A state by its value and the originals' arrival: the audit log grows, so it must not tell states apart. */
const serializeState = (snapshot: { value: unknown; context: { originals: string } }) =>
  key(snapshot.value) + (snapshot.context.originals === 'received' ? '+originals' : '');

describe.each(['I', 'II', 'III'] as const)('model %s, explored with xstate/graph', (model) => {
  const machine = CASE_MACHINES[model];
  const paths = getShortestPaths(machine, {
    input: input(model),
    events,
    serializeState: (snapshot) =>
      key(snapshot.value) + (snapshot.context.originals === 'received' ? '+originals' : ''),
  });
  const reached = new Set(paths.map((path) => key(path.state.value)));

  it('reaches every state of the model by accepted events', () => {
    for (const state of [...COMMON_STATES, ...EXPECTED_STATES[model]])
      expect(reached, state).toContain(state);
  });

  it('takes every transition of Law 2073-IX from a reachable state by an accepted event', () => {
    const edges = getAdjacencyMap(
      machine as never,
      { input: input(model), events, serializeState } as never,
    ) as unknown as Record<
      string,
      {
        state: { value: unknown };
        transitions: Record<string, { event: { type: string }; state: { value: unknown } }>;
      }
    >;
    const taken = (type: string, from: string, to: string) =>
      Object.values(edges).some(
        (node) =>
          key(node.state.value) === from &&
          Object.values(node.transitions).some(
            (edge) => edge.event.type === type && key(edge.state.value) === to,
          ),
      );
    const transfer = EXPECTED_STATES[model][0] as string;
    expect(taken('PACKAGE.CHECKED', '"intake"', '"withoutMovement"')).toBe(true);
    expect(taken('DEFECTS.CURED', '"withoutMovement"', transfer)).toBe(true);
    expect(taken('APPLICATION.RETURNED', '"withoutMovement"', '"returned"')).toBe(true);
    expect(taken('HEARING.NOTIFIED', '"consideration"', '"hearing"')).toBe(true);
    expect(taken('POSITION.PRESENTED', '"hearing"', '"consideration"')).toBe(true);
    expect(taken('DECISION.MADE', '"hearing"', '"decided"')).toBe(true);
    for (const from of ['"decided"', '"informed"', '"awaitingCollection"', '"issued"']) {
      expect(taken('CASE.REOPENED', from, '"consideration"'), from).toBe(true);
      expect(taken('DECISION.REPLACED', from, '"decided"'), from).toBe(true);
    }
  });

  it('leaves no state without a way on to a final state or a result issued or archived', () => {
    const adjacency = getAdjacencyMap(
      machine as never,
      { input: input(model), events, serializeState } as never,
    ) as unknown as Record<
      string,
      {
        state: { status: string; value: unknown; context: { originals: string } };
        transitions: Record<string, { state: { value: unknown; context: { originals: string } } }>;
      }
    >;
    const canFinish = new Set(
      Object.entries(adjacency)
        // A result issued or archived rests there unless a complaint reopens the case.
        .filter(
          ([, node]) =>
            node.state.status === 'done' || ['issued', 'archived'].includes(node.state.value as string),
        )
        .map(([state]) => state),
    );
    for (let grew = true; grew; ) {
      grew = false;
      for (const [state, node] of Object.entries(adjacency)) {
        if (canFinish.has(state)) continue;
        if (Object.values(node.transitions).some((edge) => canFinish.has(serializeState(edge.state)))) {
          canFinish.add(state);
          grew = true;
        }
      }
    }
    expect(Object.keys(adjacency).filter((state) => !canFinish.has(state))).toEqual([]);
  });

  it('audits every accepted event along every path, and nothing else', () => {
    for (const path of paths) {
      const actor = createActor(machine, { input: input(model) }).start();
      const sent = path.steps
        .map((step) => step.event)
        .filter((event) => (event.type as string) !== 'xstate.init');
      for (const event of sent) actor.send(event);
      const { audit, rejection } = actor.getSnapshot().context;
      expect(audit.map((entry) => entry.seq)).toEqual(audit.map((_, index) => index + 1));
      expect(audit.length).toBe(sent.length - (rejection?.count ?? 0));
      expect(audit.map((entry) => entry.role)).toEqual(
        sent.slice(0, audit.length).map((event) => event.by.role),
      );
    }
  });
});

const ALL_TYPES = EVENT_TYPES;

describe('persistence, property-based', () => {
  test.prop([
    fc.constantFrom<Model>('I', 'II', 'III'),
    fc.array(fc.tuple(fc.constantFrom(...ALL_TYPES), fc.integer({ min: 0, max: 60 * 24 })), {
      minLength: 1,
      maxLength: 25,
    }),
    fc.array(fc.nat(), { maxLength: 4 }),
  ])(
    'a case persisted and restored at any points behaves exactly as the original would have',
    (model, steps, cuts) => {
      const original = createCase({
        caseId: 'C-1',
        serviceId: 'idp-living-allowance',
        model,
        asOf: '2026-03-02',
      });
      let twin = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model, asOf: '2026-03-02' });
      const restoreAt = new Set(cuts.map((cut) => cut % steps.length));
      const base = Date.parse('2026-03-02T08:00:00+02:00');
      for (const [index, [type, minutes]] of [...steps].sort((a, b) => a[1] - b[1]).entries()) {
        const at = new Date(base + minutes * 60_000 * 60).toISOString().replace('Z', '+00:00');
        const event = sample(type, at);
        const a = sendCaseEvent(original, event);
        const b = sendCaseEvent(twin, event);
        expect(b).toEqual(a);
        if (restoreAt.has(index))
          twin = restoreCase(JSON.parse(JSON.stringify(persistCase(twin, { keys }))), { keys });
        expect(twin.getSnapshot().value).toEqual(original.getSnapshot().value);
        expect(twin.getSnapshot().context).toEqual(original.getSnapshot().context);
      }
    },
  );
});

describe('an actor without the host API', () => {
  it('ignores nothing silently: a stray event is recorded as rejected', () => {
    const actor = createActor(CASE_MACHINES.II, { input: input('II') }).start();
    actor.send(sample('RESULT.ISSUED'));
    expect(actor.getSnapshot().context.rejection).toEqual({
      count: 1,
      type: 'RESULT.ISSUED',
      role: 'cnapAdministrator',
      reason: 'notAllowedNow',
    });
  });
});
