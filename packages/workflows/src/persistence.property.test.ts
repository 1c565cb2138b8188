import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ACTORS, EVENT_TYPES, sample } from '../test/events.js';
import { keys } from '../test/forge.js';
import {
  type CaseActor,
  type CaseEvent,
  createCase,
  persistCase,
  restoreCase,
  sendCaseEvent,
} from './index.js';

// Random event sequences through all three models, with times in and out of order and out of the supported
// calendar, and from every role: a case never reaches `error`, and a case persisted and restored at any point
// behaves exactly as the original (the same snapshot after the same following events). This is also the proof that
// restoreCase accepts every state a case really reaches.

const DAY = 86_400_000;
const BASE = Date.parse('2026-03-02T08:00:00Z');
const moment = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 120 }).map((days) => BASE + days * DAY), weight: 8 },
  { arbitrary: fc.integer({ min: 0, max: 23 * 60 }).map((minutes) => BASE + minutes * 60_000), weight: 4 },
  {
    arbitrary: fc.constantFrom(Date.parse('2036-01-05T08:00:00Z'), Date.parse('2013-12-31T08:00:00Z')),
    weight: 1,
  },
);
const roles = Object.values(ACTORS);

const event = fc
  .record({
    type: fc.constantFrom(...EVENT_TYPES),
    at: moment,
    by: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 4 },
      { arbitrary: fc.constantFrom(...roles), weight: 1 },
    ),
  })
  .map(({ type, at, by }): CaseEvent => {
    const base = sample(type, new Date(at).toISOString().replace('Z', '+00:00'));
    return (by === undefined ? base : { ...base, by }) as CaseEvent;
  });

const send = (actor: CaseActor, item: CaseEvent) => {
  try {
    sendCaseEvent(actor, item);
  } catch (error) {
    // A malformed event is refused before it reaches the case; the case is unchanged.
    if (!(error instanceof Error) || error.name !== 'WorkflowError') throw error;
  }
};

describe('persistence, property-based', () => {
  test.prop(
    [
      fc.constantFrom('I', 'II', 'III'),
      fc.array(event, { minLength: 1, maxLength: 25 }),
      fc.array(fc.nat({ max: 25 }), { maxLength: 4 }),
    ],
    { numRuns: 150 },
  )(
    'never reaches error, and a restored case behaves exactly as the original',
    (model, events, restoreAt) => {
      const original = createCase({
        caseId: 'C-1',
        serviceId: 'idp-living-allowance',
        model,
        asOf: '2026-03-02',
      });
      let twin = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model, asOf: '2026-03-02' });
      events.forEach((item, index) => {
        if (restoreAt.includes(index)) {
          twin = restoreCase(JSON.parse(JSON.stringify(persistCase(twin, { keys }))), {
            keys,
            caseId: 'C-1',
          });
        }
        send(original, item);
        send(twin, item);
        expect(original.getSnapshot().status).not.toBe('error');
        expect(twin.getPersistedSnapshot()).toEqual(original.getPersistedSnapshot());
      });
      const restored = restoreCase(JSON.parse(JSON.stringify(persistCase(original, { keys }))), { keys });
      expect(restored.getPersistedSnapshot()).toEqual(original.getPersistedSnapshot());
    },
  );
});
