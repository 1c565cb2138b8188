// The generator of case histories: the same options give the same bytes, every case is one the SDK accepted and
// reads back, nothing happens after `now`, and the histories have the variety a control room needs to show.

import { type AuditEntry, type PersistedCase, restoreCase } from '@vikno/workflows';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../src/cases.js';
import { openDatabase } from '../src/db.js';
import { FRONT_OFFICES, generateCaseHistories, PROVIDER_OFFICES } from '../src/generator.js';
import { seedCases } from '../src/seed.js';
import { KEYS } from './support.js';

const NOW = '2026-05-15T12:00:00+03:00';

function generate(seed: number, count: number, now = NOW): PersistedCase[] {
  return [...generateCaseHistories({ seed, count, now, keys: KEYS })];
}

interface Read {
  readonly state: string;
  readonly model: string;
  readonly context: {
    readonly audit: readonly AuditEntry[];
    readonly providerOffice?: string;
    readonly terms: Record<string, { state: string; dueAt: string } | undefined>;
  };
}

function read(persisted: PersistedCase): Read {
  const actor = restoreCase(persisted, { keys: KEYS });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const value = snapshot.value;
  const state = typeof value === 'string' ? value : `transfer.${Object.values(value)[0]}`;
  return { state, model: snapshot.context.model, context: snapshot.context as unknown as Read['context'] };
}

describe('generateCaseHistories', () => {
  it('gives the same bytes for the same options, and other cases for another seed', () => {
    const first = JSON.stringify(generate(42, 300));
    expect(JSON.stringify(generate(42, 300))).toBe(first);
    expect(JSON.stringify(generate(43, 300))).not.toBe(first);
  });

  it('gives case i the same history whatever the count', () => {
    const many = generate(5, 120);
    expect(generate(5, 40)).toEqual(many.slice(0, 40));
  });

  it('is lazy: it yields the first case without generating the others', () => {
    const iterator = generateCaseHistories({ seed: 1, count: 1_000_000_000, now: NOW, keys: KEYS });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect((first.value as PersistedCase).format).toBe('vikno.case');
  });

  it('refuses options it cannot use', () => {
    const run = (options: Partial<Parameters<typeof generateCaseHistories>[0]>) => () => [
      ...generateCaseHistories({ seed: 1, count: 1, now: NOW, keys: KEYS, ...options }),
    ];
    expect(run({ seed: 1.5 })).toThrow(RangeError);
    expect(run({ count: -1 })).toThrow(RangeError);
    expect(run({ now: 'yesterday' })).toThrow(RangeError);
    expect(run({ weeks: 0 })).toThrow(RangeError);
  });

  it('writes cases the backend reads back, in time order, none after now, for any seed and now', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.date({ min: new Date('2024-03-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (seed, now) => {
          for (const persisted of generate(seed, 25, now.toISOString())) {
            const { context } = read(persisted);
            const times = context.audit.map((entry) => Date.parse(entry.at));
            expect(times.length).toBeGreaterThan(0);
            expect(times).toEqual([...times].sort((a, b) => a - b));
            expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('creates each case under its service as of the day of receipt (models and providers change over time)', () => {
    // Found by chance: a service chosen by how it was delivered at `now` was created on an earlier day, when it did
    // not go through a CNAP under that model, or at all ('input.model: … on that day').
    for (const seed of [0, 2, 7, 14, 16]) {
      const cases = [
        ...generateCaseHistories({ seed, count: 25, now: '2026-03-25T22:00:00.000Z', keys: KEYS }),
      ];
      expect(cases).toHaveLength(25);
    }
  });

  it('spreads cases over the front offices, both providers and the three models, with delays and open cases', () => {
    const cases = generate(2026, 2000).map(read);
    const count = (predicate: (entry: Read) => boolean) => cases.filter(predicate).length;
    const share = (predicate: (entry: Read) => boolean) => count(predicate) / cases.length;

    for (const office of FRONT_OFFICES) {
      expect(count((entry) => entry.context.audit[0]?.office === office.id)).toBeGreaterThan(0);
    }
    for (const provider of Object.values(PROVIDER_OFFICES)) {
      expect(count((entry) => entry.context.providerOffice === provider.id)).toBeGreaterThan(100);
    }
    expect(share((entry) => entry.model === 'I')).toBeGreaterThan(0.4);
    expect(share((entry) => entry.model === 'II')).toBeGreaterThan(0.08);
    expect(share((entry) => entry.model === 'III')).toBeGreaterThan(0.2);

    // Most finished; many still open, in every stage.
    expect(share((entry) => entry.state === 'issued')).toBeGreaterThan(0.5);
    for (const state of [
      'consideration',
      'suspended',
      'hearing',
      'informed',
      'awaitingCollection',
      'withoutMovement',
      'transfer.inTransit',
      'archived',
      'returned',
      'withdrawn',
    ]) {
      expect(
        count((entry) => entry.state === state),
        state,
      ).toBeGreaterThan(0);
    }

    // Late steps: a transfer or a decision after its term's closing time, but most on time.
    const lateBy = (entry: Read, type: AuditEntry['type'], term: string) => {
      const done = entry.context.audit.find((audit) => audit.type === type);
      const due = entry.context.terms[term]?.dueAt;
      return done !== undefined && due !== undefined && Date.parse(done.at) > Date.parse(due);
    };
    const decided = count((entry) => entry.context.audit.some((audit) => audit.type === 'DECISION.MADE'));
    const lateDecisions = count((entry) => lateBy(entry, 'DECISION.MADE', 'decision'));
    expect(lateDecisions).toBeGreaterThan(0.03 * decided);
    expect(lateDecisions).toBeLessThan(0.3 * decided);
    const lateTransfers = count(
      (entry) =>
        lateBy(entry, 'TRANSFER.SENT', 'transfer') ||
        lateBy(entry, 'TRANSFER.HANDED_OVER', 'transfer') ||
        lateBy(entry, 'TRANSFER.RECEIVED', 'transfer'),
    );
    expect(lateTransfers).toBeGreaterThan(0.03 * cases.length);
    for (const type of [
      'DOCUMENTS.REQUESTED',
      'TERM.EXTENDED',
      'HEARING.NOTIFIED',
      'ORIGINALS.RECEIVED',
    ] as const) {
      expect(
        count((entry) => entry.context.audit.some((audit) => audit.type === type)),
        type,
      ).toBeGreaterThan(0);
    }
  });
});

describe('seedCases', () => {
  it('stores the generated cases with their audit, readable by the store, and derives their columns', async () => {
    const db = await openDatabase();
    try {
      const store = new CaseStore(db, 'seed-test', { keys: KEYS, now: () => new Date(NOW) });
      expect(await seedCases(db, store, { seed: 3, count: 300, now: NOW, keys: KEYS })).toBe(300);
      const generated = generate(3, 300).map(read);
      const { rows } = await db.query<{ n: number; audit: number; underived: number }>(
        `select count(*)::int as n, (select count(*)::int from vikno_audit) as audit,
                count(*) filter (where derived is null)::int as underived from vikno_case`,
      );
      expect(rows[0]).toEqual({
        n: 300,
        audit: generated.reduce((sum, entry) => sum + entry.context.audit.length, 0),
        underived: 0,
      });
      const view = await store.get('G-000042');
      expect(view.audit).toEqual((generated[41] as Read).context.audit);
      expect(view.state).toBe((generated[41] as Read).state);
    } finally {
      await db.close();
    }
  });
});
